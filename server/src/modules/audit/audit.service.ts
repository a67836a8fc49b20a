/** The audit administrator reads, exports and verifies the trail; each of these is itself audited (R19). */
import type { PassThrough } from 'node:stream';
import type { AuditActor, AuditEntry, AuditFilter, AuditPage, ChainVerification } from '../../../../contracts/audit.js';
import { auditPeriod } from '../../../../domain/audit/period.js';
import type { Locale } from '../../../../domain/errors/codes.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import { verifyChain } from '../../platform/audit/trail.js';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/http/app-error.js';
import { streamAuditWorkbook } from './audit-export.js';
import {
  type AuditFilter as RowFilter,
  type AuditRow,
  auditActors,
  auditEntriesBefore,
  auditEntriesPage,
  objectNames,
} from './audit.repository.js';

function rowFilter(filter: AuditFilter): RowFilter {
  const period = auditPeriod(filter.from, filter.to);
  if (!period) throw new AppError('AUDIT_PERIOD_REVERSED', { field: 'from' });
  const { from: _from, to: _to, ...rest } = filter;
  return { period, ...rest };
}

/** The filters as the entry records them: only those given. */
function filterDetail(filter: AuditFilter): Record<string, string> {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

function toEntry(row: AuditRow, names: Map<string, string>): AuditEntry {
  return {
    ...row,
    occurredAt: row.occurredAt.toISOString(),
    objectName: (row.objectType && row.objectId && names.get(`${row.objectType}:${row.objectId}`)) || null,
  };
}

export async function readAuditEntries(
  ctx: AppContext,
  actor: Actor,
  query: AuditFilter & { page: number; pageSize: number },
): Promise<AuditPage> {
  const { page, pageSize, ...filter } = query;
  const { db } = ctx.database;
  const { rows, total } = await auditEntriesPage(db, rowFilter(filter), {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const names = await objectNames(db, rows);
  // R19: reading the trail is itself audited (after the read, so the page shows the trail as it was)
  await auditDataAccess(ctx, actor, {
    action: 'audit.read_entries',
    objectType: 'audit_trail',
    objectId: 'entries',
    detail: { page, pageSize, ...filterDetail(filter), returned: rows.length },
  });
  return { items: rows.map((r) => toEntry(r, names)), total };
}

export async function readAuditActors(ctx: AppContext): Promise<{ items: AuditActor[] }> {
  return { items: await auditActors(ctx.database.db) };
}

/** R19, R32: the export is written to the trail (with its filters) before the first row leaves (fail closed). */
export async function exportAuditEntries(
  ctx: AppContext,
  actor: Actor,
  filter: AuditFilter,
  options: { locale: Locale; onError: (error: unknown) => void },
): Promise<{ fileName: string; stream: PassThrough }> {
  const rows = rowFilter(filter);
  const { db } = ctx.database;
  await auditDataAccess(ctx, actor, {
    action: 'audit.export',
    objectType: 'audit_trail',
    objectId: 'entries',
    detail: { filters: filterDetail(filter) },
  });
  const stream = streamAuditWorkbook({
    locale: options.locale,
    nextPage: (before, limit) => auditEntriesBefore(db, rows, before, limit),
    names: (page) => objectNames(db, page),
    onError: options.onError,
  });
  const day = ctx.clock.now().toISOString().slice(0, 10);
  return { fileName: `${options.locale === 'en-US' ? 'audit-log' : '审计日志'}-${day}.xlsx`, stream };
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
