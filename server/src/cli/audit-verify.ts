/**
 * `npm run audit:verify`: checks the audit trail of the configured database (DATABASE_URL, else
 * PGlite in DATA_DIR — stop the server first, PGlite allows one process) with the audit key and
 * the anchors outside the database (ADR 0019), and names the first broken entry or the missing
 * range. Exit code 0 = intact, 2 = broken, 1 = cannot verify (no key, unreadable anchors).
 */
import path from 'node:path';
import { readEnv } from '../platform/config/env.js';
import { openDatabase } from '../platform/db/client.js';
import { verifyChain, type ChainVerification } from '../platform/audit/trail.js';
import { auditSettingsFromEnv } from '../platform/audit/config.js';

export function describeVerification(result: ChainVerification): string {
  const anchors = result.anchorsChecked === undefined ? '' : `; ${result.anchorsChecked} anchors compared`;
  const legacy = result.legacyEntries ? `; ${result.legacyEntries} legacy (unkeyed) entries at the start` : '';
  if (result.ok) return `审计日志哈希链完整 / audit chain intact: ${result.checked} entries checked${legacy}${anchors}`;
  const broken = result.firstBroken!;
  if (result.missing) {
    return `审计日志末尾被删除 / audit chain TRUNCATED: entries seq=${result.missing.fromSeq}..${result.missing.toSeq} are missing (anchored outside the database, no longer in the table); ${result.checked} entries before them are intact${anchors}`;
  }
  return `审计日志哈希链断裂 / audit chain BROKEN at entry seq=${broken.seq} (${broken.reason}); ${result.checked} entries before it are intact${legacy}${anchors}`;
}

/** Verifies the database and anchors named by the environment; returns the exit code and the report. */
export async function runAuditVerify(
  source: NodeJS.ProcessEnv = process.env,
): Promise<{ exitCode: number; report: string; result: ChainVerification }> {
  const env = readEnv(source);
  const audit = auditSettingsFromEnv(env, { create: false });
  const anchors = await audit.anchors.readAll();
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: path.resolve(env.DATA_DIR) });
  try {
    const result = await verifyChain(database.db, { key: audit.key, anchors });
    return { exitCode: result.ok ? 0 : 2, report: describeVerification(result), result };
  } finally {
    await database.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  runAuditVerify()
    .then(({ exitCode, report }) => {
      console.log(report);
      process.exitCode = exitCode;
    })
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
