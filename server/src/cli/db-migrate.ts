/**
 * `npm run db:migrate`: applies pending migrations to the configured database and exits. In
 * production run it as the owner role (ADR 0019); the app itself connects as a role that owns
 * nothing and only starts on an up-to-date database.
 */
import path from 'node:path';
import { readEnv } from '../platform/config/env.js';
import { openDatabase } from '../platform/db/client.js';
import { appliedMigrationVersion, runMigrations } from '../platform/db/migrate.js';

async function main(): Promise<void> {
  const env = readEnv();
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: path.resolve(env.DATA_DIR) });
  try {
    await runMigrations(database);
    console.log(`数据库已迁移 / database migrated: ${await appliedMigrationVersion(database)}`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
