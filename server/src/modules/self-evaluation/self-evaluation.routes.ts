/** The self-evaluation report and the body's CNCA deliverables over HTTP (contracts/self-evaluation.ts). */
import type { FastifyInstance } from 'fastify';
import { selfEvaluation } from '../../../../contracts/self-evaluation.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { route } from '../../platform/http/route.js';
import { DOCX_TYPE } from '../documents/download.js';
import {
  cncaEnterprises,
  cncaSummary,
  selfEvaluationDownload,
  selfEvaluationDraft,
} from './self-evaluation.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachment = (fallback: string, name: string) =>
  `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export async function selfEvaluationRoutes(app: FastifyInstance): Promise<void> {
  route(app, selfEvaluation.draft, async (request) =>
    selfEvaluationDraft(app.ctx, request.actor!, request.params.code, request.query, requestLocale(request)),
  );
  route(app, selfEvaluation.docx, async (request, reply) => {
    const { name, file } = await selfEvaluationDownload(
      app.ctx,
      request.actor!,
      request.params.code,
      request.body,
      requestLocale(request),
    );
    return reply.type(DOCX_TYPE).header('content-disposition', attachment('self-evaluation.docx', name)).send(file);
  });
  route(app, selfEvaluation.cncaSummary, async (request, reply) => {
    const { name, file } = await cncaSummary(app.ctx, request.actor!, request.params.id, requestLocale(request));
    return reply.type(DOCX_TYPE).header('content-disposition', attachment('cnca-summary.docx', name)).send(file);
  });
  route(app, selfEvaluation.cncaEnterprises, async (request, reply) => {
    const { name, file } = await cncaEnterprises(app.ctx, request.actor!, request.params.id, requestLocale(request));
    return reply.type(XLSX_TYPE).header('content-disposition', attachment('cnca-enterprises.xlsx', name)).send(file);
  });
}
