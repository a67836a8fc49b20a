/**
 * The hash-chained audit trail (R21, issue 2). Each entry's hash covers its own fields and the
 * previous entry's hash, so changing, removing or reordering any row breaks the chain from there
 * on. Appends are serialised with a transaction-scoped advisory lock, so concurrent app servers
 * on one PostgreSQL still build a single chain.
 */
import { createHash } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { auditTrail } from '../db/schema.js';
import { canonicalJson } from './canonical-json.js';

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_LOCK_KEY = 7_340_021; // arbitrary, fixed: the advisory lock that orders trail appends

export type AuditOutcome = 'success' | 'failure' | 'denied';

export interface AuditActor {
  userId: string | null;
  organizationId: string | null;
  role: string | null;
}

export interface AuditEntryInput {
  actor: AuditActor | null;
  action: string;
  objectType?: string;
  objectId?: string;
  outcome: AuditOutcome;
  /** The object before and after; only their digests are stored. */
  before?: unknown;
  after?: unknown;
  detail?: Record<string, unknown>;
}

export function digest(value: unknown): string | null {
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

export function entryHash(fields: HashedFields): string {
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

/** Appends one entry. Call it inside the transaction that makes the change, so both commit or neither. */
export async function appendAudit(executor: Executor, at: Date, input: AuditEntryInput): Promise<void> {
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
    await tx.insert(auditTrail).values({ ...fields, hash: entryHash(fields) });
  };
  // The advisory lock is transaction-scoped: outside a transaction, open one.
  if ('rollback' in executor) await write(executor);
  else await executor.transaction(write);
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: number; reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap' };
}

/** Walks the whole chain in order and names the first entry that does not fit. */
export async function verifyChain(executor: Executor, batchSize = 2000): Promise<ChainVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await executor
      .select()
      .from(auditTrail)
      .where(gt(auditTrail.seq, expectedSeq - 1))
      .orderBy(asc(auditTrail.seq))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.seq !== expectedSeq) return { ok: false, checked, firstBroken: { seq: expectedSeq, reason: 'sequence_gap' } };
      if (row.prevHash !== prevHash) return { ok: false, checked, firstBroken: { seq: row.seq, reason: 'prev_hash_mismatch' } };
      const { hash, ...fields } = row;
      if (entryHash(fields) !== hash) return { ok: false, checked, firstBroken: { seq: row.seq, reason: 'hash_mismatch' } };
      prevHash = hash;
      expectedSeq++;
      checked++;
    }
  }
}
