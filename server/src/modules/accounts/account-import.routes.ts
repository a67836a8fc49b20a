/** The bulk-account template, upload and error workbook over HTTP (contracts/accounts.ts; ADR 0034). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { accounts } from '../../../../contracts/accounts.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { route } from '../../platform/http/route.js';
import { accountImportErrors, accountTemplate, importAccounts, XLSX_TYPE } from './account-import.js';

function sendWorkbook(reply: FastifyReply, name: string, body: Buffer): FastifyReply {
  return reply
    .type(XLSX_TYPE)
    .header('content-disposition', `attachment; filename="accounts.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(body);
}

function uploadedFileName(request: FastifyRequest): string {
  const header = request.headers['x-file-name'];
  try {
    if (typeof header === 'string' && header && header.length <= 400) return decodeURIComponent(header);
  } catch {
    // keep the default name for a header that is not valid percent-encoding
  }
  return 'accounts.xlsx';
}

export async function accountImportRoutes(app: FastifyInstance): Promise<void> {
  // the body stays a stream: the import reads it under its own cap
  app.addContentTypeParser(XLSX_TYPE, (_request, payload, done) => done(null, payload));

  route(app, accounts.importTemplate, async (_request, reply) =>
    sendWorkbook(reply, '批量创建账号模板.xlsx', await accountTemplate()),
  );
  route(app, accounts.import, async (request) =>
    importAccounts(app.ctx, request.actor!, {
      file: (request as FastifyRequest).body,
      declaredLength: request.headers['content-length'],
      fileName: uploadedFileName(request),
      dryRun: request.query.dryRun === '1',
      locale: requestLocale(request),
    }),
  );
  route(app, accounts.importErrors, async (request, reply) =>
    sendWorkbook(
      reply,
      '批量创建账号-错误说明.xlsx',
      await accountImportErrors(app.ctx, request.actor!, request.params.id, requestLocale(request)),
    ),
  );
}
