/**
 * The conventions' tools catch what they are for: each rule meets a deliberate violation in a scratch folder and
 * reports it, and the same folder without the violation passes (so a rule that reports everything would fail too).
 * Biome runs with the repo's biome.json, dependency-cruiser with the repo's .dependency-cruiser.cjs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-lint-rules-'));
const bin = (name: string) => path.join(repo, 'node_modules', '.bin', name);
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function writeTree(root: string, files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

function run(cmd: string, args: string[], cwd: string) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('biome (format and lint, the repo configuration)', () => {
  const root = path.join(scratch, 'biome');
  const config = JSON.parse(fs.readFileSync(path.join(repo, 'biome.json'), 'utf8'));
  delete config.$schema;
  config.vcs = { enabled: false }; // the scratch folder is no git repository
  writeTree(root, {
    'biome.json': JSON.stringify(config),
    'clean.ts': "export const greeting = 'hello';\n",
    'bad-format.ts': 'export const greeting = "hello"\n',
    'bad-lint.ts': 'export function same(a: number, b: number): boolean {\n  debugger;\n  return a === b;\n}\n',
  });
  const findings = (file: string) => {
    const result = run(bin('biome'), ['check', '--reporter=json', file], root);
    const report = JSON.parse(result.stdout) as { diagnostics: Array<{ category: string }> };
    return { status: result.status, categories: report.diagnostics.map((d) => d.category) };
  };

  it('passes a file in the house style', () => {
    expect(findings('clean.ts')).toEqual({ status: 0, categories: [] });
  });
  it('reports a format violation (double quotes, no semicolon)', () => {
    const result = findings('bad-format.ts');
    expect(result.status).not.toBe(0);
    expect(result.categories).toContain('format');
  });
  it('reports a lint violation (a debugger statement)', () => {
    const result = findings('bad-lint.ts');
    expect(result.status).not.toBe(0);
    expect(result.categories).toContain('lint/suspicious/noDebugger');
  });
});

describe('locale catalogs have the same keys', () => {
  const check = (zh: object, en: object, name: string) => {
    const dir = writeTree(path.join(scratch, 'locales', name), {
      'zh-CN.json': JSON.stringify(zh),
      'en-US.json': JSON.stringify(en),
    });
    return run(process.execPath, [path.join(repo, 'scripts/check-locales.mjs'), dir], repo);
  };

  it('passes catalogs with the same key paths', () => {
    expect(check({ a: { b: '甲', c: '乙' } }, { a: { b: 'A', c: 'B' } }, 'same').status).toBe(0);
  });
  it('names a key missing from en-US and a key only en-US has', () => {
    const result = check({ a: { b: '甲', c: '乙' } }, { a: { b: 'A' }, d: 'D' }, 'differ');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('en-US.json: missing a.c');
    expect(result.stderr).toContain('en-US.json: extra d');
  });
  it('counts a nested object against a string as a difference', () => {
    const result = check({ a: { b: '甲' } }, { a: 'A' }, 'shape');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('en-US.json: missing a.b');
  });
});

describe('no API path written in the web outside the client (ADR 0031)', () => {
  const check = (files: Record<string, string>, name: string) => {
    const dir = writeTree(path.join(scratch, 'api-paths', name), files);
    return run(process.execPath, [path.join(repo, 'scripts/check-api-paths.mjs'), dir], repo);
  };
  const client = { 'lib/api-client.ts': "export const root = '/api/v1';\n" };

  it('passes a feature that calls an endpoint of the contracts (the client may name the root)', () => {
    const feature = { 'features/x/api/x.ts': 'export const useX = () => useApiQuery(x.list, {});\n' };
    expect(check({ ...client, ...feature }, 'clean').status).toBe(0);
  });
  it('names a feature that writes a path, in any quote', () => {
    const result = check(
      {
        ...client,
        'features/x/api/x.ts': "apiGet('/api/v1/x');\n",
        'features/y/Y.tsx': 'fetch(`/api/v1/y/` + id);\n',
      },
      'literal',
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('features/x/api/x.ts:1');
    expect(result.stderr).toContain('features/y/Y.tsx:1');
  });
});

describe('one writer per table (ADR 0032)', () => {
  const check = (files: Record<string, string>, name: string) => {
    const dir = writeTree(path.join(scratch, 'writers', name), files);
    return run(process.execPath, [path.join(repo, 'scripts/check-table-writers.mjs'), dir], repo);
  };
  const tables = {
    'server/src/modules/thing/thing.table.ts':
      "export const things = pgTable('things', {});\nexport const thingEvents = pgTable(\n  'thing_events',\n  {},\n);\n",
    'server/src/platform/kernel/kernel.table.ts': "export const kernels = pgTable('kernels', {});\n",
    'server/src/platform/kernel/kernel.ts':
      "import { kernels } from './kernel.table.js';\nexport const k = (tx) => tx.insert(kernels).values({});\n",
    'server/src/modules/thing/thing.repository.ts':
      "import { thingEvents, things } from './thing.table.js';\nimport { kernels } from '../../platform/kernel/kernel.table.js';\n" +
      'export const w = (tx) => [tx.insert(things), tx.update(thingEvents), tx.select().from(kernels)];\n',
  };
  const other = 'server/src/modules/other/other.repository.ts';

  it('passes writes by the owner and reads by anyone', () => {
    const reader = {
      [other]:
        "import { things } from '../thing/thing.table.js';\nexport const r = (tx) => tx.select().from(things);\n",
    };
    expect(check({ ...tables, ...reader }, 'clean').status).toBe(0);
  });
  it.each([
    [
      'an insert',
      "import { things } from '../thing/thing.table.js';\nexport const x = (tx) => tx.insert(things);\n",
      'things',
    ],
    [
      'an update under another name',
      "import { type thingEvents as t0, thingEvents as e } from '../thing/thing.table.js';\nexport const x = (tx) => tx\n  .update(e)\n  .set({});\n",
      'thing_events',
    ],
    [
      "a delete of the platform's table",
      "import { kernels } from '../../platform/kernel/kernel.table.js';\nexport const x = (tx) => tx.delete(kernels);\n",
      'kernels',
    ],
    ['raw SQL by name', 'export const x = (tx) => tx.execute(sql`update things set a = 1`);\n', 'things'],
    [
      'raw SQL by the table',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the fixture is source text holding a template literal
      "import { thingEvents } from '../thing/thing.table.js';\nexport const x = (tx) => tx.execute(sql`delete from ${thingEvents} where true`);\n",
      'thing_events',
    ],
  ])('names %s by a foreign repository', (_what, text, table) => {
    const result = check({ ...tables, [other]: text }, `foreign-${table}-${_what.length}`);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${other}:`);
    expect(result.stderr).toContain(`: ${table} (written only by`);
  });
  it("names the owner's own service writing (SQL lives in repositories)", () => {
    const service = 'server/src/modules/thing/thing.service.ts';
    const text = "import { things } from './thing.table.js';\nexport const x = (tx) => tx.insert(things);\n";
    const result = check({ ...tables, [service]: text }, 'own-service');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${service}:2: things (written only by server/src/modules/thing/*.repository.ts)`);
  });
  it('names an allow-listed place that no longer writes its table, so the list only shrinks', () => {
    const bodies = { 'server/src/modules/bodies/bodies.repository.ts': 'export const nothing = 1;\n' };
    const result = check({ ...tables, ...bodies }, 'stale');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bodies.repository.ts: no longer writes organizations');
  });
});

describe('import boundaries (the repo .dependency-cruiser.cjs)', () => {
  const root = writeTree(path.join(scratch, 'boundaries'), {
    'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }),
    'domain/rule.ts': "import { helper } from './helper.js';\nexport const rule = helper;\n",
    'domain/helper.ts': 'export const helper = 1;\n',
    'domain/impure.ts':
      "import { service } from '../server/src/modules/thing/thing.service.js';\nexport const x = service;\n",
    'contracts/thing.ts':
      "import { rule } from '../domain/rule.js';\nimport { service } from '../server/src/modules/thing/thing.service.js';\nexport const c = [rule, service];\n",
    'server/src/modules/thing/thing.table.ts': 'export const things = {};\n',
    'server/src/platform/kernel.ts':
      "import { service } from '../modules/thing/thing.service.js';\nexport const k = service;\n",
    'server/src/modules/thing/thing.service.ts':
      "import { things } from './thing.table.js';\nexport const service = things;\n",
    'server/src/modules/thing/thing.routes.ts':
      "import { things } from './thing.table.js';\nimport { service } from './thing.service.js';\nexport const r = [things, service];\n",
    'web/src/page.ts':
      "import { service } from '../../server/src/modules/thing/thing.service.js';\nexport const p = service;\n",
    'web/src/features/a/a.ts': "import { b } from '../b/b.js';\nexport const a = () => b;\n",
    'web/src/features/b/b.ts': "import { a } from '../a/a.js';\nexport const b = () => a;\n",
    'web/src/features/c/c.ts': "import { c2 } from './c2.js';\nexport const c = c2;\n",
    'web/src/features/c/c2.ts': 'export const c2 = 2;\n',
    'web/src/components/shared.ts': "import { c } from '../features/c/c.js';\nexport const shared = c;\n",
  });
  const result = run(
    bin('depcruise'),
    [
      '--config',
      path.join(repo, '.dependency-cruiser.cjs'),
      '--output-type',
      'json',
      'domain',
      'contracts',
      'server',
      'web',
    ],
    root,
  );
  const violations = (
    JSON.parse(result.stdout) as {
      summary: { violations: Array<{ from: string; to: string; rule: { name: string } }> };
    }
  ).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);

  it.each([
    ['domain-is-pure', 'domain/impure.ts', 'server/src/modules/thing/thing.service.ts'],
    ['contracts-only-domain', 'contracts/thing.ts', 'server/src/modules/thing/thing.service.ts'],
    ['web-not-server', 'web/src/page.ts', 'server/src/modules/thing/thing.service.ts'],
    ['platform-not-modules', 'server/src/platform/kernel.ts', 'server/src/modules/thing/thing.service.ts'],
    ['routes-not-tables', 'server/src/modules/thing/thing.routes.ts', 'server/src/modules/thing/thing.table.ts'],
    ['no-cycles-between-features', 'web/src/features/a/a.ts', 'web/src/features/b/b.ts'],
    ['features-not-importing-each-other', 'web/src/features/b/b.ts', 'web/src/features/a/a.ts'],
    ['shared-web-not-features', 'web/src/components/shared.ts', 'web/src/features/c/c.ts'],
  ])('%s catches %s → %s', (rule, from, to) => {
    expect(violations).toContain(`${rule}: ${from} → ${to}`);
  });

  it('reports nothing else: the allowed imports pass', () => {
    const allowed = [
      'domain/rule.ts → domain/helper.ts',
      'contracts/thing.ts → domain/rule.ts',
      'server/src/modules/thing/thing.service.ts → server/src/modules/thing/thing.table.ts',
      'server/src/modules/thing/thing.routes.ts → server/src/modules/thing/thing.service.ts',
      'web/src/features/c/c.ts → web/src/features/c/c2.ts',
    ];
    for (const edge of allowed) expect(violations.filter((v) => v.endsWith(`: ${edge}`))).toEqual([]);
    // the eight above and a → b of the features rule (a cycle is reported once, at its first edge)
    expect(violations).toHaveLength(9);
  });
});

describe("import boundaries: another capability's tables only in a repository", () => {
  const root = writeTree(path.join(scratch, 'foreign-tables'), {
    'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }),
    'server/src/platform/kernel.table.ts': 'export const kernels = {};\n',
    'server/src/modules/thing/thing.table.ts':
      "import { kernels } from '../../platform/kernel.table.js';\nexport const things = { kernels };\n",
    'server/src/modules/other/other.table.ts':
      "import { things } from '../thing/thing.table.js';\nexport const others = { things };\n",
    'server/src/modules/other/other.repository.ts':
      "import { things } from '../thing/thing.table.js';\nimport { others } from './other.table.js';\nexport const r = [things, others];\n",
    'server/src/modules/other/other.service.ts':
      "import { things } from '../thing/thing.table.js';\nimport { others } from './other.table.js';\nimport type { kernels } from '../../platform/kernel.table.js';\nexport const s = [things, others];\nexport type K = typeof kernels;\n",
    'server/src/modules/other/helper.ts':
      "import { kernels } from '../../platform/kernel.table.js';\nexport const h = kernels;\n",
  });
  const result = run(
    bin('depcruise'),
    ['--config', path.join(repo, '.dependency-cruiser.cjs'), '--output-type', 'json', 'server'],
    root,
  );
  const violations = (
    JSON.parse(result.stdout) as {
      summary: { violations: Array<{ from: string; to: string; rule: { name: string } }> };
    }
  ).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);

  it('catches a service and a helper importing a foreign or platform table, and nothing else', () => {
    expect(violations.sort()).toEqual([
      'foreign-tables-in-repositories: server/src/modules/other/helper.ts → server/src/platform/kernel.table.ts',
      'foreign-tables-in-repositories: server/src/modules/other/other.service.ts → server/src/modules/thing/thing.table.ts',
    ]);
  });
});

describe('the pre-commit hook (npm run hooks:install) in a git worktree', () => {
  const root = path.join(scratch, 'hook');
  const main = writeTree(path.join(root, 'main'), {
    'biome.json': fs.readFileSync(path.join(repo, 'biome.json'), 'utf8'),
    'scripts/check-locales.mjs': fs.readFileSync(path.join(repo, 'scripts/check-locales.mjs'), 'utf8'),
    'scripts/install-hooks.mjs': fs.readFileSync(path.join(repo, 'scripts/install-hooks.mjs'), 'utf8'),
    'web/src/locales/zh-CN.json': '{"a":"甲"}\n',
    'web/src/locales/en-US.json': '{"a":"A"}\n',
  });
  const worktree = path.join(root, 'worktree');
  const git = (cwd: string, ...args: string[]) =>
    run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], cwd);
  git(main, 'init', '-q');
  fs.writeFileSync(path.join(main, '.git/info/exclude'), 'node_modules\n');
  git(main, 'add', '-A');
  git(main, 'commit', '-qm', 'init', '--no-verify');
  git(main, 'worktree', 'add', '-q', worktree, '-b', 'side');
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(worktree, 'node_modules'));
  const install = run(process.execPath, ['scripts/install-hooks.mjs'], worktree);
  const commit = (file: string, text: string) => {
    writeTree(worktree, { [file]: text });
    git(worktree, 'add', '-A');
    return git(worktree, 'commit', '-qm', `change ${file}`).status;
  };

  it('is written to the common hooks folder (.git is a file in a worktree)', () => {
    expect(install.status).toBe(0);
    expect(fs.statSync(path.join(main, '.git/hooks/pre-commit')).mode & 0o111).not.toBe(0);
  });
  it('refuses a badly formatted staged file, then takes it formatted', () => {
    expect(commit('thing.ts', 'export const thing = "x"\n')).not.toBe(0);
    expect(commit('thing.ts', "export const thing = 'x';\n")).toBe(0);
  });
  it('refuses a locale catalog that lost a key', () => {
    expect(commit('web/src/locales/en-US.json', '{}\n')).not.toBe(0);
  });
});
