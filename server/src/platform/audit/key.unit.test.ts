/** ADR 0019: where the audit key comes from, and that production refuses to start without one. */
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AUDIT_KEY_FILE_NAME, AuditConfigError, auditKeyFromText, loadAuditKey } from './key.js';
import { auditSettingsFromEnv } from './config.js';
import { readEnv } from '../config/env.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-key-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('loadAuditKey', () => {
  it('takes AUDIT_HMAC_KEY in hex or base64 and refuses a short key', () => {
    expect(auditKeyFromText('ab'.repeat(32), 'AUDIT_HMAC_KEY').secret).toHaveLength(32);
    expect(auditKeyFromText(Buffer.alloc(48, 7).toString('base64'), 'AUDIT_HMAC_KEY').secret).toHaveLength(48);
    expect(() => auditKeyFromText('ab'.repeat(31), 'AUDIT_HMAC_KEY')).toThrow(AuditConfigError);
  });

  it('refuses production (DATABASE_URL, no demo) without a configured key', () => {
    const env = { DATABASE_URL: 'postgres://app@db/uplift', UPLIFT_DEMO: false, DATA_DIR: tempDir() };
    expect(() => loadAuditKey(env, { create: true })).toThrow(/AUDIT_HMAC_KEY/);
    expect(fs.readdirSync(env.DATA_DIR)).toEqual([]); // and generated nothing
  });

  it('refuses production without an anchor file even with a key', () => {
    const env = readEnv({
      DATABASE_URL: 'postgres://app@db/uplift',
      UPLIFT_DEMO: '0',
      AUDIT_HMAC_KEY: 'ab'.repeat(32),
      DATA_DIR: tempDir(),
    });
    expect(() => auditSettingsFromEnv(env, { create: true })).toThrow(/AUDIT_ANCHOR_FILE/);
  });

  it('generates the demo key once into DATA_DIR and reuses it; the verifier never generates one', () => {
    const env = { UPLIFT_DEMO: true, DATA_DIR: tempDir() };
    expect(() => loadAuditKey(env, { create: false })).toThrow(AuditConfigError);
    const first = loadAuditKey(env, { create: true });
    expect(first.source).toBe('generated');
    expect(fs.statSync(path.join(env.DATA_DIR, AUDIT_KEY_FILE_NAME)).mode & 0o077).toBe(0);
    const again = loadAuditKey(env, { create: true });
    expect(again.source).toBe('DATA_DIR');
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(loadAuditKey(env, { create: false }).fingerprint).toBe(first.fingerprint);
  });

  it('prefers the configured key over a file in DATA_DIR', () => {
    const env = { UPLIFT_DEMO: true, DATA_DIR: tempDir() };
    loadAuditKey(env, { create: true });
    const keyFile = path.join(tempDir(), 'k');
    fs.writeFileSync(keyFile, 'cd'.repeat(32));
    expect(loadAuditKey({ ...env, AUDIT_HMAC_KEY_FILE: keyFile }, { create: true }).fingerprint).toBe(
      auditKeyFromText('cd'.repeat(32), 'AUDIT_HMAC_KEY').fingerprint,
    );
  });
});
