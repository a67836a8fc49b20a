/** All SQL of the reference capability: the region tree, its only writer being the loader (region-data.ts). */
import { asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { regions } from '../../platform/db/regions.table.js';

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

export async function knownRegionCodes(db: Executor, codes: string[]): Promise<Set<string>> {
  const rows = await db.select({ code: regions.code }).from(regions).where(inArray(regions.code, codes));
  return new Set(rows.map((r) => r.code));
}

export async function regionCountOfSource(db: Executor, sourceVersion: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(regions).where(eq(regions.sourceVersion, sourceVersion));
  return row?.n ?? 0;
}

/** Inserts the rows, or updates a code already present to the source's name, parent and level. */
export async function upsertRegions(db: Executor, rows: Array<typeof regions.$inferInsert>): Promise<void> {
  await db
    .insert(regions)
    .values(rows)
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
