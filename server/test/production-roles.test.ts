/**
 * ADR 0019: server/sql/production-roles.sql, run with psql as an operator would, leaves an app
 * role that owns nothing and may only append to and read the audit trail. PostgreSQL only (PGlite
 * has a single role); skipped with a message when psql is not installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/platform/db/client.js';
import { runMigrations } from '../src/platform/db/migrate.js';
import { appendAudit, verifyChain } from '../src/platform/audit/trail.js';
import { installAuditKey } from '../src/platform/audit/key.js';
import { ensureRegions } from '../src/modules/reference/region-data.js';
import { TEST_AUDIT_KEY } from './helpers/test-app.js';
import { testDbKind } from './helpers/test-database.js';

const run = promisify(execFile);
const hasPsql = (() => {
  try {
    execFileSync('psql', ['--version']);
    return true;
  } catch {
    return false;
  }
})();
const onPostgres = testDbKind() === 'postgres';
if (!onPostgres) console.info('production-roles: skipped (needs TEST_DB=postgres; PGlite has a single role)');
else if (!hasPsql) console.info('production-roles: skipped (psql is not installed)');

const suffix = randomBytes(4).toString('hex');
const owner = `uplift_owner_${suffix}`;
const appRole = `uplift_app_${suffix}`;
const dbName = `uplift_t_roles_${suffix}`;
let adminUrl: string;
let app: Database;

function urlAs(role: string): string {
  const url = new URL(adminUrl);
  url.username = role;
  url.password = '';
  url.pathname = `/${dbName}`;
  return url.toString();
}

async function admin(statements: string[], database?: string) {
  const url = new URL(adminUrl);
  if (database) url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

describe.skipIf(!onPostgres || !hasPsql)('production roles', () => {
  beforeAll(async () => {
    adminUrl = process.env.TEST_DATABASE_URL!;
    await admin([
      `create role ${owner} login`,
      `create role ${appRole} login`,
      `create database ${dbName} owner ${owner}`,
    ]);
    // migrations as the owner
    const asOwner = await openDatabase({ url: urlAs(owner) });
    await runMigrations(asOwner);
    await asOwner.close();
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    const { stdout } = await run('psql', [
      url.toString(),
      '-X',
      '-q',
      '-v',
      `owner_role=${owner}`,
      '-v',
      `app_role=${appRole}`,
      '-f',
      'server/sql/production-roles.sql',
    ]);
    expect(stdout).toContain('(0 rows)'); // the script's own check: the app role owns nothing
    installAuditKey(TEST_AUDIT_KEY);
    app = await openDatabase({ url: urlAs(appRole) });
  });

  afterAll(async () => {
    await app?.close();
    await admin([
      `drop database if exists ${dbName} with (force)`,
      `drop role if exists ${appRole}`,
      `drop role if exists ${owner}`,
    ]);
  });

  it('lets the app role start (migrations up to date), write business rows and append to the trail', async () => {
    await runMigrations(app);
    await ensureRegions(app.db);
    await appendAudit(app.db, new Date('2026-11-23T02:00:00Z'), {
      actor: null,
      action: 'auth.login',
      outcome: 'success',
    });
    await appendAudit(app.db, new Date('2026-11-23T02:00:01Z'), {
      actor: null,
      action: 'auth.login',
      outcome: 'success',
    });
    expect(await verifyChain(app.db)).toEqual({ ok: true, checked: 2 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of the trail to the app role, and disabling its trigger', async () => {
    const permissionDenied = { cause: expect.objectContaining({ code: '42501' }) };
    await expect(app.db.execute(sql`update audit_trail set action = 'forged' where seq = 1`)).rejects.toMatchObject(
      permissionDenied,
    );
    await expect(app.db.execute(sql`delete from audit_trail where seq = 2`)).rejects.toMatchObject(permissionDenied);
    await expect(app.db.execute(sql`truncate audit_trail`)).rejects.toMatchObject(permissionDenied);
    await expect(
      app.db.execute(sql`alter table audit_trail disable trigger audit_trail_no_update_delete`),
    ).rejects.toMatchObject(permissionDenied);
    await expect(app.db.execute(sql`create table forged (id int)`)).rejects.toMatchObject(permissionDenied);
    expect(await verifyChain(app.db)).toEqual({ ok: true, checked: 2 });
  });

  it('leaves the app role owning nothing', async () => {
    const owned = await app.db.execute(
      sql`select c.relname from pg_class c where c.relowner = (select oid from pg_roles where rolname = current_user)`,
    );
    expect((owned as unknown as { rows: unknown[] }).rows).toEqual([]);
  });
});
