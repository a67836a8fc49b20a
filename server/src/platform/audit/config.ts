/** The audit key and anchor store from the environment (ADR 0019), for the server and the verifier. */
import path from 'node:path';
import type { Env } from '../config/env.js';
import { AuditConfigError, loadAuditKey, type AuditKey } from './key.js';
import { fileAnchorStore, type AnchorStore } from './anchors.js';

const DEFAULT_ANCHOR_FILE_NAME = 'audit-anchors.jsonl';

interface AuditSettings {
  key: AuditKey;
  anchors: AnchorStore;
  anchorIntervalMs: number;
}

/** `create`: the server may generate the demo key on first start; the verifier never does. */
export function auditSettingsFromEnv(env: Env, options: { create: boolean }): AuditSettings {
  const key = loadAuditKey(env, options); // first: without a key nothing else matters
  const production = Boolean(env.DATABASE_URL) && !env.UPLIFT_DEMO;
  if (production && !env.AUDIT_ANCHOR_FILE) {
    throw new AuditConfigError(
      '生产环境须配置审计锚点文件 / production (DATABASE_URL with UPLIFT_DEMO=0) needs AUDIT_ANCHOR_FILE, on storage the database role cannot write (see README, ADR 0019)',
    );
  }
  return {
    key,
    anchors: fileAnchorStore(env.AUDIT_ANCHOR_FILE ?? path.join(env.DATA_DIR, DEFAULT_ANCHOR_FILE_NAME)),
    anchorIntervalMs: env.AUDIT_ANCHOR_INTERVAL_SECONDS * 1000,
  };
}
