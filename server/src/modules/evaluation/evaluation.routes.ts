/** The acceptance evaluation over HTTP (003 §6.9, Annex C): each route is its contract (contracts/evaluation.ts). */
import type { FastifyInstance } from 'fastify';
import { evaluation } from '../../../../contracts/evaluation.js';
import { route } from '../../platform/http/route.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import { DOCX_TYPE, docxAttachment } from '../documents/download.js';
import { evaluationDocx } from '../documents/evaluation-docx.js';
import { summaryDocx } from '../documents/summary-docx.js';
import {
  evaluationForDocument,
  formBatchPanel,
  formPanel,
  recordQualification,
  saveActionPlan,
  saveSelfAssessment,
  saveSummary,
  getEvaluation,
  listEvaluatorPool,
  reopen,
  saveSheet,
  signOff,
} from './evaluation.service.js';

export async function evaluationRoutes(app: FastifyInstance): Promise<void> {
  route(app, evaluation.pool, async (request) => listEvaluatorPool(app.ctx.database.db, request.actor!));
  route(app, evaluation.recordQualification, async (request) =>
    recordQualification(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, evaluation.formBatchPanel, async (request) => formBatchPanel(app.ctx, request.actor!, request.body));
  route(app, evaluation.saveSelfAssessment, async (request) =>
    saveSelfAssessment(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, evaluation.saveSummary, async (request) =>
    saveSummary(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, evaluation.saveActionPlan, async (request) =>
    saveActionPlan(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, evaluation.summaryDocx, async (request, reply) => {
    const { view, meta } = await evaluationForDocument(app.ctx.database.db, request.actor!, request.params.id);
    const document = await summaryDocx(view, meta);
    await auditDataAccess(app.ctx, request.actor!, {
      action: 'evaluation.download_summary_docx',
      objectType: 'participation',
      objectId: request.params.id,
    });
    return reply
      .type(DOCX_TYPE)
      .header('content-disposition', docxAttachment(`企业实施情况及成效总结-${meta.enterpriseName}.docx`))
      .send(document);
  });
  route(app, evaluation.view, async (request) => getEvaluation(app.ctx.database.db, request.actor!, request.params.id));
  route(app, evaluation.docx, async (request, reply) => {
    const { view, meta } = await evaluationForDocument(app.ctx.database.db, request.actor!, request.params.id);
    const document = await evaluationDocx(view, meta);
    await auditDataAccess(app.ctx, request.actor!, {
      action: 'evaluation.download_docx',
      objectType: 'participation',
      objectId: request.params.id,
    });
    return reply
      .type(DOCX_TYPE)
      .header('content-disposition', docxAttachment(`认证提升成效评价表-${meta.enterpriseName}.docx`))
      .send(document);
  });
  route(app, evaluation.formPanel, async (request) =>
    formPanel(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, evaluation.saveSheet, async (request) =>
    saveSheet(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, evaluation.signOff, async (request) =>
    signOff(app.ctx, request.actor!, request.params.id, request.body.version),
  );
  route(app, evaluation.reopen, async (request) =>
    reopen(app.ctx, request.actor!, request.params.id, request.body.version, request.body.reason),
  );
}
