// After `npm install`: build the web app so the first `npm start` serves it at once.
// Skipped with UPLIFT_SKIP_WEB_BUILD=1 or when vite is absent; a failed build only warns here
// (an install must not fail on it), and `npm start` builds again when web/dist is missing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (process.env.UPLIFT_SKIP_WEB_BUILD === '1' || !existsSync('node_modules/vite') || !existsSync('web/index.html'))
  process.exit(0);
const built = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
  stdio: 'inherit',
});
if (built.status !== 0) console.warn('前端构建失败，npm start 时将重试 / web build failed; npm start will retry');
