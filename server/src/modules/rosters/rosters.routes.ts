/** Roster template, import with a row-by-row report and error file, and the streamed export (ADR 0011, 0021). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { rosters } from '../../../../contracts/rosters.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { AppError } from '../../platform/http/app-error.js';
import { route } from '../../platform/http/route.js';
import { XLSX_TYPE } from './roster-workbook.js';
import { exportRoster, importErrorWorkbook, importRoster, rosterTemplate } from './rosters.service.js';

/** The file name an upload declares (percent-encoded in x-file-name, at most 400 characters). */
const FILE_NAME_HEADER = 'x-file-name';
const FILE_NAME_HEADER_MAX = 400;

function attachment(name: string): string {
  return `attachment; filename="roster.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function sendWorkbook(reply: FastifyReply, name: string, body: unknown): FastifyReply {
  return reply.type(XLSX_TYPE).header('content-disposition', attachment(name)).send(body);
}

function uploadedFileName(request: FastifyRequest): string {
  const header = request.headers[FILE_NAME_HEADER];
  if (typeof header === 'string' && header.length > FILE_NAME_HEADER_MAX)
    throw new AppError('VALIDATION_FAILED', { field: `headers.${FILE_NAME_HEADER}`, detail: 'too long' });
  try {
    if (typeof header === 'string' && header) return decodeURIComponent(header);
  } catch {
    // keep the default name for a header that is not valid percent-encoding
  }
  return 'roster.xlsx';
}

export async function rosterRoutes(app: FastifyInstance): Promise<void> {
  // the body stays a stream: the import reads it under its own caps (ADR 0021)
  app.addContentTypeParser([...rosters.import.spec.rawBody.mediaTypes], (_request, payload, done) =>
    done(null, payload),
  );

  route(app, rosters.template, async (request, reply) =>
    sendWorkbook(reply, '企业名单模板.xlsx', await rosterTemplate(app.ctx, request.actor!, request.params.id)),
  );

  route(app, rosters.import, async (request) =>
    importRoster(app.ctx, request.actor!, request.params.id, {
      file: (request as FastifyRequest).body,
      declaredLength: request.headers['content-length'],
      fileName: uploadedFileName(request),
      mode: request.query.mode,
      dryRun: request.query.dryRun === '1',
      locale: requestLocale(request),
    }),
  );

  route(app, rosters.importErrors, async (request, reply) => {
    const { id, importId } = request.params;
    const workbook = await importErrorWorkbook(app.ctx, request.actor!, id, importId, requestLocale(request));
    return sendWorkbook(reply, '企业名单-错误说明.xlsx', workbook);
  });

  route(app, rosters.export, async (request, reply) => {
    const { fileName, stream } = await exportRoster(app.ctx, request.actor!, request.params.id, request.query, {
      locale: requestLocale(request),
      onError: (error) => request.log.error({ err: error }, 'roster export failed'),
    });
    return sendWorkbook(reply, fileName, stream);
  });
}
