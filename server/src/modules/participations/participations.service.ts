/**
 * Reading one participation (一企一档) and moving it through its stages.
 */
import { and, count, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/http/context.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { campaignBodies } from '../campaigns/campaigns.table.js';
import { diagnosisReports } from '../diagnosis/diagnosis.table.js';
import { expertProfiles } from '../experts/experts.table.js';
import { plans } from '../plans/plans.table.js';
import { memberships, organizations, users } from '../../platform/auth/identity.table.js';
import { participationExperts, participations, stageEvents } from './participations.table.js';
import { workingGroupMembers, workingGroups } from '../matching/matching.table.js';
import { appendAudit } from '../../platform/audit/trail.js';
import { chinaDate } from '../../platform/clock.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { actorRef } from '../auth/auth.service.js';
import { findParticipation, participationExpertsOf, stageEventsOf } from './participations.repository.js';
import { loadScreening, quotaFor } from '../screening/screening.repository.js';
import { checkImpartiality } from '../impartiality/impartiality.service.js';
import { notifyOnTransition } from '../notifications/notify.js';
import { expertLoads } from '../experts/expert-load.js';
import type { ParticipationDetailBody, RevealRequestBody, TransitionRequestBody } from './participations.schemas.js';
import { auditTrail } from '../../platform/audit/audit-trail.table.js';
import {
  CONTACT_REVEAL_WINDOW_MS,
  revealAllowed,
  revealNoteRequired,
} from '../../../../domain/privacy/reveal-reasons.js';
import { expertsOfBody } from '../experts/experts.repository.js';
import { recordFindings } from '../impartiality/findings-writer.js';
import { checkAssignment, type HardPairRule } from '../../../../domain/matching/pair-check.js';
import { barredUsccs } from '../../../../domain/experts/expert-profile.js';
import { errorMessage, type ErrorCode, type Locale } from '../../../../domain/errors/codes.js';
import {
  availableCommands,
  decideTransition,
  EXPERT_CAPACITY,
  type ParticipationFacts,
} from '../../../../domain/lifecycle/transitions.js';
import { buildTimeline } from '../../../../domain/lifecycle/timeline.js';
import { isTerminal, type Stage } from '../../../../domain/lifecycle/stages.js';
import { maskPersonName, maskPhone } from '../../../../domain/privacy/mask.js';
import { assignmentGivesAccess } from '../../../../domain/access/assignment-access.js';

export async function getParticipationDetail(
  executor: Executor,
  actor: Actor,
  id: string,
): Promise<ParticipationDetailBody> {
  const row = await findParticipation(executor, actor, id);
  assertFound(row, 'participation');
  const [experts, events] = await Promise.all([participationExpertsOf(executor, id), stageEventsOf(executor, id)]);
  const current = experts.find((e) => assignmentGivesAccess(e) && e.workingGroupId);
  const { p, enterprise } = row;
  const stage = p.stage as Stage;
  return {
    id: p.id,
    version: p.version,
    stage,
    origin: p.origin,
    campaign: { id: p.campaignId, name: row.campaignName, year: row.campaignYear },
    enterprise: {
      id: p.enterpriseId,
      name: row.enterpriseName,
      uscc: enterprise.uscc,
      regionCode: p.regionCode,
      regionName: row.regionName,
      industryCode: p.industryCode,
      address: enterprise.address,
      legalRepresentative: enterprise.legalRepresentative,
      contactName: maskPersonName(enterprise.contactName),
      contactPhone: maskPhone(enterprise.contactPhone),
    },
    certificationBody: p.certificationBodyId && row.bodyName ? { id: p.certificationBodyId, name: row.bodyName } : null,
    preferredBody:
      p.preferredBodyId && row.preferredBodyName ? { id: p.preferredBodyId, name: row.preferredBodyName } : null,
    experts: experts.map(({ userId, displayName, fromOn, toOn }) => ({ userId, displayName, fromOn, toOn })),
    assistanceContact: current?.workingGroupId ? await assistanceContact(executor, current.workingGroupId) : null,
    milestones: {
      operationStartedOn: p.operationStartedOn,
      internalAuditOn: p.internalAuditOn,
      managementReviewOn: p.managementReviewOn,
      evaluationScore: p.evaluationScore,
      evaluationGrade: p.evaluationGrade,
      certificateNumber: p.certificateNumber,
      certificateIssuedOn: p.certificateIssuedOn,
    },
    timeline: buildTimeline(stage, events),
    events,
    availableCommands: availableCommands(stage, actor.role),
    actingRole: actor.role,
  };
}

async function assertExpertsOfBody(tx: Executor, expertIds: string[], bodyId: string | null): Promise<void> {
  if (expertIds.length === 0) return;
  const rows = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        inArray(memberships.userId, expertIds),
        eq(memberships.role, 'assistance_expert'),
        eq(memberships.organizationId, bodyId ?? '00000000-0000-0000-0000-000000000000'),
      ),
    );
  const found = new Set(rows.map((r) => r.userId));
  const stranger = expertIds.find((id) => !found.has(id));
  if (stranger) throw new AppError('EXPERT_NOT_IN_BODY', { field: 'expertUserIds', detail: stranger });
}

