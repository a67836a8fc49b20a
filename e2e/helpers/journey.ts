/**
 * One server with a fresh demo data directory and one Chromium for a journey test file:
 * started before its tests, stopped and cleaned after them.
 */
import fs from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer, tempDataDir, type ServerProcess } from './server-process.js';
import { launchBrowser } from './browser.js';

export function useServerAndBrowser(): { readonly server: ServerProcess; readonly browser: Browser } {
  const dataDir = tempDataDir();
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(dataDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await server?.exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
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
