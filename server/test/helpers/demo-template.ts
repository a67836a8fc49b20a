/**
 * The demo world seeded once per `vitest run` of the api project and copied into each test app that would seed
 * the same world (default day, demo on): seeding takes 13–17 s on this machine, a copy under a second.
 * PGlite: the seeded data directory dumped to a tarball and loaded by each copy. PostgreSQL: a template database
 * that each test file's database is created from. The files and audit anchors the seed wrote are copied too.
 * vitest's `globalSetup` (vitest.config.ts) runs `setup`; outside vitest (bench, scripts) there is no template.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, type Database } from '../../src/platform/db/client.js';
import type { DemoIds } from '../../seeds/demo.js';
import { createScratchPostgresDatabase, testDbKind } from './test-database.js';
import { seedDemoWorld, testContext, TEST_NOW } from './test-app.js';
import { ManualClock } from '../../src/platform/clock.js';

export interface DemoTemplate {
  kind: 'pglite' | 'postgres';
  /** PGlite: the dumped data directory. */
  tarball?: string;
  /** PostgreSQL: the template database's URL. */
  url?: string;
  ids: DemoIds;
  filesDir: string;
  anchorsFile: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoTemplate: string | null;
  }
}

/** globalSetup: seed the template, hand its description to the test files, drop it at the end. */
export async function setup(project: { provide: (key: 'demoTemplate', value: string | null) => void }) {
  if (process.env.UPLIFT_TEST_NO_TEMPLATE === '1') {
    project.provide('demoTemplate', null);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-demo-template-'));
  const kind = testDbKind();
  const scratch = kind === 'postgres' ? await createScratchPostgresDatabase() : null;
  const database = await openDatabase(scratch ? { url: scratch.url } : {});
  const filesDir = path.join(dir, 'files');
  const anchorsFile = path.join(dir, 'audit-anchors.jsonl');
  fs.mkdirSync(filesDir);
  const ctx = testContext(database, {}, new ManualClock(new Date(TEST_NOW)), filesDir, anchorsFile);
  const ids = await seedDemoWorld(ctx);
  const template: DemoTemplate = { kind, ids, filesDir, anchorsFile };
  if (kind === 'pglite') {
    const dump = await pgliteOf(database).dumpDataDir('none');
    template.tarball = path.join(dir, 'pgdata.tar');
    fs.writeFileSync(template.tarball, Buffer.from(await dump.arrayBuffer()));
  } else {
    template.url = scratch!.url;
  }
  await database.close();
  const description = path.join(dir, 'template.json');
  fs.writeFileSync(description, JSON.stringify(template));
  project.provide('demoTemplate', description);
  return async () => {
    await scratch?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

function pgliteOf(database: Database): PGlite {
  return (database.db as unknown as { $client: PGlite }).$client;
}

let cached: DemoTemplate | null | undefined;

/** The run's template, or null outside vitest or when none was made for this database kind. */
export async function demoTemplate(): Promise<DemoTemplate | null> {
  if (cached !== undefined) return cached;
  cached = null;
  if (process.env.VITEST) {
    const { inject } = await import('vitest');
    const description = inject('demoTemplate');
    if (description) {
      const template = JSON.parse(fs.readFileSync(description, 'utf8')) as DemoTemplate;
      if (template.kind === testDbKind()) cached = template;
    }
  }
  return cached;
}

/** A fresh database holding a copy of the template's. */
export async function openTemplateCopy(
  template: DemoTemplate,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (template.kind === 'pglite') {
    const tarball = new Blob([fs.readFileSync(template.tarball!)]);
    const client = await PGlite.create({ loadDataDir: tarball });
    const database = await openDatabase({ pglite: client });
    return {
      database,
      async drop() {
        await database.close();
        await client.close();
      },
    };
  }
  const source = new URL(template.url!);
  const name = `uplift_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    // several files may copy at once; PostgreSQL refuses a copy while another session is *in* the template
    // (55006), which only a copy in progress can be, so try again shortly
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${source.pathname.slice(1)}`);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    database,
    async drop() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