async function assertBodyInCampaign(tx: Executor, campaignId: string, bodyId: string): Promise<void> {
  const [row] = await tx
    .select({ id: campaignBodies.organizationId })
    .from(campaignBodies)
    .innerJoin(organizations, eq(organizations.id, campaignBodies.organizationId))
    .where(
      and(
        eq(campaignBodies.campaignId, campaignId),
        eq(campaignBodies.organizationId, bodyId),
        eq(organizations.kind, 'certification_body'),
      ),
    );
  if (!row) throw new AppError('NOT_FOUND', { field: 'certificationBodyId' });
}

/**
 * Runs one stage command. The transaction locks the row, checks the version the user saw, asks
 * the domain rules, then writes the new stage, the timeline event and the audit entry together.
 * A refused command is recorded in the trail as well, after the rollback.
 */
export async function transitionParticipation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  request: TransitionRequestBody,
  locale: Locale = 'zh-CN',
): Promise<ParticipationDetailBody> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  try {
    await db.transaction((tx) => transitionInTransaction(tx, actor, id, request, now, { locale }));
  } catch (error) {
    await recordRefusal(ctx, actor, id, request, now, error);
    throw error;
  }
  return getParticipationDetail(db, actor, id);
}

/** A refused command goes to the trail; a refused appointment also to the impartiality report. */
export async function recordRefusal(
  ctx: AppContext,
  actor: Actor,
  id: string,
  request: TransitionRequestBody,
  now: Date,
  error: unknown,
): Promise<void> {
  if (!(error instanceof AppError) || error.code === 'NOT_FOUND') return;
  if (error.status === 403) return; // a refused role is an access refusal: aggregated by the refusal trail (ADR 0020), so a flood stays bounded
  const { db } = ctx.database;
  await appendAudit(db, now, {
    actor: actorRef(actor),
    action: `participation.${request.command}`,
    objectType: 'participation',
    objectId: id,
    outcome: 'denied',
    detail: { code: error.code, field: error.params.field ?? null },
  });
  if (IMPARTIALITY_REFUSALS.includes(error.code) && error.params.detail) {
    const [p] = await db.select().from(participations).where(eq(participations.id, id));
    if (p) {
      // the person's part in the request (auditorUserIds, decisionMakerUserIds, actor) goes with it
      await recordFindings(db, {
        kind: 'refused',
        rules: ['COOLING_OFF'],
        participation: p,
        userId: error.params.detail,
        actorUserId: actor.userId,
        occurredAt: now,
        detail: { command: request.command, as: error.params.field ?? null },
      });
    }
  }
}

