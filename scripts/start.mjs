// `npm start`: build the web app if it has not been built yet, then run the server in this process
// (one process, so signals and the data-directory lock belong to it). While the build runs, SIGINT
// and SIGTERM go on to the build and this process exits with the build's code, so stopping
// `npm start` at any moment leaves nothing running (ADR 0028).
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs `vite build` as a direct child (no npx in between) and resolves with its exit code. */
function buildWebApp() {
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const child = spawn(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(signal ? 1 : (code ?? 1));
    });
  });
}

if (!existsSync(path.join(root, 'web/dist/index.html')) && existsSync(path.join(root, 'web/index.html'))) {
  console.log('正在构建前端 / building the web app …');
  const code = await buildWebApp();
  if (code !== 0) process.exit(code);
}
process.chdir(root);
await import('tsx/esm');
await import('../server/src/main.ts');
