// `npm run hooks:install`: a git pre-commit hook that checks the staged files with Biome (format and lint) and the
// locale catalogs' keys before each commit. The hooks folder comes from git, so this works in a worktree too (where
// .git is a file); a hook that this script did not write is kept unless `--force` is given.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const MARK = '# uplift pre-commit (npm run hooks:install)';
export const PRE_COMMIT = `#!/bin/sh
${MARK}
cd "$(git rev-parse --show-toplevel)" || exit 1
./node_modules/.bin/biome check --staged --no-errors-on-unmatched --error-on-warnings || {
  echo "pre-commit: fix the findings above (npm run lint -- --write applies the safe fixes), or commit with --no-verify" >&2
  exit 1
}
node scripts/check-locales.mjs || exit 1
`;

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
// relative to the current folder in a plain clone, absolute (the common .git/hooks) in a worktree
const hooksDir = path.resolve(git('rev-parse', '--git-path', 'hooks'));
const hook = path.join(hooksDir, 'pre-commit');
if (fs.existsSync(hook) && !fs.readFileSync(hook, 'utf8').includes(MARK) && !process.argv.includes('--force')) {
  console.error(`${hook} exists and was not written by this script; keep it, or run with --force to replace it`);
  process.exit(1);
}
fs.mkdirSync(hooksDir, { recursive: true });
fs.writeFileSync(hook, PRE_COMMIT, { mode: 0o755 });
fs.chmodSync(hook, 0o755);
console.log(`pre-commit hook installed: ${hook}`);