/** Refusals of the cooling-off rule (seed 000 §三), by the part the person would have taken. */
const IMPARTIALITY_REFUSALS: ReadonlyArray<ErrorCode> = [
  'IMPARTIALITY_CONFLICT',
  'DECISION_MAKER_IMPARTIALITY_CONFLICT',
  'CERTIFIER_IMPARTIALITY_CONFLICT',
];

export interface TransitionOptions {
  /** The working group an assignment comes from (the enterprise's contact). */
  workingGroupId?: string | null;
  /** The language refusals name broken rules in. */
  locale?: Locale;
  /** The day an assignment's pair rules are checked on (a proposal's start day; default today). */
  pairCheckOn?: string;
  /** Recorded with an override finding when the assignment comes from a proposal. */
  proposalId?: string;
}

/** The command inside the caller's transaction (a proposal confirms many at once). */
export async function transitionInTransaction(
  tx: Executor,
  actor: Actor,
  id: string,
  request: TransitionRequestBody,
  now: Date,
  options: TransitionOptions = {},
): Promise<void> {
  const today = chinaDate(now);
  const row = await findParticipation(tx, actor, id, { forUpdate: true });
  assertFound(row, 'participation');
  const p = row.p;
  if (p.version !== request.version) throw new AppError('VERSION_CONFLICT');
  const experts = (await participationExpertsOf(tx, id)).filter((e) => e.toOn === null);
  const intake = request.command === 'screen' || request.command === 'select';
  const facts: ParticipationFacts = {
    stage: p.stage as Stage,
    certificationBodyId: p.certificationBodyId,
    assistanceExpertIds: experts.map((e) => e.userId),
    operationStartedOn: p.operationStartedOn,
    screeningOutcome: intake ? (await loadScreening(tx, p)).summary.outcome : null,
    preferredBodyId: p.preferredBodyId,
    quota: request.command === 'select' ? await quotaFor(tx, p.campaignId, p.regionCode) : { ok: true },
    barredUserIds:
      request.command === 'certify'
        ? (
            await checkImpartiality(tx, {
              enterpriseId: p.enterpriseId,
              userIds: peopleTakingPart(request, actor),
              onDate: today,
            })
          ).map((c) => c.userId)
        : [],
    actorUserId: actor.userId,
    peopleOfBody:
      request.command === 'certify'
        ? await peopleOfBody(tx, p.certificationBodyId, peopleTakingPart(request, actor))
        : undefined,
    diagnosisConfirmed:
      request.command === 'confirm_diagnosis'
        ? (
            await tx
              .select({ id: diagnosisReports.id })
              .from(diagnosisReports)
              .where(and(eq(diagnosisReports.participationId, id), eq(diagnosisReports.status, 'confirmed')))
              .limit(1)
          ).length > 0
        : undefined,
    planAccepted:
      request.command === 'agree_plan'
        ? (
            await tx
              .select({ id: plans.id })
              .from(plans)
              .where(and(eq(plans.participationId, id), eq(plans.status, 'accepted')))
              .limit(1)
          ).length > 0
        : undefined,
  };
  const expertIds = request.command === 'assign' ? [...new Set(request.expertUserIds ?? [])] : [];
  if (request.command === 'assign') {
    await assertExpertsOfBody(tx, expertIds, p.certificationBodyId);
    facts.pairRulesBroken = await pairRulesBroken(tx, row, expertIds, options.pairCheckOn ?? today);
  }
  if (request.command === 'select') {
    const body = request.certificationBodyId ?? p.certificationBodyId ?? p.preferredBodyId;
    if (body) await assertBodyInCampaign(tx, p.campaignId, body);
  }
  const decision = decideTransition({
    command: request.command,
    role: actor.role,
    facts,
    payload: {
      ...request,
      expertUserIds: expertIds,
      expertLoads: await expertLoads(tx, expertIds),
      expertCapacities: await expertCapacities(tx, expertIds),
    },
    today,
  });
  if (!decision.ok) {
    // the broken pair rules are named in the caller's language, never as codes
    const detail =
      decision.code === 'ASSIGNMENT_OVERRIDE_REASON_REQUIRED' && decision.detail
        ? decision.detail
            .split(',')
            .map((rule) => errorMessage(rule as ErrorCode, options.locale ?? 'zh-CN'))
            .join('；')
        : decision.detail;
    throw new AppError(decision.code, { field: decision.field, detail });
  }

  const changes: Partial<typeof participations.$inferInsert> = {
    stage: decision.to,
    version: p.version + 1,
    updatedAt: now,
  };
  if (request.command === 'select') {
    changes.certificationBodyId = request.certificationBodyId ?? p.certificationBodyId ?? p.preferredBodyId;
    changes.waitlisted = false;
  }
  if (request.command === 'start_operation') changes.operationStartedOn = request.operationStartedOn;
  if (request.command === 'complete_review') {
    changes.internalAuditOn = request.internalAuditOn;
    changes.managementReviewOn = request.managementReviewOn;
  }
  if (request.command === 'evaluate') {
    changes.evaluationScore = decision.derived.evaluationScore;
    changes.evaluationGrade = decision.derived.evaluationGrade;
  }
  if (request.command === 'certify') {
    changes.certificateNumber = request.certificateNumber;
    changes.certificateIssuedOn = request.certificateIssuedOn ?? today;
  }
  await tx.update(participations).set(changes).where(eq(participations.id, id));
  if (expertIds.length > 0) {
    const workingGroupId = options.workingGroupId ?? (await groupOfExperts(tx, p.campaignId, expertIds));
    for (const expertUserId of expertIds) {
      // an expert who assisted before and comes back reopens the relation from today
      await tx
        .insert(participationExperts)
        .values({ participationId: id, expertUserId, fromOn: today, workingGroupId })
        .onConflictDoUpdate({
          target: [participationExperts.participationId, participationExperts.expertUserId],
          set: { fromOn: today, toOn: null, workingGroupId },
        });
    }
  }
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
        onDate: options.pairCheckOn ?? today,
        ...(options.proposalId ? { proposalId: options.proposalId } : {}),
      },
    });
  }
  if (isTerminal(decision.to)) {
    // assistance relations end with the participation; the register keeps their dates
    await tx
      .update(participationExperts)
      .set({ toOn: today })
      .where(and(eq(participationExperts.participationId, id), isNull(participationExperts.toOn)));
  }
  const { version: _v, command: _c, ...payload } = request;
  await tx.insert(stageEvents).values({
    participationId: id,
    command: request.command,
    fromStage: p.stage,
    toStage: decision.to,
    actorUserId: actor.userId,
    actorRole: actor.role,
    actorOrganizationId: actor.organizationId,
    reason: request.reason ?? null,
    payload,
    occurredAt: now,
  });
  await appendAudit(tx, now, {
    actor: actorRef(actor),
    action: `participation.${request.command}`,
    objectType: 'participation',
    objectId: id,
    outcome: 'success',
    before: p,
    after: { ...p, ...changes },
    detail: { from: p.stage, to: decision.to },
  });
  await notifyOnTransition(tx, {
    participation: { ...p, ...changes } as typeof p,
    command: request.command,
    reason: request.reason ?? null,
    expertUserIds: expertIds,
  });
}

