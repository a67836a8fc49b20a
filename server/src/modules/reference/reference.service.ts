/** The region tree as forms offer it: each region marked current, retired or made up (domain/regions/region-status). */
import type { Region } from '../../../../contracts/reference.js';
import { NATIONAL_REGION_CODE, regionLineage } from '../../../../domain/regions/region-code.js';
import { regionCodeStatus } from '../../../../domain/regions/region-status.js';
import type { AppContext } from '../../platform/http/context.js';
import { assertFound } from '../../platform/http/app-error.js';
import { type RegionRow, regionChildren, regionsByCode } from './reference.repository.js';

const withStatus = (r: RegionRow): Region => ({
  ...r,
  level: r.level as Region['level'],
  status: regionCodeStatus(r.code),
});

/** Only current divisions are offered for a new record; GET /regions/:code still answers the others, marked. */
export async function listRegionChildren(ctx: AppContext, parent: string | undefined): Promise<Region[]> {
  const rows = await regionChildren(ctx.database.db, parent ?? NATIONAL_REGION_CODE);
  return rows.map(withStatus).filter((r) => r.status === 'current');
}

export async function regionWithLineage(ctx: AppContext, code: string): Promise<{ region: Region; lineage: Region[] }> {
  const lineage = (await regionsByCode(ctx.database.db, regionLineage(code))).map(withStatus);
  const region = lineage.find((r) => r.code === code);
  assertFound(region, 'region');
  return { region, lineage };
}
