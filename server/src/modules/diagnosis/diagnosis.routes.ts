/**
 * The diagnosis report with its B.1 confirmation over HTTP (003 §6.5.8; ADR 0014): each route is its contract
 * (contracts/diagnosis.ts); the Word document is audited before it leaves (ADR 0020).
 */
import type { FastifyInstance } from 'fastify';
import { diagnosis } from '../../../../contracts/diagnosis.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import { route } from '../../platform/http/route.js';
import { diagnosisDocx } from '../documents/diagnosis-docx.js';
import { DOCX_TYPE, docxAttachment } from '../documents/download.js';
import { confirmDiagnosis, diagnosisForDocument, getDiagnosis, issueDiagnosis } from './diagnosis.service.js';

export async function diagnosisRoutes(app: FastifyInstance): Promise<void> {
  route(app, diagnosis.get, async (request) => ({
    diagnosis: await getDiagnosis(app.ctx.database.db, request.actor!, request.params.id),
  }));
  route(app, diagnosis.issue, async (request) => ({
    diagnosis: await issueDiagnosis(app.ctx, request.actor!, request.params.id, request.body),
  }));
  route(app, diagnosis.confirm, async (request) => ({
    diagnosis: await confirmDiagnosis(app.ctx, request.actor!, request.params.id, request.body),
  }));
  route(app, diagnosis.docx, async (request, reply) => {
    const { report, meta } = await diagnosisForDocument(app.ctx.database.db, request.actor!, request.params.id);
    const document = await diagnosisDocx(report, meta);
    await auditDataAccess(app.ctx, request.actor!, {
      action: 'diagnosis.download_docx',
      objectType: 'participation',
      objectId: request.params.id,
    });
    return reply
      .type(DOCX_TYPE)
      .header('content-disposition', docxAttachment(`认证提升企业质量诊断报告-${meta.enterpriseName}.docx`))
      .send(document);
  });
}