/** The working group's leader and managers, whom the enterprise may call (their work phones). */
async function assistanceContact(executor: Executor, groupId: string) {
  const rows = await executor
    .select({
      groupName: workingGroups.name,
      displayName: users.displayName,
      role: workingGroupMembers.role,
      phone: users.phone,
    })
    .from(workingGroupMembers)
    .innerJoin(workingGroups, eq(workingGroups.id, workingGroupMembers.groupId))
    .innerJoin(users, eq(users.id, workingGroupMembers.userId))
    .where(and(eq(workingGroupMembers.groupId, groupId), inArray(workingGroupMembers.role, ['leader', 'manager'])));
  if (rows.length === 0) return null;
  const people = rows
    .map((r) => ({ displayName: r.displayName, role: r.role as 'leader' | 'manager', phone: r.phone }))
    .sort((a, b) => (a.role === b.role ? a.displayName.localeCompare(b.displayName) : a.role === 'leader' ? -1 : 1));
  return { groupName: rows[0]!.groupName, people };
}

/**
 * The hard pair rules (domain/matching/pair-check, the same a proposal keeps) each expert of a
 * direct assignment would break with this enterprise on the day.
 */
async function pairRulesBroken(
  tx: Executor,
  row: NonNullable<Awaited<ReturnType<typeof findParticipation>>>,
  expertIds: string[],
  onDate: string,
): Promise<Record<string, HardPairRule[]>> {
  if (expertIds.length === 0 || !row.p.certificationBodyId) return {};
  const experts = await expertsOfBody(tx, row.p.certificationBodyId, onDate, expertIds);
  const enterprise = { id: row.p.id, category: row.p.industryCode, regionCode: row.p.regionCode };
  return Object.fromEntries(
    experts.map((e) => {
      const profile = e.rawProfile;
      const check = checkAssignment({
        expert: profile
          ? {
              id: e.userId,
              categories: profile.categories,
              regionCode: profile.homeRegionCode,
              capacity: profile.capacity,
              unavailable: profile.unavailable,
            }
          : null,
        enterprise,
        conflicted: profile ? barredUsccs(profile.conflicts as never, onDate).has(row.enterprise.uscc) : false,
        onDate,
        loadWithPair: e.load + 1,
      });
      return [e.userId, check.hard];
    }),
  );
}

