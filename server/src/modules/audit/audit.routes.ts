/** The audit trail over HTTP: each route is its contract (contracts/audit.ts) and a service call. */
import type { FastifyInstance } from 'fastify';
import { audit } from '../../../../contracts/audit.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { route } from '../../platform/http/route.js';
import { exportAuditEntries, readAuditActors, readAuditEntries, verifyAuditChain } from './audit.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  route(app, audit.entries, async (request) => readAuditEntries(app.ctx, request.actor!, request.query));
  route(app, audit.actors, async () => readAuditActors(app.ctx));
  route(app, audit.export, async (request, reply) => {
    const { fileName, stream } = await exportAuditEntries(app.ctx, request.actor!, request.query, {
      locale: requestLocale(request),
      onError: (error) => request.log.error({ err: error }, 'audit export failed'),
    });
    return reply
      .type(XLSX_TYPE)
      .header(
        'content-disposition',
        `attachment; filename="audit.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      )
      .send(stream);
  });
  route(app, audit.verify, async (request) => verifyAuditChain(app.ctx, request.actor!));
}
