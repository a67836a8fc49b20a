/**
 * How soon `npm start` is ready: the time from spawning `node scripts/start.mjs` until
 * `/api/health` answers 200, on an empty DATA_DIR (migrations, regions, demo seed) and again on the
 * same, now filled, directory. Baseline in the same run: a bare Node process that answers HTTP 200
 * (what spawning Node alone costs on this machine right now). The web app must be built already
 * (`npm run build:web`), or the first start's time includes the build.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { freePort } from '../e2e/helpers/server-process.js';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

interface Row {
  case: string;
  seconds: number;
  note: string;
}

/** Spawns `args`, polls `url` until it answers 200, then stops the process with SIGTERM. */
async function timeUntilHealthy(args: string[], env: Record<string, string>, url: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let exitedEarly = false;
  void exited.then(() => (exitedEarly = true));
  try {
    for (;;) {
      if (exitedEarly) throw new Error(`the process exited before it was ready:\n${stderr}`);
      const ok = await fetch(url).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return (performance.now() - started) / 1000;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

export async function runStartBench(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'web/dist/index.html')))
    console.warn('web/dist is not built: the first start includes `vite build`');
  const rows: Row[] = [];

  const basePort = await freePort();
  const bare = `require('http').createServer((q, s) => s.end('ok')).listen(${basePort}, '127.0.0.1')`;
  rows.push({
    case: 'baseline: bare node HTTP server',
    seconds: await timeUntilHealthy(['-e', bare], {}, `http://127.0.0.1:${basePort}/`),
    note: '',
  });

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-bench-start-'));
  try {
    const port = await freePort();
    const env = { DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
    delete process.env.DATABASE_URL; // PGlite in DATA_DIR, as a fresh clone starts
    const health = `http://127.0.0.1:${port}/api/health`;
    rows.push({
      case: 'first start (empty DATA_DIR: migrations + demo seed)',
      seconds: await timeUntilHealthy(['scripts/start.mjs'], env, health),
      note: '',
    });
    rows.push({
      case: 'second start (existing data)',
      seconds: await timeUntilHealthy(['scripts/start.mjs'], env, health),
      note: '',
    });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const baseline = rows[0]!.seconds;
  const second = rows[2]!.seconds;
  console.log('| case | seconds | × baseline | × second start |');
  console.log('|---|---|---|---|');
  for (const row of rows)
    console.log(
      `| ${row.case} | ${row.seconds.toFixed(2)} | ${(row.seconds / baseline).toFixed(1)} | ${(row.seconds / second).toFixed(2)} |`,
    );
  console.log(`\ntarget: first start < 30 s → ${rows[1]!.seconds < 30 ? 'met' : 'NOT met'}`);
}
