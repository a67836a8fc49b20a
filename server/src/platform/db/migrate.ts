/** Runs the committed migrations (server/migrations) at start; reports the applied version. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './client.js';

export const MIGRATIONS_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

interface Journal {
  entries: Array<{ idx: number; when: number; tag: string }>;
}

function journal(): Journal {
  return JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as Journal;
}

/**
 * Applies pending migrations. When none are pending nothing is run at all, so a production app
 * role that owns nothing and may not create schemas (ADR 0019) starts on a database the owner has
 * migrated (`npm run db:migrate`).
 */
export async function runMigrations(database: Database): Promise<void> {
  if (await migrationsUpToDate(database)) return;
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, config);
  } else {
    await migratePg(database.db as never, config);
  }
}

/** The newest applied migration is the newest committed one (drizzle applies those created after the last applied). */
async function migrationsUpToDate(database: Database): Promise<boolean> {
  const exists = await database.db.execute(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!(exists as unknown as { rows: Array<{ present: boolean }> }).rows[0]?.present) return false;
  const result = await database.db.execute(sql`select max(created_at) as last from drizzle.__drizzle_migrations`);
  const last = Number((result as unknown as { rows: Array<{ last: string | number | null }> }).rows[0]?.last ?? 0);
  const newest = journal().entries.at(-1)?.when ?? 0;
  return last >= newest;
}

/** The tag of the newest applied migration, e.g. "0001_audit_trail_append_only". */
export async function appliedMigrationVersion(database: Database): Promise<string | null> {
  const result = await database.db.execute(
    sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  const row = (result as unknown as { rows: Array<{ created_at: string | number }> }).rows[0];
  if (!row) return null;
  const when = Number(row.created_at);
  return journal().entries.find((e) => e.when === when)?.tag ?? null;
}
