/**
 * A data directory with the demo world, made once per `vitest run` of the e2e project by starting the real server
 * on an empty directory and stopping it: each journey on the default demo copies it instead of seeding again
 * (13–17 s a file on this machine). The demo's dates are relative to the day it is made, as `npm start`'s are.
 * vitest's `globalSetup` (vitest.config.ts) runs `setup`.
 */
import fs from 'node:fs';
import { startServer, tempDataDir } from './server-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    demoDataDir: string | null;
  }
}

export async function setup(project: { provide: (key: 'demoDataDir', value: string | null) => void }) {
  const dir = tempDataDir();
  const server = await startServer(dir, {}, { web: false });
  server.child.kill('SIGTERM');
  const code = await server.exited;
  if (code !== 0)
    throw new Error(`the demo server for the data-directory template exited ${code}:\n${server.output()}`);
  project.provide('demoDataDir', dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

/** A fresh data directory holding a copy of the run's demo directory, or an empty one outside such a run. */
export async function demoDataDirCopy(): Promise<string> {
  const dir = tempDataDir();
  if (process.env.VITEST) {
    const { inject } = await import('vitest');
    const template = inject('demoDataDir');
    if (template) fs.cpSync(template, dir, { recursive: true });
  }
  return dir;
}
