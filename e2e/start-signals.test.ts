/**
 * Stopping `npm start` by its PID stops the server (ADR 0028): npm forwards SIGTERM/SIGINT to its
 * child, and the start script replaces npm's shell (`exec`), so the signal reaches the server itself,
 * which closes the database, releases the data directory and frees the port; npm exits with the
 * server's code. Before, the shell died and left the server running as an orphan.
 */
import { afterAll, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { freePort, ROOT, tempDataDir } from './helpers/server-process.js';

const dataDir = tempDataDir();
const leftovers: number[] = [];
afterAll(() => {
  for (const pid of leftovers) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Runs `npm start`, waits for /api/health 200, stops npm with `signal`; returns what was left. */
async function startThenStop(signal: NodeJS.Signals) {
  const port = await freePort();
  const npm = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  npm.stdout.on('data', (c: Buffer) => (output += c.toString()));
  npm.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
  leftovers.push(npm.pid!);
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    if (npm.exitCode !== null) throw new Error(`npm start exited before it was ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const serverPid = Number.parseInt(fs.readFileSync(path.join(dataDir, 'uplift.lock'), 'utf8'), 10);
  leftovers.push(serverPid);
  expect(serverPid).not.toBe(npm.pid);

  npm.kill(signal);
  const code = await exited;
  // the server may still be finishing its shutdown for a moment after npm has gone
  for (let i = 0; i < 100 && isAlive(serverPid); i++) await new Promise((r) => setTimeout(r, 100));
  return {
    code,
    serverAlive: isAlive(serverPid),
    portAnswers: await portAnswers(port),
    lockLeft: fs.existsSync(path.join(dataDir, 'uplift.lock')),
    output,
  };
}

it('SIGTERM to npm start stops the server, frees the port and the data directory, exit code 0', async () => {
  const stopped = await startThenStop('SIGTERM');
  expect(stopped.serverAlive, stopped.output).toBe(false);
  expect(stopped.portAnswers).toBe(false);
  expect(stopped.lockLeft).toBe(false);
  expect(stopped.output).toContain('SIGTERM: 正在关闭 / shutting down');
  expect(stopped.code).toBe(0);
});

it('SIGINT to npm start does the same (a second start on the data the first one left)', async () => {
  const stopped = await startThenStop('SIGINT');
  expect(stopped.serverAlive, stopped.output).toBe(false);
  expect(stopped.portAnswers).toBe(false);
  expect(stopped.lockLeft).toBe(false);
  expect(stopped.output).toContain('SIGINT: 正在关闭 / shutting down');
});
