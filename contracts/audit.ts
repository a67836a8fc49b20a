/**
 * The audit trail (R19): the audit administrator reads it with names instead of ids, filters and exports it, and
 * verifies its hash chain; nothing else (三员). Every read, export and check is itself written to the trail.
 */
import { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, AUDIT_OUTCOMES } from '../domain/audit/actions.js';
import { defineContract } from './endpoint.js';
import { IsoDate, Uuid } from './shared.js';

export const AuditEntry = z
  .object({
    seq: z.number().int(),
    occurredAt: z.string(),
    actorUserId: z.string().nullable(),
    actorName: z.string().nullable().describe("the acting user's display name"),
    actorOrganizationId: z.string().nullable(),
    actorOrganizationName: z.string().nullable().describe('the organization the user acted for'),
    actorRole: z.string().nullable(),
    action: z.string().describe('a code of domain/audit/actions.ts'),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    objectName: z
      .string()
      .nullable()
      .describe('the object named for a reader (enterprise, campaign, user…), resolved when the page is read'),
    outcome: z.string(),
    beforeDigest: z.string().nullable(),
    afterDigest: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
    prevHash: z.string(),
    hash: z.string(),
    hashVersion: z.number().int().describe('ADR 0019: 1 legacy SHA-256, 2 HMAC-SM3'),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

/** The filters the list and the export share; `from`/`to` are calendar days in China Standard Time, both included. */
export const AuditFilterQuery = z.strictObject({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  actorUserId: Uuid.optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  objectType: z.enum(AUDIT_OBJECT_TYPES).optional(),
  objectId: z.string().max(64).optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
});
export type AuditFilterQuery = z.input<typeof AuditFilterQuery>;
export type AuditFilter = z.output<typeof AuditFilterQuery>;

export const AuditEntriesQuery = AuditFilterQuery.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditEntriesQuery = z.input<typeof AuditEntriesQuery>;

export const AuditPage = z.object({ items: z.array(AuditEntry), total: z.number().int() });
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditActor = z.object({
  userId: z.string(),
  name: z.string(),
  organizationName: z.string().nullable(),
});
export type AuditActor = z.infer<typeof AuditActor>;

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
    summary: 'Audit trail entries, newest first, filtered, with actor and object names',
    query: AuditEntriesQuery,
    answer: AuditPage,
    errors: ['AUDIT_PERIOD_REVERSED'],
  },
  actors: {
    method: 'GET',
    path: '/api/v1/audit/actors',
    permission: 'audit:read',
    summary: 'The users who appear in the trail as actors, for the actor filter',
    answer: z.object({ items: z.array(AuditActor) }),
    errors: [],
  },
  export: {
    method: 'GET',
    path: '/api/v1/audit/entries.xlsx',
    permission: 'audit:read',
    summary: 'Export the filtered entries to XLSX (streamed; the export is itself audited)',
    query: AuditFilterQuery,
    answer: 'file',
    errors: ['AUDIT_PERIOD_REVERSED'],
  },
  verify: {
    method: 'GET',
    path: '/api/v1/audit/verify',
    permission: 'audit:read',
    summary: 'Check the hash chain; names the first broken entry (audited)',
    answer: ChainVerification,
    errors: [],
  },
});
