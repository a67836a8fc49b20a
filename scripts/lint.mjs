// `npm run lint`: the conventions a tool holds (docs/ARCHITECTURE.md "Conventions and the tools that hold them").
//   biome     format and lint (biome.json); `npm run lint -- --write` applies the safe fixes and the format
//   locales   zh-CN and en-US have the same key paths (scripts/check-locales.mjs)
//   api paths no web file but lib/api-client.ts writes an API path: calls name contracts' endpoints (ADR 0031)
//   writers   one writer per table: only its owner's repository writes a table (scripts/check-table-writers.mjs)
//   imports   the import boundaries (.dependency-cruiser.cjs), today's known violations excepted
//             (.dependency-cruiser-known-violations.json): any new one fails
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The folders whose imports are checked; contracts/ counts as soon as it exists. */
export const CODE_FOLDERS = ['domain', 'contracts', 'server', 'web', 'scripts', 'bench', 'e2e'];

const bin = (name) => path.join('node_modules', '.bin', name);
const write = process.argv.includes('--write');
const steps = [
  ['biome', bin('biome'), ['check', '--error-on-warnings', ...(write ? ['--write'] : []), '.']],
  ['locales', process.execPath, ['scripts/check-locales.mjs']],
  ['api paths', process.execPath, ['scripts/check-api-paths.mjs']],
  ['writers', process.execPath, ['scripts/check-table-writers.mjs']],
  [
    'imports',
    bin('depcruise'),
    ['--ignore-known', '--output-type', 'err', ...CODE_FOLDERS.filter((f) => fs.existsSync(f))],
  ],
];

let failed = 0;
for (const [name, cmd, args] of steps) {
  if (!fs.existsSync(cmd)) {
    console.error(`lint ${name}: ${cmd} is missing; run npm install (it is a devDependency)`);
    failed++;
    continue;
  }
  const started = Date.now();
  const ok = spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
  console.log(`lint ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failed++;
}
process.exit(failed ? 1 : 0);
