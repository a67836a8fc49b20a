/**
 * Reading one participation (一企一档) and moving it through its stages.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { AppContext } from '../../platform/http/context.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { campaignBodies, diagnosisReports, expertProfiles, plans, impartialityFindings, memberships, organizations, participationExperts, participations, stageEvents, users, workingGroupMembers, workingGroups } from '../../platform/db/schema.js';
import { appendAudit } from '../../platform/audit/trail.js';
import { chinaDate } from '../../platform/clock.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { actorRef } from '../auth/auth.service.js';
import { findParticipation, participationExpertsOf, stageEventsOf } from './participations.repository.js';
import { loadScreening, quotaFor } from '../screening/screening.repository.js';
import { checkImpartiality } from '../impartiality/impartiality.service.js';
import { notifyOnTransition } from '../notifications/notify.js';
import { expertLoads } from '../experts/expert-load.js';
import type { ParticipationDetailBody, TransitionRequestBody } from './participations.schemas.js';
import { availableCommands, decideTransition, EXPERT_CAPACITY, type ParticipationFacts } from '../../../../domain/lifecycle/transitions.js';
import { buildTimeline } from '../../../../domain/lifecycle/timeline.js';
import { isTerminal, type Stage } from '../../../../domain/lifecycle/stages.js';
import { maskPersonName, maskPhone } from '../../../../domain/privacy/mask.js';
import { assignmentGivesAccess } from '../../../../domain/access/assignment-access.js';

export async function getParticipationDetail(executor: Executor, actor: Actor, id: string): Promise<ParticipationDetailBody> {
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
    preferredBody: p.preferredBodyId && row.preferredBodyName ? { id: p.preferredBodyId, name: row.preferredBodyName } : null,
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
    .where(and(inArray(memberships.userId, expertIds), eq(memberships.role, 'assistance_expert'), eq(memberships.organizationId, bodyId ?? '00000000-0000-0000-0000-000000000000')));
  const found = new Set(rows.map((r) => r.userId));
  const stranger = expertIds.find((id) => !found.has(id));
  if (stranger) throw new AppError('EXPERT_NOT_IN_BODY', { field: 'expertUserIds', detail: stranger });
}

async function assertBodyInCampaign(tx: Executor, campaignId: string, bodyId: string): Promise<void> {
  const [row] = await tx
    .select({ id: campaignBodies.organizationId })
    .from(campaignBodies)
    .innerJoin(organizations, eq(organizations.id, campaignBodies.organizationId))
    .where(and(eq(campaignBodies.campaignId, campaignId), eq(campaignBodies.organizationId, bodyId), eq(organizations.kind, 'certification_body')));
  if (!row) throw new AppError('NOT_FOUND', { field: 'certificationBodyId' });
}

/**
 * Runs one stage command. The transaction locks the row, checks the version the user saw, asks
 * the domain rules, then writes the new stage, the timeline event and the audit entry together.
 * A refused command is recorded in the trail as well, after the rollback.
 */
export async function transitionParticipation(ctx: AppContext, actor: Actor, id: string, request: TransitionRequestBody): Promise<ParticipationDetailBody> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  try {
    await db.transaction((tx) => transitionInTransaction(tx, actor, id, request, now));
  } catch (error) {
    await recordRefusal(ctx, actor, id, request, now, error);
    throw error;
  }
  return getParticipationDetail(db, actor, id);
}

/** A refused command goes to the trail; a refused appointment also to the impartiality report. */
export async function recordRefusal(ctx: AppContext, actor: Actor, id: string, request: TransitionRequestBody, now: Date, error: unknown): Promise<void> {
  if (!(error instanceof AppError) || error.code === 'NOT_FOUND') return;
  const { db } = ctx.database;
  await appendAudit(db, now, {
    actor: actorRef(actor),
    action: `participation.${request.command}`,
    objectType: 'participation',
    objectId: id,
    outcome: 'denied',
    detail: { code: error.code, field: error.params.field ?? null },
  });
  if (error.code === 'IMPARTIALITY_CONFLICT' && error.params.detail) {
    const [p] = await db.select().from(participations).where(eq(participations.id, id));
    if (p) {
      await db.insert(impartialityFindings).values({
        occurredAt: now, kind: 'refused', rule: 'COOLING_OFF', enterpriseId: p.enterpriseId, participationId: p.id, campaignId: p.campaignId,
        organizationId: p.certificationBodyId, regionCode: p.regionCode, userId: error.params.detail, actorUserId: actor.userId,
        detail: { command: request.command },
      });
    }
  }
}

export interface TransitionOptions {
  /** The working group an assignment comes from (the enterprise's contact). */
  workingGroupId?: string | null;
}

