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

export async function runMigrations(database: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, config);
  } else {
    await migratePg(database.db as never, config);
  }
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
