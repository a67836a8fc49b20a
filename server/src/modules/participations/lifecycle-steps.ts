/**
 * The server's half of the table of commands (TRANSITIONS, domain/lifecycle; ADR 0006): each read the table names
 * is one query that fills the guard's facts (or refuses), each effect one write after the guard accepted. A new
 * stage is one entry of the table; a new step is one entry here.
 */
import type { TransitionRequest } from '../../../../contracts/participations.js';
import type { Actor } from '../../platform/auth/session-store.js';
import type { Executor } from '../../platform/db/client.js';
import type { participations } from './participations.table.js';
import { AppError } from '../../platform/http/app-error.js';
import type { CommandEffect, CommandRead } from '../../../../domain/lifecycle/command-steps.js';
import type { decideTransition, ParticipationFacts } from '../../../../domain/lifecycle/transitions.js';
import { checkImpartiality, recordFindings } from '../impartiality/impartiality.service.js';
import { loadScreening, quotaFor } from '../screening/screening.repository.js';
import {
  assistanceExpertsOfBody,
  bodyTakesPartIn,
  endAssistance,
  groupOfExperts,
  hasAcceptedPlan,
  hasConfirmedDiagnosis,
  membersOfBody,
  openAssistance,
  operationStartFacts,
  reviewRecordFacts,
  signedOffEvaluation,
  hasActionPlan,
  type findParticipation,
} from './participations.repository.js';
import { pairRulesBroken } from './pair-rules.js';
import { certifyingBodyFor, writeIssuedCertificate } from '../certification/certificate-writer.js';
import { defaultExpiryOn } from '../../../../domain/certification/certification.js';

type ParticipationRow = typeof participations.$inferSelect;
type ParticipationInsert = typeof participations.$inferInsert;

/** What a step sees: the locked row, the request, who runs it and on which day. */
export interface StepInput {
  tx: Executor;
  actor: Actor;
  row: NonNullable<Awaited<ReturnType<typeof findParticipation>>>;
  request: TransitionRequest;
  today: string;
  now: Date;
  /** assign: the experts named, once each. */
  expertIds: string[];
  /** The day an assignment's pair rules are checked on (a proposal's start day; default today). */
  pairCheckOn: string;
}

/** The rule's acceptance (the stage it leads to and what it derived). */
type Acceptance = Extract<ReturnType<typeof decideTransition>, { ok: true }>;

export interface EffectInput extends StepInput {
  decision: Acceptance;
  facts: ParticipationFacts;
  /** The working group an assignment comes from (else the experts' group in the campaign). */
  workingGroupId?: string | null;
  /** Recorded with an override finding when the assignment comes from a proposal. */
  proposalId?: string;
}

/** Everyone who takes part in a certification: the audit team, the decision makers and the person recording it. */
function peopleTakingPart(request: TransitionRequest, actor: Actor): string[] {
  return [...new Set([...(request.auditorUserIds ?? []), ...(request.decisionMakerUserIds ?? []), actor.userId])];
}

/** Each read: the facts it fills for the guard (domain/lifecycle/transitions.ts decideTransition). */
export const READS: Record<CommandRead, (input: StepInput) => Promise<Partial<ParticipationFacts>>> = {
  screening: async ({ tx, row }) => ({ screeningOutcome: (await loadScreening(tx, row.p)).summary.outcome }),
  quota: async ({ tx, row }) => ({ quota: await quotaFor(tx, row.p.campaignId, row.p.regionCode) }),
  body_in_campaign: async ({ tx, row, request }) => {
    const body = request.certificationBodyId ?? row.p.certificationBodyId ?? row.p.preferredBodyId;
    if (body && !(await bodyTakesPartIn(tx, row.p.campaignId, body))) {
      throw new AppError('NOT_FOUND', { field: 'certificationBodyId' });
    }
    return {};
  },
  proposed_experts: async ({ tx, row, expertIds, pairCheckOn }) => {
    if (expertIds.length > 0) {
      const found = new Set(await assistanceExpertsOfBody(tx, expertIds, row.p.certificationBodyId));
      const stranger = expertIds.find((id) => !found.has(id));
      if (stranger) throw new AppError('EXPERT_NOT_IN_BODY', { field: 'expertUserIds', detail: stranger });
    }
    return { pairRulesBroken: await pairRulesBroken(tx, row, expertIds, pairCheckOn) };
  },
  impartiality_register: async ({ tx, row, request, actor, today }) => ({
    barredUserIds: (
      await checkImpartiality(tx, {
        enterpriseId: row.p.enterpriseId,
        userIds: peopleTakingPart(request, actor),
        onDate: today,
      })
    ).map((c) => c.userId),
  }),
  // with an application, the applied-for body certifies (domain/certification certifyingBody); else the assisting one
  people_of_body: async ({ tx, row, request, actor }) => {
    const certifyingBodyId = await certifyingBodyFor(tx, row.p, actor.organizationId);
    return {
      certifyingBodyId,
      peopleOfBody: await membersOfBody(tx, certifyingBodyId, peopleTakingPart(request, actor)),
    };
  },
  diagnosis_confirmed: async ({ tx, row }) => ({ diagnosisConfirmed: await hasConfirmedDiagnosis(tx, row.p.id) }),
  plan_accepted: async ({ tx, row }) => ({ planAccepted: await hasAcceptedPlan(tx, row.p.id) }),
  operation_start: async ({ tx, row }) => operationStartFacts(tx, row.p.id),
  review_records: async ({ tx, row }) => ({ reviewRecords: await reviewRecordFacts(tx, row.p.id) }),
  signed_off_evaluation: async ({ tx, row }) => ({ signedOffEvaluation: await signedOffEvaluation(tx, row.p.id) }),
  action_plan: async ({ tx, row }) => ({
    actionPlan: {
      grade: (await signedOffEvaluation(tx, row.p.id))?.grade ?? null,
      recorded: await hasActionPlan(tx, row.p.id),
    },
  }),
};

