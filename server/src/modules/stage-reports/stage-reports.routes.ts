/** Staged reports (报送) over HTTP (contracts/stage-reports.ts). */
import type { FastifyInstance } from 'fastify';
import { stageReports } from '../../../../contracts/stage-reports.js';
import { MAX_UPLOAD_BYTES } from '../../platform/files/sniff.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { route } from '../../platform/http/route.js';
import {
  attachToReport,
  downloadAttachment,
  getReport,
  ownReport,
  reportsOverview,
  returnReport,
  saveReport,
  submitReport,
} from './stage-reports.service.js';

export async function stageReportRoutes(app: FastifyInstance): Promise<void> {
  // a little above the limit, so an oversize file gets FILE_TOO_LARGE with the limit named
  app.addContentTypeParser(
    [...stageReports.attach.spec.rawBody.mediaTypes],
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES + 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );
  route(app, stageReports.overview, async (request) => reportsOverview(app.ctx, request.actor!, request.params.id));
  route(app, stageReports.own, async (request) =>
    ownReport(app.ctx, request.actor!, request.params.id, request.params.dueOn, requestLocale(request)),
  );
  route(app, stageReports.save, async (request) =>
    saveReport(app.ctx, request.actor!, request.params.id, request.params.dueOn, request.body, requestLocale(request)),
  );
  route(app, stageReports.attach, async (request, reply) => {
    const body: unknown = request.body;
    const attachment = await attachToReport(app.ctx, request.actor!, request.params.id, request.params.dueOn, {
      fileName: request.query.name,
      bytes: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
    });
    return reply.status(201).send(attachment);
  });
  route(app, stageReports.submit, async (request) =>
    submitReport(app.ctx, request.actor!, request.params.id, request.params.dueOn, requestLocale(request)),
  );
  route(app, stageReports.get, async (request) =>
    getReport(app.ctx, request.actor!, request.params.id, requestLocale(request)),
  );
  route(app, stageReports.return, async (request) =>
    returnReport(app.ctx, request.actor!, request.params.id, request.body, requestLocale(request)),
  );
  route(app, stageReports.attachment, async (request, reply) => {
    const file = await downloadAttachment(app.ctx, request.actor!, request.params.id, request.params.attachmentId);
    return reply
      .type(file.mime)
      .header(
        'content-disposition',
        `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      )
      .send(file.bytes);
  });
}
