/**
 * Impartiality (seed 000 §三; ADR 0013, 0018): the register check a certification body asks before appointing
 * auditors or decision makers, and the report of conflicts found, appointments refused and hard rules overridden.
 */
import { z } from 'zod';
import { defineContract } from './endpoint.js';
import { Uuid } from './shared.js';

export const ImpartialityCheckRequest = z.strictObject({
  enterpriseId: Uuid,
  userIds: z.array(Uuid).min(1).max(20).describe('the proposed auditors, audit-team members or decision makers'),
});
export type ImpartialityCheckRequest = z.output<typeof ImpartialityCheckRequest>;

export const ImpartialityCheck = z.object({
  allowed: z.boolean(),
  conflicts: z.array(
    z.object({
      userId: Uuid,
      fromOn: z.string(),
      toOn: z.string().nullable(),
      clearOn: z.string().nullable().describe('first day the person may take part; null while the assistance lasts'),
    }),
  ),
});

export const FINDING_KINDS = ['found', 'refused', 'overridden'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const ImpartialityFinding = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  kind: z.enum(FINDING_KINDS),
  rule: z.string().describe('COOLING_OFF, or the hard matching rule overridden'),
  ruleMessage: z.string().describe("the rule in the caller's language"),
  enterprise: z.object({ id: Uuid, name: z.string() }),
  person: z.object({ userId: Uuid, displayName: z.string() }),
  campaignName: z.string().nullable(),
  bodyName: z.string().nullable(),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
});
export type ImpartialityFinding = z.output<typeof ImpartialityFinding>;

export const ImpartialityFindingList = z.object({ items: z.array(ImpartialityFinding) });
export type ImpartialityFindingList = z.output<typeof ImpartialityFindingList>;

export const impartiality = defineContract('impartiality', {
  check: {
    method: 'POST',
    path: '/api/v1/impartiality/check',
    permission: 'impartiality:check',
    summary: 'May these people audit or decide on this enterprise today?',
    body: ImpartialityCheckRequest,
    answer: ImpartialityCheck,
    errors: ['NOT_FOUND'],
  },
  findings: {
    method: 'GET',
    path: '/api/v1/impartiality/findings',
    permission: 'impartiality:report',
    summary: 'Every impartiality conflict found, appointment refused, or hard matching rule overridden with its reason',
    query: z.strictObject({ campaignId: Uuid.optional() }),
    answer: ImpartialityFindingList,
    errors: [],
  },
});