/**
 * Each effect: the participation's fields it sets (written with the stage in one update), and what it writes
 * after that update.
 */
export const EFFECTS: Record<
  CommandEffect,
  { changes?: (input: EffectInput) => Partial<ParticipationInsert>; after?: (input: EffectInput) => Promise<void> }
> = {
  record_body: {
    changes: ({ request, row }) => ({
      certificationBodyId: request.certificationBodyId ?? row.p.certificationBodyId ?? row.p.preferredBodyId,
      waitlisted: false,
    }),
  },
  record_assignment: {
    after: async (input) => {
      const { tx, row, expertIds, today, actor, request, now, facts } = input;
      const p: ParticipationRow = row.p;
      if (expertIds.length === 0) return;
      const workingGroupId = input.workingGroupId ?? (await groupOfExperts(tx, p.campaignId, expertIds));
      // an expert who assisted before and comes back reopens the relation from today
      await openAssistance(tx, p.id, expertIds, today, workingGroupId);
      for (const expertUserId of expertIds) {
        // a hard rule given way to with a reason goes to the impartiality report (ADR 0013)
        await recordFindings(tx, {
          kind: 'overridden',
          rules: facts.pairRulesBroken?.[expertUserId] ?? [],
          participation: p,
          userId: expertUserId,
          actorUserId: actor.userId,
          reason: request.reason ?? null,
          occurredAt: now,
          detail: {
            command: 'assign',
            onDate: input.pairCheckOn,
            ...(input.proposalId ? { proposalId: input.proposalId } : {}),
          },
        });
      }
    },
  },
  // 000 §二(4): the date recorded by the implementation records, which the guard checked
  set_operation_start: { changes: ({ facts }) => ({ operationStartedOn: facts.recordedOperationStartOn ?? null }) },
  // 000 §二(4)–(5): the dates of the records the guard read
  set_review_dates: {
    changes: ({ facts }) => ({
      internalAuditOn: facts.reviewRecords?.internalAuditOn ?? null,
      managementReviewOn: facts.reviewRecords?.managementReviewOn ?? null,
    }),
  },
  record_evaluation: {
    changes: ({ decision }) => ({
      evaluationScore: decision.derived.evaluationScore,
      evaluationGrade: decision.derived.evaluationGrade,
    }),
  },
  record_certificate: {
    changes: ({ request, today }) => ({
      certificateNumber: request.certificateNumber,
      certificateIssuedOn: request.certificateIssuedOn ?? today,
    }),
    // the certificate record (number, scope, dates, body) in the command's transaction (002 step 9)
    after: async ({ tx, row, request, actor, today, now, facts }) => {
      const issuedOn = request.certificateIssuedOn ?? today;
      await writeIssuedCertificate(tx, {
        participationId: row.p.id,
        bodyId: facts.certifyingBodyId ?? row.p.certificationBodyId,
        certificateNumber: request.certificateNumber!,
        scope: request.certificateScope ?? '',
        issuedOn,
        expiresOn: request.certificateExpiresOn ?? defaultExpiryOn(issuedOn),
        recordedBy: actor.userId,
        today,
        now,
      });
    },
  },
  // assistance relations end with the participation; the register keeps their dates
  end_assistance: { after: async ({ tx, row, today }) => endAssistance(tx, row.p.id, today) },
};
