/** The audit administrator reads the trail and verifies its chain; both reads are themselves audited (R19). */
import type { AuditPage, ChainVerification } from '../../../../contracts/audit.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import { verifyChain } from '../../platform/audit/trail.js';
import type { AppContext } from '../../platform/http/context.js';
import { auditEntriesPage } from './audit.repository.js';

export async function readAuditEntries(
  ctx: AppContext,
  actor: Actor,
  query: { page: number; pageSize: number; action?: string; objectId?: string },
): Promise<AuditPage> {
  const { page, pageSize, action, objectId } = query;
  const { rows, total } = await auditEntriesPage(
    ctx.database.db,
    { action, objectId },
    { limit: pageSize, offset: (page - 1) * pageSize },
  );
  // R19: reading the trail is itself audited (after the read, so the page shows the trail as it was)
  await auditDataAccess(ctx, actor, {
    action: 'audit.read_entries',
    objectType: 'audit_trail',
    objectId: 'entries',
    detail: { page, pageSize, action: action ?? null, objectId: objectId ?? null, returned: rows.length },
  });
  return { items: rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() })), total };
}

export async function verifyAuditChain(ctx: AppContext, actor: Actor): Promise<ChainVerification> {
  const result = await verifyChain(ctx.database.db, { anchors: await ctx.auditAnchors.readAll() });
  // after verifying: an entry written first would take the seq a truncated tail left free
  await auditDataAccess(ctx, actor, {
    action: 'audit.verify',
    objectType: 'audit_trail',
    objectId: 'chain',
    detail: { ok: result.ok, checked: result.checked, firstBroken: result.firstBroken ?? null },
  });
  return result;
}
