import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XlsxStreamWriter } from '../../platform/xlsx/stream-writer.js';
import { regions } from '../../platform/db/regions.table.js';
import { IdParams } from '../../../../contracts/shared.js';
import { ParticipationListQuery } from '../../../../contracts/participations.js';
import { exportPage } from '../participations/participations.repository.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { importErrorWorkbook, importRoster, visibleCampaign } from './rosters.service.js';
import { templateWorkbook, XLSX_TYPE } from './roster-workbook.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import { STAGE_NAMES } from '../../../../domain/lifecycle/stage-names.js';
import { findIndustryCategory } from '../../../../domain/industries/categories.js';
import { maskPersonName, maskPhone } from '../../../../domain/privacy/mask.js';
import type { Stage } from '../../../../domain/lifecycle/stages.js';

const ImportResult = z.object({
  importId: z.string().uuid(),
  totalRows: z.number().int(),
  invalidRows: z.number().int(),
  createdRows: z.number().int(),
  unchangedRows: z.number().int().describe('already in the campaign (keyed by credit code)'),
  status: z.enum(['validated', 'imported', 'rejected']),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), code: z.string(), message: z.string() })),
});

const EXPORT_PAGE = 5000;

function attachment(name: string): string {
  return `attachment; filename="roster.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Roster template, import with a row-by-row report and error file, and the streamed export (ADR 0011, 0021). */
export async function rosterRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['rosters'];
  // the body stays a stream: the import reads it under its own caps (ADR 0021)
  app.addContentTypeParser(XLSX_TYPE, (_request, payload, done) => done(null, payload));

  app.get(
    '/:id/roster/template',
    {
      config: { permission: 'roster:import' },
      schema: {
        tags,
        summary: 'The roster template (Chinese headers, an example row, reference lists)',
        params: IdParams,
      },
    },
    async (request, reply) => {
      await visibleCampaign(app.ctx, request.actor!, request.params.id);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachment('企业名单模板.xlsx'))
        .send(await templateWorkbook());
    },
  );

  app.post(
    '/:id/roster/import',
    {
      config: { permission: 'roster:import' },
      schema: {
        tags,
        summary: 'Import a roster (.xlsx body); all-or-nothing unless mode=valid_rows; dryRun only checks',
        params: IdParams,
        querystring: z.strictObject({
          mode: z.enum(['all_or_nothing', 'valid_rows']).default('all_or_nothing'),
          dryRun: z.enum(['0', '1']).default('0'),
        }),
        headers: z.object({ 'x-file-name': z.string().max(400).optional() }),
        response: { 200: ImportResult },
      },
    },
    async (request) => {
      const header = request.headers['x-file-name'];
      let fileName = 'roster.xlsx';
      try {
        if (typeof header === 'string' && header) fileName = decodeURIComponent(header);
      } catch {
        // keep the default name for a header that is not valid percent-encoding
      }
      return importRoster(app.ctx, request.actor!, request.params.id, {
        file: request.body,
        declaredLength: request.headers['content-length'],
        fileName,
        mode: request.query.mode,
        dryRun: request.query.dryRun === '1',
        locale: requestLocale(request),
      });
    },
  );

  app.get(
    '/:id/roster/imports/:importId/errors.xlsx',
    {
      config: { permission: 'roster:import' },
      schema: {
        tags,
        summary: 'The uploaded rows with an error column, to fix and upload again',
        params: z.strictObject({ id: z.string().uuid(), importId: z.string().uuid() }),
      },
    },
    async (request, reply) => {
      const buffer = await importErrorWorkbook(
        app.ctx,
        request.actor!,
        request.params.id,
        request.params.importId,
        requestLocale(request),
      );
      await auditDataAccess(app.ctx, request.actor!, {
        action: 'roster.download_errors',
        objectType: 'roster_import',
        objectId: request.params.importId,
        detail: { campaignId: request.params.id },
      });
      return reply.type(XLSX_TYPE).header('content-disposition', attachment('企业名单-错误说明.xlsx')).send(buffer);
    },
  );

  app.get(
    '/:id/participations.xlsx',
    {
      config: { permission: 'roster:export' },
      schema: {
        tags,
        summary: 'Export the participations in scope (streamed)',
        params: IdParams,
        querystring: ParticipationListQuery.omit({ page: true, pageSize: true, campaignId: true }),
      },
    },
    async (request, reply) => {
      const actor = request.actor!;
      const campaign = await visibleCampaign(app.ctx, actor, request.params.id);
      // the filters say which rows left; the rows themselves are streamed after this entry commits
      await auditDataAccess(app.ctx, actor, {
        action: 'roster.export',
        objectType: 'campaign',
        objectId: campaign.id,
        detail: { filters: request.query },
      });
      const en = requestLocale(request) === 'en-US';
      const stream = new PassThrough();
      const headers = en
        ? [
            'Enterprise',
            'Credit code',
            'Region',
            'Region code',
            'Category',
            'Stage',
            'Size',
            'Origin',
            'Certification body',
            'Contact',
            'Phone',
            'Updated',
          ]
        : [
            '企业名称',
            '统一社会信用代码',
            '地区',
            '地区代码',
            '认证行业类别',
            '阶段',
            '规模',
            '来源',
            '认证机构',
            '联系人',
            '联系电话',
            '更新时间',
          ];
      const sheet = new XlsxStreamWriter(
        stream,
        en ? 'Participations' : '企业名单',
        [30, 22, 12, 10, 24, 14, 10, 10, 28, 10, 14, 20],
      );
      sheet.addRow(headers);
      reply.type(XLSX_TYPE).header('content-disposition', attachment(`${campaign.name}.xlsx`));
      const regionNames = new Map(
        (await app.ctx.database.db.select({ code: regions.code, name: regions.name }).from(regions)).map((r) => [
          r.code,
          r.name,
        ]),
      );
      const write = async () => {
        let after: string | null = null;
        for (;;) {
          const page = await exportPage(
            app.ctx.database.db,
            actor,
            { ...request.query, campaignId: campaign.id },
            after,
            EXPORT_PAGE,
          );
          for (const r of page) {
            const industry = findIndustryCategory(r.industryCode);
            sheet.addRow([
              r.enterpriseName,
              r.uscc,
              regionNames.get(r.regionCode) ?? '',
              r.regionCode,
              `${r.industryCode} ${(en ? industry?.nameEn : industry?.nameZh) ?? ''}`,
              STAGE_NAMES[r.stage as Stage]?.[en ? 'en' : 'zh'] ?? r.stage,
              r.sizeClass ?? '',
              r.origin,
              r.certificationBodyName ?? '',
              maskPersonName(r.contactName) ?? '',
              maskPhone(r.contactPhone) ?? '',
              r.updatedAt.toISOString().slice(0, 19).replace('T', ' '),
            ]);
          }
          if (page.length < EXPORT_PAGE) break;
          // a slow client: wait until it has taken what is queued before reading the next page
          if (stream.writableNeedDrain) await once(stream, 'drain');
          after = page.at(-1)!.id;
        }
        await sheet.finish();
      };
      write().catch((error: unknown) => {
        request.log.error({ err: error }, 'roster export failed');
        stream.destroy(error as Error);
      });
      return reply.send(stream);
    },
  );
}
