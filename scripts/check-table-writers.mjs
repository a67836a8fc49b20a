// `node scripts/check-table-writers.mjs [root]`: one writer per table (docs/ARCHITECTURE.md "Conventions and the tools
// that hold them", ADR 0032). Every write to a table in <root>/server/src — drizzle's `.insert(t)`, `.update(t)`,
// `.delete(t)` on a table imported from a `*.table.ts`, or raw SQL `insert into` / `update … set` / `delete from` naming
// one — must come from its owner:
//   a module's table (server/src/modules/<capability>/*.table.ts)   that capability's *.repository.ts
//   a platform table (server/src/platform/<part>/*.table.ts)        a file of that platform folder
// except the owners and the allow-list below. Prints each foreign write as `file:line: table (owner)` and exits 1.
// Reads across tables are free (joins, scopes); the demo seeds and the tests (fixtures) are not checked.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Tables whose writer is not where the table file lives. */
const OWNERS = {
  // platform/db holds the regions table so that every table may refer to it; the reference capability maintains it
  regions: ['server/src/modules/reference/reference.repository.ts'],
};

/**
 * Writes tolerated outside their owner, for now: organizations, users and memberships move to one accounts capability
 * (its repository becomes their writer); shrink this list as each place moves, never grow it.
 */
export const ALLOWED_FOREIGN_WRITES = [
  { table: 'organizations', file: 'server/src/bootstrap.ts' }, // the first administrator's organization
  { table: 'users', file: 'server/src/bootstrap.ts' }, // the first administrator
  { table: 'organizations', file: 'server/src/modules/bodies/bodies.repository.ts' }, // a body's organization row
  { table: 'organizations', file: 'server/src/modules/intake/register-application.ts' }, // a new enterprise's row
  { table: 'users', file: 'server/src/modules/auth/auth.repository.ts' }, // password change
  { table: 'memberships', file: 'server/src/modules/admin/admin.repository.ts' }, // role grants
];

const SOURCE = /\.(ts|tsx|mjs|js)$/;
const NOT_CHECKED = /\.test\.ts$/;

function sources(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return SOURCE.test(entry.name) && !NOT_CHECKED.test(entry.name) ? [file] : [];
  });
}

const posix = (p) => p.split(path.sep).join('/');

/** Who may write the tables of a table file (repo-relative path): a test on a repo-relative writer path. */
function ownerOf(tableFile) {
  const module = /^server\/src\/modules\/([^/]+)\/[^/]+\.table\.ts$/.exec(tableFile);
  if (module) {
    const folder = `server/src/modules/${module[1]}/`;
    return {
      describe: `${folder}*.repository.ts`,
      allows: (file) => file.startsWith(folder) && /^[^/]+\.repository\.ts$/.test(file.slice(folder.length)),
    };
  }
  const folder = `${path.posix.dirname(tableFile)}/`;
  return {
    describe: folder,
    allows: (file) => file.startsWith(folder) && !file.slice(folder.length).includes('/'),
  };
}

/** Every table of the table files: its TypeScript name, SQL name and owner. */
function tablesOf(root, files) {
  const tables = [];
  for (const file of files.filter((f) => f.endsWith('.table.ts'))) {
    const rel = posix(path.relative(root, file));
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/export const (\w+) = pgTable\(\s*'([^']+)'/g)) {
      const explicit = OWNERS[m[2]];
      const owner = explicit ? { describe: explicit.join(', '), allows: (f) => explicit.includes(f) } : ownerOf(rel);
      tables.push({ name: m[1], sqlName: m[2], file: rel, owner });
    }
  }
  return tables;
}

/** The identifiers a file imports (as values) from table files, mapped to the table. */
function importedTables(root, file, text, tablesByFile) {
  const found = new Map();
  for (const m of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*'([^']+\.table\.js)'/g)) {
    if (m[1]) continue; // a type-only import writes nothing
    const target = posix(path.relative(root, path.resolve(path.dirname(file), m[3].replace(/\.js$/, '.ts'))));
    const tables = tablesByFile.get(target) ?? [];
    for (const spec of m[2].split(',')) {
      const [, isType, name, alias] = /^\s*(type\s+)?(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(spec) ?? [];
      if (!name || isType) continue;
      const table = tables.find((t) => t.name === name);
      if (table) found.set(alias ?? name, table);
    }
  }
  return found;
}

const lineOf = (text, index) => text.slice(0, index).split('\n').length;

/** Each `file:line: table (owner)` where a table is written outside its owner and the allow-list. */
export function tableWriterProblems(root) {
  const files = sources(path.join(root, 'server', 'src'));
  const tables = tablesOf(root, files);
  const tablesByFile = new Map();
  for (const t of tables) tablesByFile.set(t.file, [...(tablesByFile.get(t.file) ?? []), t]);
  const bySqlName = new Map(tables.map((t) => [t.sqlName, t]));
  const problems = [];
  const used = new Set();
  for (const file of files) {
    const rel = posix(path.relative(root, file));
    const text = fs.readFileSync(file, 'utf8');
    const imported = importedTables(root, file, text, tablesByFile);
    const writes = [];
    for (const m of text.matchAll(/\.(insert|update|delete)\(\s*(\w+)\s*\)/g)) {
      const table = imported.get(m[2]);
      if (table) writes.push({ table, index: m.index });
    }
    const raw = /\b(?:insert\s+into|delete\s+from|update)\s+(?:"(\w+)"|\$\{\s*(\w+)\s*\}|(\w+))(?=[\s(])/gi;
    for (const m of text.matchAll(raw)) {
      const isUpdate = /^update/i.test(m[0]);
      if (isUpdate && !/^\s+set\b/i.test(text.slice(m.index + m[0].length))) continue;
      const table = m[2] ? imported.get(m[2]) : bySqlName.get(m[1] ?? m[3]);
      if (table) writes.push({ table, index: m.index });
    }
    for (const { table, index } of writes) {
      if (table.owner.allows(rel)) continue;
      const allowed = ALLOWED_FOREIGN_WRITES.find((a) => a.table === table.sqlName && a.file === rel);
      if (allowed) {
        used.add(allowed);
        continue;
      }
      problems.push(`${rel}:${lineOf(text, index)}: ${table.sqlName} (written only by ${table.owner.describe})`);
    }
  }
  // an entry whose file no longer writes that table is removed from the list, so the list only shrinks
  for (const entry of ALLOWED_FOREIGN_WRITES) {
    if (!used.has(entry) && fs.existsSync(path.join(root, entry.file)))
      problems.push(`${entry.file}: no longer writes ${entry.table}; remove it from ALLOWED_FOREIGN_WRITES`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? '.';
  const problems = tableWriterProblems(root);
  for (const problem of problems) console.error(`${problem}  (call the owning capability's service instead)`);
  if (problems.length === 0) console.log('table writers: every table is written by its owner');
  process.exit(problems.length ? 1 : 0);
}
