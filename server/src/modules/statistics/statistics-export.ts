/** The XLSX download of the table: audited before it leaves (R19, fail closed), named after the region and period. */
import type { StatisticsPeriodQuery } from '../../../../contracts/statistics.js';
import type { Locale } from '../../../../domain/errors/codes.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import type { AppContext } from '../../platform/http/context.js';
import { labelOf } from '../../platform/i18n/messages.js';
import { statisticsWorkbook } from './statistics-xlsx.js';
import { statisticsTable } from './statistics.service.js';

export async function statisticsTableXlsx(
  ctx: AppContext,
  actor: Actor,
  code: string,
  query: StatisticsPeriodQuery,
  locale: Locale,
): Promise<{ name: string; file: Buffer }> {
  const table = await statisticsTable(ctx, actor, code, query, locale);
  const file = await statisticsWorkbook(table, locale);
  await auditDataAccess(ctx, actor, {
    action: 'statistics.export',
    objectType: 'region',
    objectId: code,
    detail: { from: table.from, to: table.to },
  });
  return { name: `${table.regionName}-${labelOf(locale, 'statistics', 'fileName')}-${table.to}.xlsx`, file };
}
