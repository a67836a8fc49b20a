/**
 * One server with a fresh demo data directory and one Chromium for a journey test file:
 * started before its tests, stopped and cleaned after them. `env` adds to the server's
 * environment (e.g. `{ UPLIFT_DEMO: '0' }` for an empty database with only the bootstrap administrator).
 */
import fs from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer, tempDataDir, type ServerProcess } from './server-process.js';
import { launchBrowser } from './browser.js';
import { demoDataDirCopy } from './demo-data-dir.js';

export function useServerAndBrowser(env: Record<string, string> = {}): {
  readonly server: ServerProcess;
  readonly browser: Browser;
} {
  let dataDir = '';
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    // the default demo world is copied from the run's template (./demo-data-dir.ts); any other start seeds its own
    dataDir = Object.keys(env).length === 0 ? await demoDataDirCopy() : tempDataDir();
    server = await startServer(dataDir, env);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await server?.exited;
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
  };
}
