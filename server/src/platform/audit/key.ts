/**
 * The audit key (ADR 0019, R21): the HMAC key of the trail's hash chain lives outside the
 * database, so a role that can rewrite audit_trail rows still cannot recompute their hashes.
 *
 * Where it comes from, in this order: AUDIT_HMAC_KEY (hex or base64, at least 32 bytes), the file
 * named by AUDIT_HMAC_KEY_FILE, or — only for the embedded/demo set-up — a random key generated
 * once into DATA_DIR/audit-hmac.key. A production deployment (DATABASE_URL with UPLIFT_DEMO=0)
 * refuses to start without a configured key: a key generated next to the app would be lost with
 * the container and silently start a chain nobody can verify.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface AuditKey {
  secret: Buffer;
  /** A digest of the key, safe to print and store, to tell which key wrote an anchor. */
  fingerprint: string;
  source: 'AUDIT_HMAC_KEY' | 'AUDIT_HMAC_KEY_FILE' | 'generated' | 'DATA_DIR';
}

export const AUDIT_KEY_FILE_NAME = 'audit-hmac.key';
const MIN_KEY_BYTES = 32;

export class AuditConfigError extends Error {}

export function auditKeyFromText(text: string, source: AuditKey['source']): AuditKey {
  const trimmed = text.trim();
  const secret =
    /^[0-9a-f]+$/i.test(trimmed) && trimmed.length % 2 === 0
      ? Buffer.from(trimmed, 'hex')
      : Buffer.from(trimmed, 'base64');
  if (secret.length < MIN_KEY_BYTES) {
    throw new AuditConfigError(
      `审计密钥过短 / the audit key (${source}) must hold at least ${MIN_KEY_BYTES} bytes (64 hex characters)`,
    );
  }
  return { secret, fingerprint: createHash('sha256').update(secret).digest('hex').slice(0, 16), source };
}

interface AuditKeySettings {
  AUDIT_HMAC_KEY?: string;
  AUDIT_HMAC_KEY_FILE?: string;
  DATABASE_URL?: string;
  UPLIFT_DEMO: boolean;
  DATA_DIR: string;
}

/**
 * The configured key. `create: false` (the verifier) never generates one: verifying with a fresh
 * random key would only report every keyed entry as broken.
 */
export function loadAuditKey(env: AuditKeySettings, options: { create: boolean }): AuditKey {
  if (env.AUDIT_HMAC_KEY) return auditKeyFromText(env.AUDIT_HMAC_KEY, 'AUDIT_HMAC_KEY');
  if (env.AUDIT_HMAC_KEY_FILE) return auditKeyFromText(readKeyFile(env.AUDIT_HMAC_KEY_FILE), 'AUDIT_HMAC_KEY_FILE');
  if (env.DATABASE_URL && !env.UPLIFT_DEMO) {
    throw new AuditConfigError(
      '生产环境须配置审计密钥 / production (DATABASE_URL with UPLIFT_DEMO=0) needs AUDIT_HMAC_KEY or AUDIT_HMAC_KEY_FILE (see README, ADR 0019)',
    );
  }
  const file = path.resolve(env.DATA_DIR, AUDIT_KEY_FILE_NAME);
  if (fs.existsSync(file)) return auditKeyFromText(readKeyFile(file), 'DATA_DIR');
  if (!options.create)
    throw new AuditConfigError(
      `未找到审计密钥 / no audit key: set AUDIT_HMAC_KEY or AUDIT_HMAC_KEY_FILE (looked for ${file})`,
    );
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // 'wx': if another process created it a moment ago, fail rather than overwrite its key
  fs.writeFileSync(file, `${randomBytes(MIN_KEY_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return { ...auditKeyFromText(readKeyFile(file), 'generated') };
}

function readKeyFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AuditConfigError(
      `无法读取审计密钥文件 / cannot read the audit key file ${file}: ${(error as Error).message}`,
    );
  }
}

/**
 * The key the process writes with. It is process-wide like the rest of the configuration: every
 * audit append in every module uses it, so it is installed once at start-up rather than threaded
 * through each call.
 */
let installedKey: AuditKey | null = null;

export function installAuditKey(key: AuditKey): void {
  installedKey = key;
}

export function installedAuditKey(): AuditKey {
  // fail closed (R23): an entry that cannot be sealed is not written, and its change rolls back
  if (!installedKey)
    throw new AuditConfigError('审计密钥未加载 / no audit key installed: call installAuditKey at start-up');
  return installedKey;
}

export function hasInstalledAuditKey(): boolean {
  return installedKey !== null;
}