/** The command inside the caller's transaction (a proposal confirms many at once). */
export async function transitionInTransaction(tx: Executor, actor: Actor, id: string, request: TransitionRequestBody, now: Date, options: TransitionOptions = {}): Promise<void> {
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
    barredUserIds: request.command === 'certify' && request.auditorUserIds?.length
      ? (await checkImpartiality(tx, { enterpriseId: p.enterpriseId, userIds: request.auditorUserIds, onDate: today })).map((c) => c.userId)
      : [],
    diagnosisConfirmed: request.command === 'confirm_diagnosis'
      ? (await tx.select({ id: diagnosisReports.id }).from(diagnosisReports).where(and(eq(diagnosisReports.participationId, id), eq(diagnosisReports.status, 'confirmed'))).limit(1)).length > 0
      : undefined,
    planAccepted: request.command === 'agree_plan'
      ? (await tx.select({ id: plans.id }).from(plans).where(and(eq(plans.participationId, id), eq(plans.status, 'accepted'))).limit(1)).length > 0
      : undefined,
  };
  const expertIds = request.command === 'assign' ? [...new Set(request.expertUserIds ?? [])] : [];
  if (request.command === 'assign') await assertExpertsOfBody(tx, expertIds, p.certificationBodyId);
  if (request.command === 'select') {
    const body = request.certificationBodyId ?? p.certificationBodyId ?? p.preferredBodyId;
    if (body) await assertBodyInCampaign(tx, p.campaignId, body);
  }
  const decision = decideTransition({
    command: request.command,
    role: actor.role,
    facts,
    payload: { ...request, expertUserIds: expertIds, expertLoads: await expertLoads(tx, expertIds), expertCapacities: await expertCapacities(tx, expertIds) },
    today,
  });
  if (!decision.ok) throw new AppError(decision.code, { field: decision.field, detail: decision.detail });

  const changes: Partial<typeof participations.$inferInsert> = { stage: decision.to, version: p.version + 1, updatedAt: now };
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
    const workingGroupId = options.workingGroupId ?? await groupOfExperts(tx, p.campaignId, expertIds);
    for (const expertUserId of expertIds) {
      // an expert who assisted before and comes back reopens the relation from today
      await tx.insert(participationExperts).values({ participationId: id, expertUserId, fromOn: today, workingGroupId })
        .onConflictDoUpdate({ target: [participationExperts.participationId, participationExperts.expertUserId], set: { fromOn: today, toOn: null, workingGroupId } });
    }
  }
  if (isTerminal(decision.to)) {
    // assistance relations end with the participation; the register keeps their dates
    await tx.update(participationExperts).set({ toOn: today }).where(and(eq(participationExperts.participationId, id), isNull(participationExperts.toOn)));
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
  await notifyOnTransition(tx, { participation: { ...p, ...changes } as typeof p, command: request.command, reason: request.reason ?? null, expertUserIds: expertIds });
}

/** The working group's leader and managers, whom the enterprise may call (their work phones). */
async function assistanceContact(executor: Executor, groupId: string) {
  const rows = await executor
    .select({ groupName: workingGroups.name, displayName: users.displayName, role: workingGroupMembers.role, phone: users.phone })
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

/** Capacities from the experts' profiles (those without a profile keep the seed's default). */
async function expertCapacities(tx: Executor, expertIds: string[]): Promise<Record<string, number>> {
  if (expertIds.length === 0) return {};
  const rows = await tx.select({ userId: expertProfiles.userId, capacity: expertProfiles.capacity }).from(expertProfiles).where(inArray(expertProfiles.userId, expertIds));
  return Object.fromEntries(rows.map((r) => [r.userId, r.capacity]));
}

/** For a single assignment made outside a proposal: the expert's working group in this campaign, if any. */
async function groupOfExperts(tx: Executor, campaignId: string, expertIds: string[]): Promise<string | null> {
  const [row] = await tx
    .select({ id: workingGroups.id })
    .from(workingGroupMembers)
    .innerJoin(workingGroups, eq(workingGroups.id, workingGroupMembers.groupId))
    .where(and(eq(workingGroups.campaignId, campaignId), inArray(workingGroupMembers.userId, expertIds), eq(workingGroupMembers.role, 'expert')))
    .limit(1);
  return row?.id ?? null;
}

/** Shows the unmasked contact person and phone; every reveal is in the trail. */
export async function revealContact(ctx: AppContext, actor: Actor, id: string) {
  const { db } = ctx.database;
  const row = await findParticipation(db, actor, id);
  assertFound(row, 'participation');
  await appendAudit(db, ctx.clock.now(), {
    actor: actorRef(actor),
    action: 'participation.reveal_contact',
    objectType: 'enterprise',
    objectId: row.p.enterpriseId,
    outcome: 'success',
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
  const experts = await db
    .select({ userId: users.id, displayName: users.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, row.p.certificationBodyId), eq(memberships.role, 'assistance_expert')))
    .orderBy(users.displayName);
  const loads = await expertLoads(db, experts.map((e) => e.userId));
  const capacities = await expertCapacities(db, experts.map((e) => e.userId));
  return experts.map((e) => ({ ...e, load: loads[e.userId] ?? 0, capacity: capacities[e.userId] ?? EXPERT_CAPACITY }));
}
