// `node scripts/check-locales.mjs [dir]`: every locale catalog in the folder (default web/src/locales) must have
// the same key paths as zh-CN.json, the reference (Chinese first). Prints each missing or extra path and exits 1.
// A key whose value is an object in one catalog and a string in another counts as a difference too.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REFERENCE = 'zh-CN.json';

/** Every leaf key path of a catalog, as `a.b.c`. */
export function keyPaths(value, prefix = '') {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

/** The differences between the reference catalog and every other catalog in `dir`, as readable lines. */
export function localeProblems(dir) {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (!files.includes(REFERENCE)) return [`${path.join(dir, REFERENCE)} is missing`];
  const read = (file) => new Set(keyPaths(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))));
  const reference = read(REFERENCE);
  const problems = [];
  for (const file of files.filter((f) => f !== REFERENCE)) {
    const other = read(file);
    for (const key of reference)
      if (!other.has(key)) problems.push(`${file}: missing ${key} (present in ${REFERENCE})`);
    for (const key of other) if (!reference.has(key)) problems.push(`${file}: extra ${key} (absent from ${REFERENCE})`);
  }
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '../web/src/locales');
  const problems = localeProblems(dir);
  for (const line of problems) console.error(line);
  if (problems.length > 0) {
    console.error(`locales: ${problems.length} key path(s) differ`);
    process.exit(1);
  }
  console.log(`locales: ${fs.readdirSync(dir).filter((f) => f.endsWith('.json')).length} catalogs, same keys`);
}
