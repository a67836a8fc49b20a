/** Excellent cases over HTTP (003 §6.10, Annex D; 002 step 10(2)): each route is its contract (contracts/cases.ts). */
import type { FastifyInstance } from 'fastify';
import { cases } from '../../../../contracts/cases.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import { route } from '../../platform/http/route.js';
import { DOCX_TYPE, docxAttachment } from '../documents/download.js';
import { caseDocx } from '../documents/case-docx.js';
import {
  acceptCase,
  caseFigure,
  caseForDocument,
  caseTargets,
  getCase,
  getParticipationCase,
  publishCase,
  withdrawCase,
  recommendCase,
  returnCase,
  reviewQueue,
  saveCase,
  searchLibrary,
  submitCase,
} from './cases.service.js';

export async function caseRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.ctx.database.db;
  route(app, cases.ofParticipation, async (request) => getParticipationCase(db(), request.actor!, request.params.id));
  route(app, cases.save, async (request) => saveCase(app.ctx, request.actor!, request.params.id, request.body));
  route(app, cases.submit, async (request) =>
    submitCase(app.ctx, request.actor!, request.params.id, request.body.version),
  );
  route(app, cases.returnCase, async (request) =>
    returnCase(app.ctx, request.actor!, request.params.id, request.body.version, request.body.reason),
  );
  route(app, cases.accept, async (request) =>
    acceptCase(app.ctx, request.actor!, request.params.id, request.body.version),
  );
  route(app, cases.recommend, async (request) =>
    recommendCase(app.ctx, request.actor!, request.params.id, request.body.version),
  );
  route(app, cases.publish, async (request) =>
    publishCase(app.ctx, request.actor!, request.params.id, request.body.version),
  );
  route(app, cases.withdraw, async (request) =>
    withdrawCase(app.ctx, request.actor!, request.params.id, request.body.version, request.body.reason),
  );
  route(app, cases.reviewQueue, async (request) => reviewQueue(db(), request.actor!));
  route(app, cases.targets, async (request) => caseTargets(db(), request.actor!));
  route(app, cases.library, async (request) => searchLibrary(db(), request.query));
  route(app, cases.view, async (request) => getCase(db(), request.actor!, request.params.id));
  route(app, cases.figure, async (request, reply) => {
    const image = await caseFigure(app.ctx, request.actor!, request.params.id, request.params.number);
    return reply.type(image.mime).send(image.bytes);
  });
  route(app, cases.docx, async (request, reply) => {
    const { view, images } = await caseForDocument(app.ctx, request.actor!, request.params.id);
    const document = await caseDocx(view, images);
    await auditDataAccess(app.ctx, request.actor!, {
      action: 'case.download_docx',
      objectType: 'case',
      objectId: request.params.id,
    });
    return reply
      .type(DOCX_TYPE)
      .header('content-disposition', docxAttachment(`优良案例-${view.enterpriseName}.docx`))
      .send(document);
  });
}
