/** The audit trail (R19): the audit administrator reads it and verifies its hash chain; nothing else (三员). */
import { z } from 'zod';
import { defineContract } from './endpoint.js';

export const AuditEntry = z
  .object({
    seq: z.number().int(),
    occurredAt: z.string(),
    actorUserId: z.string().nullable(),
    actorName: z.string().nullable(),
    actorRole: z.string().nullable(),
    action: z.string(),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    outcome: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditEntriesQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  action: z.string().max(64).optional(),
  objectId: z.string().max(64).optional(),
});
export type AuditEntriesQuery = z.input<typeof AuditEntriesQuery>;

export const AuditPage = z.object({ items: z.array(AuditEntry), total: z.number().int() });
export type AuditPage = z.infer<typeof AuditPage>;

export const ChainVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).optional(),
  missing: z
    .object({ fromSeq: z.number().int(), toSeq: z.number().int() })
    .optional()
    .describe('entries anchored outside the database but no longer in the table'),
  legacyEntries: z.number().int().optional(),
  anchorsChecked: z.number().int().optional(),
});
export type ChainVerification = z.infer<typeof ChainVerification>;

export const audit = defineContract('audit', {
  entries: {
    method: 'GET',
    path: '/api/v1/audit/entries',
    permission: 'audit:read',
    summary: 'Audit trail entries, newest first',
    query: AuditEntriesQuery,
    answer: AuditPage,
    errors: [],
  },
  verify: {
    method: 'GET',
    path: '/api/v1/audit/verify',
    permission: 'audit:read',
    summary: 'Check the hash chain; names the first broken entry',
    answer: ChainVerification,
    errors: [],
  },
});
