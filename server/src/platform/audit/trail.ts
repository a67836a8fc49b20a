/**
 * The hash-chained audit trail (R21, ADR 0003, ADR 0019). Each entry's hash covers its own fields
 * and the previous entry's hash, so changing, removing or reordering any row breaks the chain from
 * there on. Since ADR 0019 the hash is an HMAC with a key kept outside the database, so a database
 * owner cannot recompute the chain after an edit, and anchors outside the database (anchors.ts)
 * reveal a deleted tail. Appends are serialised with a transaction-scoped advisory lock, so
 * concurrent app servers on one PostgreSQL still build a single chain.
 */
import { createHash, createHmac } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { auditTrail } from './audit-trail.table.js';
import { canonicalJson } from './canonical-json.js';
import { installedAuditKey, hasInstalledAuditKey, type AuditKey } from './key.js';
import { anchorMac, type Anchor } from './anchors.js';
import type { AuditAction, AuditObjectType, AuditOutcome } from '../../../../domain/audit/actions.js';

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_LOCK_KEY = 7_340_021; // arbitrary, fixed: the advisory lock that orders trail appends

export interface AuditActor {
  userId: string | null;
  organizationId: string | null;
  role: string | null;
}

interface AuditEntryInput {
  actor: AuditActor | null;
  /** domain/audit/actions.ts lists every action, so each has a label for the reader. */
  action: AuditAction;
  objectType?: AuditObjectType;
  objectId?: string;
  outcome: AuditOutcome;
  /** The object before and after; only their digests are stored. */
  before?: unknown;
  after?: unknown;
  detail?: Record<string, unknown>;
}

function digest(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

interface HashedFields {
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorOrganizationId: string | null;
  actorRole: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: string;
  beforeDigest: string | null;
  afterDigest: string | null;
  detail: Record<string, unknown>;
  prevHash: string;
}

/** ADR 0019: how an entry's hash was made. */
const HASH_VERSION = { legacy: 1, keyed: 2 } as const;

/** Version 1, rows written before the key existed: SHA-256 of the canonical fields, no key. */
export function entryHash(fields: HashedFields): string {
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

/** Version 2: HMAC-SM3 (GB/T 39786 log integrity; R21) over the canonical fields and the version itself. */
export function keyedEntryHash(key: AuditKey, fields: HashedFields): string {
  return createHmac('sm3', key.secret)
    .update(canonicalJson({ ...fields, hashVersion: HASH_VERSION.keyed }))
    .digest('hex');
}

/** Appends one entry. Call it inside the transaction that makes the change, so both commit or neither. */
export async function appendAudit(executor: Executor, at: Date, input: AuditEntryInput): Promise<void> {
  const key = installedAuditKey(); // before the lock: no key, no entry, and the change rolls back
  const write = async (tx: Executor) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
    const [last] = await tx
      .select({ seq: auditTrail.seq, hash: auditTrail.hash })
      .from(auditTrail)
      .orderBy(desc(auditTrail.seq))
      .limit(1);
    const fields: HashedFields = {
      seq: (last?.seq ?? 0) + 1,
      occurredAt: at,
      actorUserId: input.actor?.userId ?? null,
      actorOrganizationId: input.actor?.organizationId ?? null,
      actorRole: input.actor?.role ?? null,
      action: input.action,
      objectType: input.objectType ?? null,
      objectId: input.objectId ?? null,
      outcome: input.outcome,
      beforeDigest: digest(input.before),
      afterDigest: digest(input.after),
      detail: input.detail ?? {},
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    await tx
      .insert(auditTrail)
      .values({ ...fields, hash: keyedEntryHash(key, fields), hashVersion: HASH_VERSION.keyed });
  };
  // The advisory lock is transaction-scoped: outside a transaction, open one.
  if ('rollback' in executor) await write(executor);
  else await executor.transaction(write);
}

type BreakReason =
  | 'hash_mismatch' // the row's fields do not give its hash (edited, or hashed with another key or rule)
  | 'prev_hash_mismatch' // the row does not follow its predecessor
  | 'sequence_gap' // a row is missing in the middle
  | 'legacy_after_keyed' // an unkeyed row after the first keyed one: a chain recomputed without the key
  | 'unknown_hash_version'
  | 'anchor_mismatch' // the row's hash is not the one the anchor outside the database recorded: the chain was rewritten
  | 'truncated' // anchors name entries beyond the last row: the newest entries were deleted
  | 'anchor_invalid'; // an anchor whose MAC does not match this key (a forged anchor, or the wrong key)

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: number; reason: BreakReason };
  /** With 'truncated': the entries the anchors prove existed; more may have followed the last anchor. */
  missing?: { fromSeq: number; toSeq: number };
  /** Legacy (unkeyed) entries at the start of the chain, sealed by the first keyed entry after them. */
  legacyEntries?: number;
  /** How many anchors were compared with the chain (absent when none were given). */
  anchorsChecked?: number;
}

