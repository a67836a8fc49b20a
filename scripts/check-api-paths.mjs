// `node scripts/check-api-paths.mjs [dir]`: no web source file (default web/src) writes an API path; the paths are the
// contracts' (ADR 0031) and the one client (lib/api-client.ts) fills them in. Prints each `/api/` string and exits 1.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The only file that may mention the API's root: the client that reads the contracts. */
const CLIENT = path.join('lib', 'api-client.ts');
const API_LITERAL = /(['"`])\/api\//;

function sources(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /\.(ts|tsx)$/.test(entry.name) ? [file] : [];
  });
}

/** Each `file:line: text` where a web source writes an API path. */
export function apiPathProblems(dir) {
  return sources(dir)
    .filter((file) => path.relative(dir, file) !== CLIENT)
    .flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (API_LITERAL.test(line) ? [`${path.relative(dir, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'web/src';
  const problems = apiPathProblems(dir);
  for (const problem of problems) console.error(`${problem}  (call the endpoint of contracts/ through lib/api-client)`);
  if (problems.length === 0) console.log(`api paths: none written in ${dir} outside ${CLIENT}`);
  process.exit(problems.length ? 1 : 0);
}
