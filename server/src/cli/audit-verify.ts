/**
 * `npm run audit:verify`: checks the audit trail's hash chain of the configured database
 * (DATABASE_URL, else PGlite in DATA_DIR — stop the server first, PGlite allows one process)
 * and names the first broken entry. Exit code 0 = intact, 2 = broken.
 */
import path from 'node:path';
import { readEnv } from '../platform/config/env.js';
import { openDatabase } from '../platform/db/client.js';
import { verifyChain, type ChainVerification } from '../platform/audit/trail.js';

export function describeVerification(result: ChainVerification): string {
  if (result.ok) return `审计日志哈希链完整 / audit chain intact: ${result.checked} entries checked`;
  const broken = result.firstBroken!;
  return `审计日志哈希链断裂 / audit chain BROKEN at entry seq=${broken.seq} (${broken.reason}); ${result.checked} entries before it are intact`;
}

async function main(): Promise<void> {
  const env = readEnv();
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: path.resolve(env.DATA_DIR) });
  try {
    const result = await verifyChain(database.db);
    console.log(describeVerification(result));
    process.exitCode = result.ok ? 0 : 2;
  } finally {
    await database.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
