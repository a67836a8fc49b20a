/** The rosters' SQL: the import records (the only writer of roster_imports) and the region names an export shows. */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { regions } from '../../platform/db/regions.table.js';
import { rosterImports } from './rosters.table.js';

export async function insertRosterImport(tx: Executor, values: typeof rosterImports.$inferInsert): Promise<string> {
  const [record] = await tx.insert(rosterImports).values(values).returning({ id: rosterImports.id });
  return record!.id;
}

export async function selectRosterImport(executor: Executor, campaignId: string, importId: string) {
  const [record] = await executor
    .select()
    .from(rosterImports)
    .where(and(eq(rosterImports.id, importId), eq(rosterImports.campaignId, campaignId)));
  return record;
}

export async function regionNames(executor: Executor): Promise<Map<string, string>> {
  const rows = await executor.select({ code: regions.code, name: regions.name }).from(regions);
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** Keeps the planner's statistics current after a bulk load (PGlite has no autovacuum). */
export async function analyzeAfterBulkLoad(executor: Executor): Promise<void> {
  for (const table of [sql`participations`, sql`enterprises`, sql`organizations`])
    await executor.execute(sql`analyze ${table}`);
}
