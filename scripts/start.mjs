// `npm start`: build the web app if it has not been built yet, then run the server in this process
// (one process, so signals and the data-directory lock belong to it).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(path.join(root, 'web/dist/index.html')) && existsSync(path.join(root, 'web/index.html'))) {
  console.log('正在构建前端 / building the web app …');
  const built = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
process.chdir(root);
await import('tsx/esm');
await import('../server/src/main.ts');
