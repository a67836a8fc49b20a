/**
 * Loads the GB/T 2260 division tree from @vant/area-data (the most current maintained package,
 * shared/reference/regions.md §2) into the regions table, once, and again when the package's
 * version changes. Codes are kept as the package has them; a few are its pseudo-codes
 * (e.g. towns of 东莞) which still nest correctly under their prefecture.
 */
import { createRequire } from 'node:module';
import { count, eq, sql } from 'drizzle-orm';
import { areaList } from '@vant/area-data';
import type { Executor } from '../../platform/db/client.js';
import { regions } from '../../platform/db/regions.table.js';
import { NATIONAL_REGION_CODE, parentRegionCode, regionLevel } from '../../../../domain/regions/region-code.js';

const require = createRequire(import.meta.url);
export const REGION_SOURCE_VERSION = `@vant/area-data@${(require('@vant/area-data/package.json') as { version: string }).version}`;

interface RegionRow {
  code: string;
  name: string;
  parentCode: string | null;
  level: string;
  sourceVersion: string;
}

export function regionRows(): RegionRow[] {
  const names = new Map<string, string>([[NATIONAL_REGION_CODE, '全国']]);
  for (const list of [areaList.province_list, areaList.city_list, areaList.county_list]) {
    for (const [code, name] of Object.entries(list)) names.set(code, name);
  }
  const rows: RegionRow[] = [];
  for (const [code, name] of names) {
    let parent = parentRegionCode(code);
    // a county whose prefecture the package omits hangs from the province
    while (parent !== null && !names.has(parent)) parent = parentRegionCode(parent);
    rows.push({ code, name, parentCode: parent, level: regionLevel(code), sourceVersion: REGION_SOURCE_VERSION });
  }
  return rows;
}

export async function ensureRegions(executor: Executor): Promise<void> {
  const [current] = await executor
    .select({ n: count() })
    .from(regions)
    .where(eq(regions.sourceVersion, REGION_SOURCE_VERSION));
  const rows = regionRows();
  if ((current?.n ?? 0) === rows.length) return;
  for (let i = 0; i < rows.length; i += 500) {
    await executor
      .insert(regions)
      .values(rows.slice(i, i + 500))
      .onConflictDoUpdate({
        target: regions.code,
        set: {
          name: sql`excluded.name`,
          parentCode: sql`excluded.parent_code`,
          level: sql`excluded.level`,
          sourceVersion: sql`excluded.source_version`,
        },
      });
  }
}
