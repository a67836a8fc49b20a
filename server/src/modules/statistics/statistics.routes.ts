/** The statistics table (002 Annex 2 附表), its XLSX and the rows behind each figure over HTTP (contracts/statistics.ts). */
import type { FastifyInstance } from 'fastify';
import { statistics } from '../../../../contracts/statistics.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { route } from '../../platform/http/route.js';
import { statisticsTableXlsx } from './statistics-export.js';
import { assistedRows, policyRows, statisticsTable, trainingRows } from './statistics.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function statisticsRoutes(app: FastifyInstance): Promise<void> {
  route(app, statistics.table, async (request) =>
    statisticsTable(app.ctx, request.actor!, request.params.code, request.query, requestLocale(request)),
  );
  route(app, statistics.tableXlsx, async (request, reply) => {
    const { name, file } = await statisticsTableXlsx(
      app.ctx,
      request.actor!,
      request.params.code,
      request.query,
      requestLocale(request),
    );
    return reply
      .type(XLSX_TYPE)
      .header(
        'content-disposition',
        `attachment; filename="statistics.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      )
      .send(file);
  });
  route(app, statistics.policyRows, async (request) =>
    policyRows(app.ctx, request.actor!, request.params.code, request.query),
  );
  route(app, statistics.trainingRows, async (request) =>
    trainingRows(app.ctx, request.actor!, request.params.code, request.query),
  );
  route(app, statistics.assistedRows, async (request) =>
    assistedRows(app.ctx, request.actor!, request.params.code, request.query),
  );
}
