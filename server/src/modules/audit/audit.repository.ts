/** The audit trail's reads for its administrator (platform/audit/trail.ts is its only writer). */
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { auditTrail } from '../../platform/audit/audit-trail.table.js';
import { users } from '../../platform/auth/identity.table.js';

interface AuditFilter {
  action?: string;
  objectId?: string;
}

function whereOf(filter: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditTrail.action, filter.action));
  if (filter.objectId) conditions.push(eq(auditTrail.objectId, filter.objectId));
  return conditions.length ? and(...conditions) : undefined;
}

/** One page of entries, newest first, with the acting user's name, and how many match in all. */
export async function auditEntriesPage(db: Executor, filter: AuditFilter, page: { limit: number; offset: number }) {
  const where = whereOf(filter);
  const [rows, [total]] = await Promise.all([
    db
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
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(auditTrail).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
