/**
 * The QMS document register over HTTP (contracts/qms-documents.ts): each route is its contract; the Word register
 * is audited before it leaves (ADR 0020).
 */
import type { FastifyInstance } from 'fastify';
import { qmsDocuments } from '../../../../contracts/qms-documents.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import { chinaDate } from '../../platform/clock.js';
import { route } from '../../platform/http/route.js';
import { DOCX_TYPE, docxAttachment } from '../documents/download.js';
import { registerDocx } from './register-docx.js';
import {
  addRevision,
  changeStatus,
  copyOutline,
  createDocument,
  editDocument,
  getRegister,
  recordNonApplicability,
  registerForDocument,
  starterOutlines,
  withdrawNonApplicability,
} from './qms-documents.service.js';

export async function qmsDocumentRoutes(app: FastifyInstance): Promise<void> {
  route(app, qmsDocuments.register, async (request) =>
    getRegister(app.ctx.database.db, request.actor!, request.params.id),
  );
  route(app, qmsDocuments.create, async (request, reply) =>
    reply.status(201).send(await createDocument(app.ctx, request.actor!, request.params.id, request.body)),
  );
  route(app, qmsDocuments.edit, async (request) =>
    editDocument(app.ctx, request.actor!, request.params.id, request.params.documentId, request.body),
  );
  route(app, qmsDocuments.changeStatus, async (request) =>
    changeStatus(app.ctx, request.actor!, request.params.id, request.params.documentId, request.body),
  );
  route(app, qmsDocuments.addRevision, async (request, reply) =>
    reply
      .status(201)
      .send(await addRevision(app.ctx, request.actor!, request.params.id, request.params.documentId, request.body)),
  );
  route(app, qmsDocuments.recordNonApplicability, async (request, reply) =>
    reply.status(201).send(await recordNonApplicability(app.ctx, request.actor!, request.params.id, request.body)),
  );
  route(app, qmsDocuments.withdrawNonApplicability, async (request, reply) => {
    await withdrawNonApplicability(app.ctx, request.actor!, request.params.id, request.params.naId);
    return reply.status(204).send();
  });
  route(app, qmsDocuments.outlines, async () => starterOutlines());
  route(app, qmsDocuments.copyOutline, async (request, reply) =>
    reply.status(201).send(await copyOutline(app.ctx, request.actor!, request.params.id, request.body)),
  );
  route(app, qmsDocuments.registerDocx, async (request, reply) => {
    const { register, meta } = await registerForDocument(app.ctx.database.db, request.actor!, request.params.id);
    const document = await registerDocx(register, { ...meta, on: chinaDate(app.ctx.clock.now()) });
    await auditDataAccess(app.ctx, request.actor!, {
      action: 'qms_document.download_docx',
      objectType: 'participation',
      objectId: request.params.id,
    });
    return reply
      .type(DOCX_TYPE)
      .header('content-disposition', docxAttachment(`体系文件清单-${meta.enterpriseName}.docx`))
      .send(document);
  });
}
