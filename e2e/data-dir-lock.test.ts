/**
 * PGlite has no cross-process lock (shared/security §1.4): a second `npm start` on the same data
 * directory must refuse clearly, and after `kill -9` the next start must recover.
 */
import { afterAll, expect, it } from 'vitest';
import fs from 'node:fs';
import { runToExit, startServer, tempDataDir, type ServerProcess } from './helpers/server-process.js';

const dataDir = tempDataDir();
let running: ServerProcess | undefined;
afterAll(() => {
  running?.child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('refuses a second process on the same data directory, and recovers after kill -9', async () => {
  const first = await startServer(dataDir);
  running = first;
  const health = await (await fetch(`${first.url}/api/health`)).json();
  expect(health).toMatchObject({ status: 'ok', database: 'pglite' });

  const second = await runToExit(dataDir);
  expect(second.code).toBe(1);
  expect(second.output).toContain('is in use by process');
  expect(second.output).toContain('不能同时启动第二个实例');

  first.child.kill('SIGKILL');
  await first.exited;
  const third = await startServer(dataDir);
  running = third;
  expect(third.output()).toContain('recovered a stale lock');
  const after = await (await fetch(`${third.url}/api/v1/meta`)).json();
  expect(after.demo).toBe(true);

  third.child.kill('SIGTERM');
  expect(await third.exited).toBe(0);
  expect(fs.existsSync(`${dataDir}/uplift.lock`)).toBe(false);
  running = undefined;
});
