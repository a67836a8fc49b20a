// After `npm install`: build the web app so the first `npm start` serves it at once.
// Skipped with UPLIFT_SKIP_WEB_BUILD=1 (CI builds it in its own step) or when vite is absent.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (process.env.UPLIFT_SKIP_WEB_BUILD === '1' || !existsSync('node_modules/vite') || !existsSync('web/index.html')) process.exit(0);
const built = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
process.exit(built.status ?? 1);
