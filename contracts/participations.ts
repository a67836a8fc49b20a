/**
 * Participations (一企一档, 003 §6.3): the list in the caller's scope (R12–R13), one participation with its lifecycle
 * timeline, the stage commands (ADR 0006), the people a command may name, and the audited contact reveal (008 R31).
 */
import { z } from 'zod';
import { ROLES } from '../domain/access/roles.js';
import { ALL_STAGES } from '../domain/lifecycle/stages.js';
import { TIMELINE_RECORD_KINDS } from '../domain/lifecycle/timeline.js';
import { OVERDUE_FLAGS } from '../domain/implementation/implementation.js';
import { COMMANDS } from '../domain/lifecycle/transitions.js';
import { GRADES } from '../domain/evaluation/annex-c.js';
import { REVEAL_NOTE_MAX_LENGTH, REVEAL_REASONS } from '../domain/privacy/reveal-reasons.js';
import { defineContract } from './endpoint.js';
import { IdParams, IndustryCode, IsoDate, PageQuery, RegionCode, Uuid, pageOf } from './shared.js';

const StageEnum = z.enum(ALL_STAGES as [string, ...string[]]);

/** The size classes a participation records (participations.size_class). */
export const PARTICIPATION_SIZES = ['micro', 'small', 'medium', 'large', 'not_applicable'] as const;

/** The participation list's filters; the roster export reads the same ones (contracts/rosters.ts). */
export const ParticipationFilterQuery = z.strictObject({
  campaignId: Uuid.optional(),
  regionCode: RegionCode.optional().describe('only this region and below'),
  stage: StageEnum.optional(),
  industryCode: IndustryCode.optional().describe('certification category 01–39'),
  q: z.string().trim().max(60).optional().describe('enterprise name or credit code'),
  // the dashboard's drill-downs (contracts/dashboard.ts): every figure is one of these filters
  reached: StageEnum.optional().describe('at this stage or further along the main path (selected: holding a place)'),
  bodyId: Uuid.optional().describe('the assisting certification body'),
  size: z.enum(PARTICIPATION_SIZES).optional().describe('size class at application (2017 rule)'),
  grade: z.enum(GRADES).optional().describe('the evaluation grade'),
  trainedIn: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .describe('attended a training session held in this month (YYYY-MM)'),
});
export type ParticipationFilters = z.output<typeof ParticipationFilterQuery>;

export const ParticipationListQuery = z.strictObject({ ...PageQuery.shape, ...ParticipationFilterQuery.shape });
export type ParticipationListQuery = z.output<typeof ParticipationListQuery>;

export const ParticipationListItem = z
  .object({
    id: Uuid,
    stage: StageEnum,
    enterpriseName: z.string(),
    uscc: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    industryCode: z.string(),
    campaignId: Uuid,
    campaignName: z.string(),
    certificationBodyName: z.string().nullable(),
    updatedAt: z.string(),
    overdue: z.array(z.enum(OVERDUE_FLAGS)).describe('implementation items past due (003 §6.8.1)'),
  })
  .meta({ id: 'ParticipationListItem' });
export type ParticipationListItem = z.output<typeof ParticipationListItem>;

export const ParticipationList = pageOf(ParticipationListItem).extend({
  totalIsEstimate: z
    .boolean()
    .describe(
      "true when the total is the database planner's estimate: past a few thousand rows it is not counted (ADR 0038)",
    ),
});
export type ParticipationList = z.output<typeof ParticipationList>;

export const TimelineEntry = z.object({
  stage: StageEnum,
  status: z.enum(['done', 'current', 'pending', 'skipped', 'not_reached']),
  enteredAt: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  reason: z.string().nullable(),
});

/** A record of the 一企一档 timeline besides the stages (domain/lifecycle/timeline.ts TimelineRecord). */
export const TimelineRecord = z.object({
  kind: z.enum(TIMELINE_RECORD_KINDS),
  on: z.string().describe('the record’s own date'),
  at: z.string().describe('when it was recorded'),
  labelKey: z.string().nullable().describe('a catalog key naming the record further'),
  text: z.string().describe('the person’s own text'),
  section: z.string().describe('the part of the page that holds it'),
});

