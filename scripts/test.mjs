// `npm test`: runs every suite that can run here and says which were skipped and why.
//   lint        format, lint, locale keys and import boundaries (`npm run lint`), first: the cheapest to fail
//   typecheck   tsc over server, domain and web
//   unit        domain rules, no database
//   api:pglite  HTTP tests on embedded PGlite
//   api:postgres the same HTTP tests on PostgreSQL (TEST_DATABASE_URL, else DATABASE_URL)
//   e2e         browser tests with Debian's Chromium (CHROMIUM_PATH or `chromium` on PATH)
// With CI=true a skipped suite fails the run. Extra arguments go to vitest (e.g. a file filter).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const extra = process.argv.slice(2);
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-test-'));

function findChromium() {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  return null;
}

const pgUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
const chromium = findChromium();
const suites = [
  { name: 'lint', run: () => run(process.execPath, ['scripts/lint.mjs']) },
  {
    name: 'typecheck',
    run: () => run('npx', ['tsc', '-p', 'tsconfig.json']) && run('npx', ['tsc', '-p', 'web/tsconfig.json']),
  },
  { name: 'unit', run: () => vitest('unit', {}) },
  { name: 'api:pglite', run: () => vitest('api', { TEST_DB: 'pglite' }) },
  {
    name: 'api:postgres',
    skip: pgUrl ? null : 'TEST_DATABASE_URL (or DATABASE_URL) is not set',
    run: () => vitest('api', { TEST_DB: 'postgres', TEST_DATABASE_URL: pgUrl }),
  },
  {
    name: 'e2e',
    skip: chromium ? null : 'Chromium not found (apt-get install chromium, or set CHROMIUM_PATH)',
    run: () => vitest('e2e', { CHROMIUM_PATH: chromium }),
  },
];

let passedTests = 0;
let failedTests = 0;
function vitest(project, env) {
  const out = path.join(reportDir, `${project}-${env.TEST_DB ?? 'x'}.json`);
  const ok = run(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
      ...extra,
    ],
    env,
  );
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    passedTests += report.numPassedTests;
    failedTests += report.numFailedTests;
  }
  return ok;
}

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

const results = [];
for (const suite of suites) {
  if (suite.skip) {
    results.push({ name: suite.name, status: 'skipped', why: suite.skip });
    continue;
  }
  if (extra.length && (suite.name === 'typecheck' || suite.name === 'lint')) continue;
  console.log(`\n=== ${suite.name} ===`);
  const started = Date.now();
  const status = suite.run() ? 'passed' : 'failed';
  results.push({ name: suite.name, status, seconds: (Date.now() - started) / 1000 });
}

console.log('\nUplift test suites:');
for (const r of results) {
  const detail = r.why ? ` (${r.why})` : r.seconds !== undefined ? ` (${r.seconds.toFixed(1)} s)` : '';
  console.log(`  ${r.name.padEnd(13)} ${r.status}${detail}`);
}
const failed = results.filter((r) => r.status === 'failed');
const skipped = results.filter((r) => r.status === 'skipped');
if (ci && skipped.length)
  console.log(`CI=true: skipped suites count as failures: ${skipped.map((s) => s.name).join(', ')}`);
console.log(`tests: ${passedTests} passed, ${failedTests} failed`);
process.exit(failed.length || (ci && skipped.length) ? 1 : 0);