interface VerifyOptions {
  /** Default: the key installed at start-up. Without a key only legacy entries can be checked. */
  key?: AuditKey | null;
  /** The anchors written outside the database; without them tail truncation cannot be seen. */
  anchors?: readonly Anchor[];
  batchSize?: number;
}

/**
 * Walks the whole chain in order and names the first entry that does not fit, then compares the
 * anchors' heads with what the table still holds.
 */
export async function verifyChain(
  executor: Executor,
  options: VerifyOptions | number = {},
): Promise<ChainVerification> {
  const {
    key = hasInstalledAuditKey() ? installedAuditKey() : null,
    anchors,
    batchSize = 2000,
  } = typeof options === 'number' ? { batchSize: options } : options;
  const anchoredHash = new Map<number, string>();
  let highestAnchored = 0;
  let invalidAnchor: Anchor | undefined;
  for (const anchor of anchors ?? []) {
    if (!key || anchorMac(key, anchor) !== anchor.mac) {
      invalidAnchor ??= anchor;
      continue;
    }
    anchoredHash.set(anchor.seq, anchor.hash);
    highestAnchored = Math.max(highestAnchored, anchor.seq);
  }
  const extras = (legacy: number) => ({
    ...(legacy > 0 ? { legacyEntries: legacy } : {}),
    ...(anchors ? { anchorsChecked: anchors.length } : {}),
  });

  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let legacy = 0;
  let keyedSeen = false;
  const broken = (seq: number, reason: BreakReason): ChainVerification => ({
    ok: false,
    checked,
    firstBroken: { seq, reason },
    ...extras(legacy),
  });
  for (;;) {
    const rows = await executor
      .select()
      .from(auditTrail)
      .where(gt(auditTrail.seq, expectedSeq - 1))
      .orderBy(asc(auditTrail.seq))
      .limit(batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.seq !== expectedSeq) return broken(expectedSeq, 'sequence_gap');
      if (row.prevHash !== prevHash) return broken(row.seq, 'prev_hash_mismatch');
      const { hash, hashVersion, ...fields } = row;
      if (hashVersion === HASH_VERSION.legacy) {
        if (keyedSeen) return broken(row.seq, 'legacy_after_keyed');
        if (entryHash(fields) !== hash) return broken(row.seq, 'hash_mismatch');
        legacy++;
      } else if (hashVersion === HASH_VERSION.keyed) {
        if (!key || keyedEntryHash(key, fields) !== hash) return broken(row.seq, 'hash_mismatch');
        keyedSeen = true;
      } else {
        return broken(row.seq, 'unknown_hash_version');
      }
      const anchored = anchoredHash.get(row.seq);
      if (anchored !== undefined && anchored !== hash) return broken(row.seq, 'anchor_mismatch');
      prevHash = hash;
      expectedSeq++;
      checked++;
    }
  }
  const lastSeq = expectedSeq - 1;
  if (highestAnchored > lastSeq) {
    return { ...broken(lastSeq + 1, 'truncated'), missing: { fromSeq: lastSeq + 1, toSeq: highestAnchored } };
  }
  if (invalidAnchor) return broken(invalidAnchor.seq, 'anchor_invalid');
  return { ok: true, checked, ...extras(legacy) };
}
