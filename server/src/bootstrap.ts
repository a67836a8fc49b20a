/**
 * Opens and prepares the database for the app: migrations, reference regions, and on an empty
 * database either the demo (demo mode) or a single bootstrap administrator with a one-time
 * random password that must be changed at first sign-in (R01: no default accounts).
 * Part of the composition root: it uses modules and the demo seeds, so it lives outside platform/ (ADR 0029).
 */
import { count } from 'drizzle-orm';
import type { AppContext } from './platform/http/context.js';
import { runMigrations } from './platform/db/migrate.js';
import { ensureRegions } from './modules/reference/region-data.js';
import { users } from './platform/auth/identity.table.js';
import { bootstrapSystemAdministrator } from './modules/accounts/accounts.service.js';
import { seedDemo } from '../seeds/demo.js';

export type FirstRun =
  | { kind: 'existing' }
  | { kind: 'demo' }
  | { kind: 'bootstrap'; username: string; password: string };

export async function prepareDatabase(ctx: AppContext): Promise<FirstRun> {
  await runMigrations(ctx.database);
  await ensureRegions(ctx.database.db);
  const [existing] = await ctx.database.db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return { kind: 'existing' }; // a non-empty database is never reseeded
  if (ctx.demo) {
    await seedDemo(ctx);
    return { kind: 'demo' };
  }
  return { kind: 'bootstrap', ...(await bootstrapSystemAdministrator(ctx)) };
}