export const StageEvent = z.object({
  id: z.number().int(),
  command: z.string(),
  fromStage: z.string().nullable(),
  toStage: z.string(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  reason: z.string().nullable(),
  occurredAt: z.string(),
});

export const ParticipationDetail = z
  .object({
    id: Uuid,
    version: z.number().int().describe('send back with a transition (optimistic concurrency)'),
    stage: StageEnum,
    origin: z.string(),
    campaign: z.object({ id: Uuid, name: z.string(), year: z.number().int() }),
    enterprise: z.object({
      id: Uuid,
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
    referenceNumber: z.string().nullable().describe('申请编号 given to the applicant (SQ-<year>-<serial>)'),
    certificationBody: z.object({ id: Uuid, name: z.string() }).nullable(),
    preferredBody: z
      .object({ id: Uuid, name: z.string() })
      .nullable()
      .describe('the body the enterprise asked for, if any'),
    experts: z.array(
      z.object({ userId: Uuid, displayName: z.string(), fromOn: z.string(), toOn: z.string().nullable() }),
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
    timeline: z.array(TimelineEntry),
    records: z.array(TimelineRecord).describe('every implementation record, newest first'),
    events: z.array(StageEvent),
    availableCommands: z.array(z.enum(COMMANDS)).describe('commands the current role may try at this stage'),
    actingRole: z.enum(ROLES),
  })
  .meta({ id: 'ParticipationDetail' });
export type ParticipationDetail = z.output<typeof ParticipationDetail>;

export const TransitionRequest = z.strictObject({
  command: z.enum(COMMANDS),
  version: z.number().int().min(1).describe('the version the user saw; a stale one gives 409 VERSION_CONFLICT'),
  reason: z.string().trim().max(500).optional(),
  certificationBodyId: Uuid.optional(),
  expertUserIds: z.array(Uuid).max(5).optional(),
  operationStartedOn: IsoDate.optional(),
  internalAuditOn: IsoDate.optional(),
  managementReviewOn: IsoDate.optional(),
  certificateNumber: z.string().trim().max(64).optional(),
  certificateIssuedOn: IsoDate.optional(),
  certificateScope: z
    .string()
    .trim()
    .max(500)
    .optional()
    .describe("certify: the certificate's scope (认证范围); empty when not given"),
  certificateExpiresOn: IsoDate.optional().describe(
    'certify: after the issue, at most three years after it (default: three years after the issue)',
  ),
  auditorUserIds: z
    .array(Uuid)
    .max(10)
    .optional()
    .describe('certify: the audit team, people of the certifying body (required)'),
  decisionMakerUserIds: z
    .array(Uuid)
    .max(10)
    .optional()
    .describe('certify: who makes the certification decision, people of the certifying body (required)'),
});
export type TransitionRequest = z.output<typeof TransitionRequest>;

/** R31: a reveal says why, from a fixed list (`other` needs a note). */
export const RevealRequest = z.strictObject({
  reason: z.enum(REVEAL_REASONS),
  note: z.string().trim().min(1).max(REVEAL_NOTE_MAX_LENGTH).optional(),
});
export type RevealRequest = z.output<typeof RevealRequest>;

export const RevealedContact = z.object({ contactName: z.string().nullable(), contactPhone: z.string().nullable() });
export type RevealedContact = z.output<typeof RevealedContact>;

export const AssignableExpert = z.object({
  userId: Uuid,
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
});
export type AssignableExpert = z.output<typeof AssignableExpert>;

export const CertificationCandidate = z.object({
  userId: Uuid,
  displayName: z.string(),
  roles: z.array(z.string()).describe("the person's memberships in the certifying body"),
  barred: z.boolean().describe('the impartiality register bars this person from this enterprise today (seed 000 §三)'),
  clearOn: z
    .string()
    .nullable()
    .describe('first day the person may take part again; null while the assistance lasts or when not barred'),
});
export type CertificationCandidate = z.output<typeof CertificationCandidate>;

export const participations = defineContract('participations', {
  list: {
    method: 'GET',
    path: '/api/v1/participations',
    permission: 'participation:read',
    summary: 'Participations in scope, filtered and paginated',
    query: ParticipationListQuery,
    answer: ParticipationList,
    errors: [],
  },
  detail: {
    method: 'GET',
    path: '/api/v1/participations/:id',
    permission: 'participation:read',
    summary: 'One participation with its lifecycle timeline (一企一档)',
    params: IdParams,
    answer: ParticipationDetail,
    errors: ['NOT_FOUND'],
  },
  transition: {
    method: 'POST',
    path: '/api/v1/participations/:id/transitions',
    permission: 'participation:transition',
    summary: 'Run a stage command (screen, select, assign, …)',
    params: IdParams,
    body: TransitionRequest,
    answer: ParticipationDetail,
    errors: [
      'NOT_FOUND',
      'VERSION_CONFLICT',
      'ILLEGAL_TRANSITION',
      'TRANSITION_ROLE_FORBIDDEN',
      'REASON_REQUIRED',
      'SCREENING_INCOMPLETE',
      'SCREENING_INELIGIBLE_REASON_REQUIRED',
      'SCREENING_NOT_ELIGIBLE',
      'CERTIFICATION_BODY_REQUIRED',
      'PREFERENCE_OVERRIDE_REASON',
      'QUOTA_EXCEEDED',
      'EXPERT_REQUIRED',
      'EXPERT_NOT_IN_BODY',
      'EXPERT_CAPACITY_EXCEEDED',
      'ASSIGNMENT_OVERRIDE_REASON_REQUIRED',
      'DIAGNOSIS_NOT_CONFIRMED',
      'OPERATION_START_RECORD_REQUIRED',
      'PLAN_NOT_ACCEPTED',
      'DATE_IN_FUTURE',
      'OPERATION_NOT_STARTED',
      'OPERATION_PERIOD_TOO_SHORT',
      'DATE_ORDER',
      'EVALUATION_NOT_SIGNED_OFF',
      'CERTIFICATE_REQUIRED',
      'AUDIT_TEAM_REQUIRED',
      'IMPARTIALITY_CONFLICT',
      'DECISION_MAKER_IMPARTIALITY_CONFLICT',
      'CERTIFIER_IMPARTIALITY_CONFLICT',
      'DECISION_MAKERS_REQUIRED',
      'CERTIFIER_NOT_OF_BODY',
    ],
  },
  assignableExperts: {
    method: 'GET',
    path: '/api/v1/participations/:id/assignable-experts',
    permission: 'participation:transition',
    summary: "Experts of the participation's certification body with their current load",
    params: IdParams,
    answer: z.object({ items: z.array(AssignableExpert) }),
    errors: ['NOT_FOUND'],
  },
  certificationCandidates: {
    method: 'GET',
    path: '/api/v1/participations/:id/certification-candidates',
    permission: 'participation:transition',
    summary: "The certifying body's people for the audit team and decision, with the impartiality register's answer",
    params: IdParams,
    answer: z.object({ items: z.array(CertificationCandidate) }),
    errors: ['NOT_FOUND'],
  },
  revealContact: {
    method: 'POST',
    path: '/api/v1/participations/:id/contact/reveal',
    permission: 'participation:reveal_contact',
    summary:
      "Reveal the enterprise contact's name and phone, with a reason (audited; limited per user per hour, else 429 REVEAL_RATE_LIMITED)",
    params: IdParams,
    body: RevealRequest,
    answer: RevealedContact,
    errors: ['NOT_FOUND', 'REASON_REQUIRED', 'REVEAL_RATE_LIMITED'],
  },
});
