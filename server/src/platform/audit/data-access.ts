/**
 * R19, R32: exports and downloads of personal data, and reads of the trail itself, are audited.
 * The entry is written before the data leaves (fail closed, R23): no entry, no download.
 */
import type { AppContext } from '../http/context.js';
import type { Actor } from '../auth/session-store.js';
import { appendAudit } from './trail.js';
import type { AuditAction, AuditObjectType } from '../../../../domain/audit/actions.js';

interface DataAccess {
  /** e.g. 'roster.export', 'file.download', 'audit.read_entries' */
  action: AuditAction;
  objectType: AuditObjectType;
  objectId: string;
  /** What was taken: filters, version, page — never the personal data itself. */
  detail?: Record<string, unknown>;
}

export async function auditDataAccess(ctx: AppContext, actor: Actor, access: DataAccess): Promise<void> {
  await appendAudit(ctx.database.db, ctx.clock.now(), {
    actor: { userId: actor.userId, organizationId: actor.organizationId, role: actor.role },
    outcome: 'success',
    ...access,
  });
}
