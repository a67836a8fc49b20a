/**
 * buildTestApp(): the real app on a fresh migrated database with the demo world loaded, a
 * manual clock, and helpers to act as any demo user. Real parts: database, migrations, routes,
 * guard, sessions, audit chain. Nothing is mocked.
 */
import type { LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import { buildApp, type App } from '../../src/app.js';
import type { AppContext } from '../../src/platform/http/context.js';
import { ManualClock, chinaDate } from '../../src/platform/clock.js';
import { prepareDatabase } from '../../src/bootstrap.js';
import { seedDemo, type DemoIds } from '../../seeds/demo.js';
import { DEMO_PASSWORD } from '../../seeds/demo-data.js';
import { BASE_TODAY, demoCalendar, type DemoCalendar } from '../../seeds/demo-calendar.js';
import { memberships, users } from '../../src/platform/auth/identity.table.js';
import { createSession, SESSION_COOKIE } from '../../src/platform/auth/session-store.js';
import { openTestDatabase } from './test-database.js';
import { demoTemplate, openTemplateCopy } from './demo-template.js';
import type { Database } from '../../src/platform/db/client.js';
import { runMigrations } from '../../src/platform/db/migrate.js';
import { ensureRegions } from '../../src/modules/reference/region-data.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { directoryFileStore } from '../../src/platform/files/file-store.js';
import { auditKeyFromText, installAuditKey } from '../../src/platform/audit/key.js';
import { fileAnchorStore } from '../../src/platform/audit/anchors.js';

/** The audit key every test app writes with (ADR 0019); tests of a wrong key make their own. */
export const TEST_AUDIT_KEY = auditKeyFromText('7e57'.repeat(16), 'AUDIT_HMAC_KEY');

/** The tests' default "now": the demo calendar's base day, so its written dates hold as written. */
export const TEST_NOW = `${BASE_TODAY}T02:00:00Z`;

export interface TestApp {
  app: App;
  ctx: AppContext;
  clock: ManualClock;
  ids: DemoIds;
  /** The demo's calendar for the day the database was created (`options.now`). */
  calendar: DemoCalendar;
  /** A signed-in client for a demo user (session made directly, not through /login). */
  as(username: string): Promise<Client>;
  /** Signs in through the API, as a browser would. */
  login(username: string, password?: string): Promise<{ response: LightMyRequestResponse; client?: Client }>;
  anonymous: Client;
  /** FILES_DIR of this app (a fresh temporary directory). */
  filesDir: string;
  close(): Promise<void>;
}

export interface Client {
  cookie?: string;
  csrfToken?: string;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

export function makeClient(app: App, cookie?: string, csrfToken?: string): Client {
  const base = (extra?: Record<string, string>) => ({
    ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}),
    ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
    ...extra,
  });
  return {
    cookie,
    csrfToken,
    get: (url, headers) => app.inject({ method: 'GET', url, headers: base(headers) }),
    post: (url, payload, headers) =>
      app.inject({
        method: 'POST',
        url,
        headers: base(headers),
        ...(payload === undefined ? {} : { payload: payload as object }),
      }),
  };
}

export interface TestAppOptions {
  demo?: boolean;
  authRateLimitPerMinute?: number;
  contactRevealsPerHour?: number;
  /** Receives the app's log lines (JSON, level info and up); default: no log. */
  logStream?: NodeJS.WritableStream;
  /** Serve this directory as the built web app. */
  webDist?: string;
  /** The clock's start (the day the demo is seeded on); default TEST_NOW. */
  now?: string;
  /** Invitation settings and senders (ADR 0034); default: no mail server, links as paths. */
  accounts?: AppContext['accounts'];
}

/** The app's context for a test: manual clock, lenient rate limits, its own files and anchors. */
export function testContext(
  database: Database,
  options: TestAppOptions,
  clock: ManualClock,
  filesDir: string,
  anchorsFile: string,
): AppContext {
  installAuditKey(TEST_AUDIT_KEY);
  return {
    database,
    clock,
    sessionPolicy: { idleMs: 30 * 60_000, absoluteMs: 12 * 3600_000 },
    lockout: { threshold: 5, lockMs: 15 * 60_000 },
    cookieSecure: false,
    demo: options.demo ?? true,
    authRateLimitPerMinute: options.authRateLimitPerMinute ?? 1000,
    files: directoryFileStore(filesDir),
    auditAnchors: fileAnchorStore(anchorsFile),
    contactRevealsPerHour: options.contactRevealsPerHour ?? 1000,
    ...(options.accounts ? { accounts: options.accounts } : {}),
  };
}

/** Migrations, regions and the demo world, through the real commands (ADR 0007). */
export async function seedDemoWorld(ctx: AppContext): Promise<DemoIds> {
  await runMigrations(ctx.database);
  await ensureRegions(ctx.database.db);
  return seedDemo(ctx);
}

export async function buildTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  // the demo world seeded once per run (./demo-template.ts) is copied when this app would seed the same one
  const template = (options.demo ?? true) && !options.now && !options.accounts ? await demoTemplate() : null;
  const { database, drop } = template ? await openTemplateCopy(template) : await openTestDatabase();
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-files-'));
  const anchorsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-anchors-'));
  const clock = new ManualClock(new Date(options.now ?? TEST_NOW));
  const ctx = testContext(database, options, clock, filesDir, path.join(anchorsDir, 'audit-anchors.jsonl'));
  let ids: DemoIds = {
    orgs: {},
    users: {},
    campaigns: { js: '', xz: '', tj: '', fx: '' },
    participations: {},
    workingGroups: { xz: '', tj: '' },
    cases: {},
    stageReports: { fxMay: '', xzMay: '' },
  };
  if (template) {
    fs.cpSync(template.filesDir, filesDir, { recursive: true });
    if (fs.existsSync(template.anchorsFile)) fs.copyFileSync(template.anchorsFile, ctx.auditAnchors.location);
    ids = template.ids;
  } else if (ctx.demo) {
    ids = await seedDemoWorld(ctx);
  } else {
    await prepareDatabase(ctx);
  }
  const app = await buildApp({
    ctx,
    ...(options.logStream ? { logger: { level: 'info', stream: options.logStream } } : {}),
    ...(options.webDist ? { serveWeb: true, webDist: options.webDist } : {}),
  });
  await app.ready();

  const as = async (username: string): Promise<Client> => {
    const [user] = await database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
    if (!user) throw new Error(`no demo user ${username}`);
    const [membership] = await database.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(eq(memberships.userId, user.id));
    const session = await createSession(database.db, {
      userId: user.id,
      membershipId: membership!.id,
      now: clock.now(),
      policy: ctx.sessionPolicy,
    });
    return makeClient(app, session.id, session.csrfToken);
  };
  const login = async (username: string, password = DEMO_PASSWORD) => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    if (response.statusCode !== 200) return { response };
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
    return { response, client: makeClient(app, cookie, response.json().csrfToken) };
  };
  return {
    app,
    ctx,
    clock,
    ids,
    calendar: demoCalendar(chinaDate(new Date(options.now ?? TEST_NOW))),
    as,
    login,
    anonymous: makeClient(app),
    filesDir,
    async close() {
      await app.close();
      await drop();
      fs.rmSync(filesDir, { recursive: true, force: true });
      fs.rmSync(anchorsDir, { recursive: true, force: true });
    },
  };
}
