/** The audit trail as the audit administrator reads it: a page of entries with the actor's name (R19). */
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { auditTrail } from '../../platform/audit/audit-trail.table.js';
import { users } from '../../platform/auth/identity.table.js';

export interface AuditEntriesQuery {
  page: number;
  pageSize: number;
  action?: string | undefined;
  objectId?: string | undefined;
}

/** Newest first; `total` counts every entry the filters match. */
export async function readAuditEntries(executor: Executor, query: AuditEntriesQuery) {
  const { page, pageSize, action, objectId } = query;
  const conditions: SQL[] = [];
  if (action) conditions.push(eq(auditTrail.action, action));
  if (objectId) conditions.push(eq(auditTrail.objectId, objectId));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    executor
      .select({
        seq: auditTrail.seq,
        occurredAt: auditTrail.occurredAt,
        actorUserId: auditTrail.actorUserId,
        actorName: users.displayName,
        actorRole: auditTrail.actorRole,
        action: auditTrail.action,
        objectType: auditTrail.objectType,
        objectId: auditTrail.objectId,
        outcome: auditTrail.outcome,
        hash: auditTrail.hash,
      })
      .from(auditTrail)
      .leftJoin(users, eq(users.id, auditTrail.actorUserId))
      .where(where)
      .orderBy(desc(auditTrail.seq))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    executor.select({ n: count() }).from(auditTrail).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
