/** Upload (raw body, type by content) and download of a participation's files (ADR 0022; contracts/files.ts). */
import type { FastifyInstance } from 'fastify';
import { files } from '../../../../contracts/files.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import { assertFound } from '../../platform/http/app-error.js';
import { route } from '../../platform/http/route.js';
import { MAX_UPLOAD_BYTES } from '../../platform/files/sniff.js';
import { fileView, findFile, uploadFile } from './files.service.js';

export async function participationFileRoutes(app: FastifyInstance): Promise<void> {
  // a little above the limit, so an oversize file gets our own FILE_TOO_LARGE with the limit named
  app.addContentTypeParser(
    [...files.upload.spec.rawBody.mediaTypes],
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES + 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );
  route(app, files.upload, async (request) => {
    const body: unknown = request.body;
    return uploadFile(app.ctx, request.actor!, request.params.id, {
      purpose: request.query.purpose,
      fileName: request.query.name,
      bytes: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
    });
  });
}

export async function fileRoutes(app: FastifyInstance): Promise<void> {
  route(app, files.download, async (request, reply) => {
    const file = await findFile(app.ctx.database.db, request.actor!, request.params.id);
    assertFound(file, 'file');
    const bytes = await app.ctx.files.get(file.sha256);
    await auditDataAccess(app.ctx, request.actor!, {
      action: 'file.download',
      objectType: 'file',
      objectId: file.id,
      detail: { participationId: file.participationId, purpose: file.purpose },
    });
    return reply
      .type(file.mime)
      .header(
        'content-disposition',
        `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      )
      .header('x-file-sha256', fileView(file).sha256)
      .send(bytes);
  });
}