/** Everyone who takes part in a certification: the audit team, the decision makers and the person recording it. */
function peopleTakingPart(request: TransitionRequestBody, actor: Actor): string[] {
  return [...new Set([...(request.auditorUserIds ?? []), ...(request.decisionMakerUserIds ?? []), actor.userId])];
}

/** Which of these people hold a membership (any role) in the certifying body. */
async function peopleOfBody(tx: Executor, bodyId: string | null, userIds: string[]): Promise<string[]> {
  if (!bodyId || userIds.length === 0) return [];
  const rows = await tx
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, bodyId), inArray(memberships.userId, userIds)));
  return rows.map((r) => r.userId);
}

/** Capacities from the experts' profiles (those without a profile keep the seed's default). */
async function expertCapacities(tx: Executor, expertIds: string[]): Promise<Record<string, number>> {
  if (expertIds.length === 0) return {};
  const rows = await tx
    .select({ userId: expertProfiles.userId, capacity: expertProfiles.capacity })
    .from(expertProfiles)
    .where(inArray(expertProfiles.userId, expertIds));
  return Object.fromEntries(rows.map((r) => [r.userId, r.capacity]));
}

/** For a single assignment made outside a proposal: the expert's working group in this campaign, if any. */
async function groupOfExperts(tx: Executor, campaignId: string, expertIds: string[]): Promise<string | null> {
  const [row] = await tx
    .select({ id: workingGroups.id })
    .from(workingGroupMembers)
    .innerJoin(workingGroups, eq(workingGroups.id, workingGroupMembers.groupId))
    .where(
      and(
        eq(workingGroups.campaignId, campaignId),
        inArray(workingGroupMembers.userId, expertIds),
        eq(workingGroupMembers.role, 'expert'),
      ),
    )
    .limit(1);
  return row?.id ?? null;
}

const REVEAL_ACTION = 'participation.reveal_contact';
const REVEAL_LOCK_KEY = 7_340_022; // arbitrary, fixed: with the user, serialises one user's reveals

/**
 * Shows the unmasked contact person and phone (R31): with a reason, at most
 * ctx.contactRevealsPerHour per user per hour (counted in the trail, so the limit holds across
 * app instances and restarts), and every reveal with its reason is in the trail.
 */
