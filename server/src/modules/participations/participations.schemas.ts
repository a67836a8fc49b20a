import { z } from 'zod';
import { IsoDate } from '../../platform/http/iso-date-schema.js';
import { ALL_STAGES } from '../../../../domain/lifecycle/stages.js';
import { COMMANDS } from '../../../../domain/lifecycle/transitions.js';
import { EVALUATION_ITEMS } from '../../../../domain/evaluation/grade.js';
import { ROLES } from '../../../../domain/access/roles.js';
import { REVEAL_NOTE_MAX_LENGTH, REVEAL_REASONS } from '../../../../domain/privacy/reveal-reasons.js';

const StageEnum = z.enum(ALL_STAGES as [string, ...string[]]);

export const ParticipationListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  campaignId: z.string().uuid().optional(),
  regionCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional()
    .describe('only this region and below'),
  stage: StageEnum.optional(),
  industryCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .describe('certification category 01–39'),
  q: z.string().trim().max(60).optional().describe('enterprise name or credit code'),
});

export const ParticipationListItem = z.object({
  id: z.string().uuid(),
  stage: StageEnum,
  enterpriseName: z.string(),
  uscc: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  industryCode: z.string(),
  campaignId: z.string().uuid(),
  campaignName: z.string(),
  certificationBodyName: z.string().nullable(),
  updatedAt: z.string(),
});

export const ParticipationList = z.object({
  items: z.array(ParticipationListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const TimelineEntrySchema = z.object({
  stage: StageEnum,
  status: z.enum(['done', 'current', 'pending', 'skipped', 'not_reached']),
  enteredAt: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  reason: z.string().nullable(),
});

export const StageEventSchema = z.object({
  id: z.number().int(),
  command: z.string(),
  fromStage: z.string().nullable(),
  toStage: z.string(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  reason: z.string().nullable(),
  occurredAt: z.string(),
});

export const ParticipationDetail = z.object({
  id: z.string().uuid(),
  version: z.number().int().describe('send back with a transition (optimistic concurrency)'),
  stage: StageEnum,
  origin: z.string(),
  campaign: z.object({ id: z.string().uuid(), name: z.string(), year: z.number().int() }),
  enterprise: z.object({
    id: z.string().uuid(),
    name: z.string(),
    uscc: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    industryCode: z.string(),
    address: z.string().nullable(),
    legalRepresentative: z.string().nullable(),
    contactName: z.string().nullable().describe('masked'),
    contactPhone: z.string().nullable().describe('masked; reveal with POST …/contact/reveal'),
  }),
  certificationBody: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
  preferredBody: z
    .object({ id: z.string().uuid(), name: z.string() })
    .nullable()
    .describe('the body the enterprise asked for, if any'),
  experts: z.array(
    z.object({ userId: z.string().uuid(), displayName: z.string(), fromOn: z.string(), toOn: z.string().nullable() }),
  ),
  /** Who to call about the assistance: the working group of the current expert (seed 000 §一). */
  assistanceContact: z
    .object({
      groupName: z.string(),
      people: z.array(
        z.object({ displayName: z.string(), role: z.enum(['leader', 'manager']), phone: z.string().nullable() }),
      ),
    })
    .nullable(),
  milestones: z.object({
    operationStartedOn: z.string().nullable(),
    internalAuditOn: z.string().nullable(),
    managementReviewOn: z.string().nullable(),
    evaluationScore: z.number().int().nullable(),
    evaluationGrade: z.string().nullable(),
    certificateNumber: z.string().nullable(),
    certificateIssuedOn: z.string().nullable(),
  }),
  timeline: z.array(TimelineEntrySchema),
  events: z.array(StageEventSchema),
  availableCommands: z.array(z.enum(COMMANDS)).describe('commands the current role may try at this stage'),
  actingRole: z.enum(ROLES),
});
export type ParticipationDetailBody = z.infer<typeof ParticipationDetail>;

export const TransitionRequest = z.strictObject({
  command: z.enum(COMMANDS),
  version: z.number().int().min(1).describe('the version the user saw; a stale one gives 409 VERSION_CONFLICT'),
  reason: z.string().trim().max(500).optional(),
  certificationBodyId: z.string().uuid().optional(),
  expertUserIds: z.array(z.string().uuid()).max(5).optional(),
  operationStartedOn: IsoDate.optional(),
  internalAuditOn: IsoDate.optional(),
  managementReviewOn: IsoDate.optional(),
  targetsMet: z
    .array(z.boolean())
    .length(EVALUATION_ITEMS.length)
    .optional()
    .describe('Annex C: was each of the 9 items’ target met'),
  certificateNumber: z.string().trim().max(64).optional(),
  certificateIssuedOn: IsoDate.optional(),
  auditorUserIds: z
    .array(z.string().uuid())
    .max(10)
    .optional()
    .describe('certify: the audit team, people of the certifying body (required)'),
  decisionMakerUserIds: z
    .array(z.string().uuid())
    .max(10)
    .optional()
    .describe('certify: who makes the certification decision, people of the certifying body (required)'),
});
export type TransitionRequestBody = z.infer<typeof TransitionRequest>;

export const IdParams = z.strictObject({ id: z.string().uuid() });

/** R31: a reveal says why, from a fixed list (`other` needs a note). */
export const RevealRequest = z.strictObject({
  reason: z.enum(REVEAL_REASONS),
  note: z.string().trim().min(1).max(REVEAL_NOTE_MAX_LENGTH).optional(),
});
export type RevealRequestBody = z.infer<typeof RevealRequest>;

export const RevealedContact = z.object({ contactName: z.string().nullable(), contactPhone: z.string().nullable() });

export const AssignableExperts = z.object({
  items: z.array(
    z.object({
      userId: z.string().uuid(),
      displayName: z.string(),
      load: z.number().int(),
      capacity: z.number().int(),
      profile: z
        .object({
          categories: z.array(z.string()),
          homeRegionCode: z.string(),
          unavailable: z.array(z.object({ from: z.string(), to: z.string() })),
          conflicted: z.boolean().describe('a declared conflict with this enterprise is active today'),
        })
        .nullable()
        .describe('null: no profile yet (specialty unknown, a hard rule)'),
    }),
  ),
});

export const CertificationCandidates = z.object({
  items: z.array(
    z.object({
      userId: z.string().uuid(),
      displayName: z.string(),
      roles: z.array(z.string()).describe("the person's memberships in the certifying body"),
      barred: z
        .boolean()
        .describe('the impartiality register bars this person from this enterprise today (seed 000 §三)'),
      clearOn: z
        .string()
        .nullable()
        .describe('first day the person may take part again; null while the assistance lasts or when not barred'),
    }),
  ),
});
