/** All SQL of the reference capability's reads: the region tree (loaded by region-data.ts). */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { regions } from '../../platform/db/schema.js';

export interface RegionRow {
  code: string;
  name: string;
  parentCode: string | null;
  level: string;
}

const regionColumns = { code: regions.code, name: regions.name, parentCode: regions.parentCode, level: regions.level };

export function regionChildren(db: Executor, parentCode: string): Promise<RegionRow[]> {
  return db.select(regionColumns).from(regions).where(eq(regions.parentCode, parentCode)).orderBy(asc(regions.code));
}

export function regionsByCode(db: Executor, codes: string[]): Promise<RegionRow[]> {
  return db.select(regionColumns).from(regions).where(inArray(regions.code, codes)).orderBy(asc(regions.code));
}