export async function revealContact(ctx: AppContext, actor: Actor, id: string, request: RevealRequestBody) {
  if (revealNoteRequired(request.reason) && !request.note) throw new AppError('REASON_REQUIRED', { field: 'note' });
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const row = await findParticipation(db, actor, id);
  assertFound(row, 'participation');
  await db.transaction(async (tx) => {
    // one reveal of this user at a time, so two at once cannot both slip under the limit
    await tx.execute(sql`select pg_advisory_xact_lock(${REVEAL_LOCK_KEY}, hashtext(${actor.userId}))`);
    const [recent] = await tx
      .select({ n: count() })
      .from(auditTrail)
      .where(
        and(
          eq(auditTrail.actorUserId, actor.userId),
          eq(auditTrail.action, REVEAL_ACTION),
          gt(auditTrail.occurredAt, new Date(now.getTime() - CONTACT_REVEAL_WINDOW_MS)),
        ),
      );
    if (!revealAllowed(recent?.n ?? 0, ctx.contactRevealsPerHour)) {
      throw new AppError('REVEAL_RATE_LIMITED', { detail: String(ctx.contactRevealsPerHour) });
    }
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: REVEAL_ACTION,
      objectType: 'enterprise',
      objectId: row.p.enterpriseId,
      outcome: 'success',
      detail: { participationId: id, reason: request.reason, note: request.note ?? null },
    });
  });
  return { contactName: row.enterprise.contactName, contactPhone: row.enterprise.contactPhone };
}

/**
 * Experts of the participation's certification body with how many enterprises each assists now,
 * for the assign dialog (seed 000 §一: 1–2 enterprises per expert).
 */
export async function assignableExperts(ctx: AppContext, actor: Actor, id: string) {
  const { db } = ctx.database;
  const row = await findParticipation(db, actor, id);
  assertFound(row, 'participation');
  if (!row.p.certificationBodyId) return [];
  const today = chinaDate(ctx.clock.now());
  const experts = await expertsOfBody(db, row.p.certificationBodyId, today);
  // what the browser needs to run the same pair rules live (domain/matching/pair-check)
  return experts.map((e) => ({
    userId: e.userId,
    displayName: e.displayName,
    load: e.load,
    capacity: e.rawProfile?.capacity ?? EXPERT_CAPACITY,
    profile: e.rawProfile
      ? {
          categories: e.rawProfile.categories,
          homeRegionCode: e.rawProfile.homeRegionCode,
          unavailable: e.rawProfile.unavailable.map(({ from, to }) => ({ from, to })),
          conflicted: barredUsccs(e.rawProfile.conflicts as never, today).has(row.enterprise.uscc),
        }
      : null,
  }));
}

/**
 * The certifying body's people for the certify dialog (audit team, decision makers), each with
 * whether the impartiality register bars them from this enterprise today (seed 000 §三).
 */
export async function certificationCandidates(ctx: AppContext, actor: Actor, id: string) {
  const { db } = ctx.database;
  const row = await findParticipation(db, actor, id);
  assertFound(row, 'participation');
  if (!row.p.certificationBodyId) return [];
  const rows = await db
    .select({ userId: users.id, displayName: users.displayName, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, row.p.certificationBodyId))
    .orderBy(users.displayName);
  const people = new Map<string, { userId: string; displayName: string; roles: string[] }>();
  for (const r of rows) {
    const person =
      people.get(r.userId) ??
      people.set(r.userId, { userId: r.userId, displayName: r.displayName, roles: [] }).get(r.userId)!;
    person.roles.push(r.role);
  }
  const conflicts = await checkImpartiality(db, {
    enterpriseId: row.p.enterpriseId,
    userIds: [...people.keys()],
    onDate: chinaDate(ctx.clock.now()),
  });
  return [...people.values()].map((p) => {
    const conflict = conflicts.find((c) => c.userId === p.userId);
    return { ...p, barred: Boolean(conflict), clearOn: conflict?.clearOn ?? null };
  });
}
