/** Upload (raw body, type by content) and download of a participation's files (ADR 0022). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertFound } from '../../platform/http/app-error.js';
import { MAX_UPLOAD_BYTES } from '../../platform/files/sniff.js';
import { FILE_PURPOSES, fileView, findFile, uploadFile } from './files.service.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';

const FileSchema = z.object({
  id: z.string().uuid(),
  purpose: z.enum(FILE_PURPOSES),
  fileName: z.string(),
  mime: z.string().describe('by content sniffing'),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});

const UPLOAD_TYPES = [
  'application/octet-stream',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'application/pdf',
];

export async function participationFileRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  // a little above the limit, so an oversize file gets our own FILE_TOO_LARGE with the limit named
  app.addContentTypeParser(
    UPLOAD_TYPES,
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES + 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/:id/files',
    {
      config: { permission: 'file:upload' },
      schema: {
        tags: ['files'],
        summary: 'Upload a photo, PDF or scan (raw body; JPEG, PNG, WebP, HEIC or PDF by content; ≤ 10 MiB)',
        params: z.object({ id: z.string().uuid() }),
        querystring: z.strictObject({
          purpose: z.enum(FILE_PURPOSES).default('survey_evidence'),
          name: z.string().trim().min(1).max(200).default('upload'),
        }),
        response: { 201: FileSchema },
      },
    },
    async (request, reply) => {
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const file = await uploadFile(app.ctx, request.actor!, request.params.id, {
        purpose: request.query.purpose,
        fileName: request.query.name,
        bytes,
      });
      return reply.status(201).send(file);
    },
  );
}

export async function fileRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/:id',
    {
      config: { permission: 'file:read' },
      schema: {
        tags: ['files'],
        summary: 'Download a file of a participation in scope',
        params: z.object({ id: z.string().uuid() }),
      },
    },
    async (request, reply) => {
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
    },
  );
}
