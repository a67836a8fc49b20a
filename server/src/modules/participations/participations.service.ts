/**
 * Participations' use cases: the list and one participation (一企一档), moving it through its stages by the table of
 * commands (domain/lifecycle; ADR 0006), the people a command may name, and the audited contact reveal (R31).
 */
import { randomUUID } from 'node:crypto';
import { onboardEnterpriseContact } from '../accounts/accounts.service.js';
import { settingsOf, type AccountSettings } from '../accounts/identity-records.js';
import type {
  ParticipationDetail,
  ParticipationList,
  ParticipationListQuery,
  RevealRequest,
  TransitionRequest,
} from '../../../../contracts/participations.js';
import { assignmentGivesAccess } from '../../../../domain/access/assignment-access.js';
import { barredUsccs } from '../../../../domain/experts/expert-profile.js';
import type { ErrorCode, Locale } from '../../../../domain/errors/codes.js';
import { localMessage } from '../../platform/i18n/messages.js';
import { buildTimeline } from '../../../../domain/lifecycle/timeline.js';
import { overdueFlags } from '../../../../domain/implementation/implementation.js';
import type { Stage } from '../../../../domain/lifecycle/stages.js';
import {
  availableCommands,
  decideTransition,
  EXPERT_CAPACITY,
  RECORD_ONLY_COMMANDS,
  RECORD_REQUIRED,
  TRANSITIONS,
  type ParticipationFacts,
} from '../../../../domain/lifecycle/transitions.js';
import { maskPersonName, maskPhone } from '../../../../domain/privacy/mask.js';
import {
  CONTACT_REVEAL_WINDOW_MS,
  revealAllowed,
  revealNoteRequired,
} from '../../../../domain/privacy/reveal-reasons.js';
import { appendAudit, type AuditActor } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { chinaDate } from '../../platform/clock.js';
import { referenceNumber } from '../../../../domain/intake/reference-number.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import { actorRef } from '../auth/auth.service.js';
import { expertLoads } from '../experts/experts.repository.js';
import { expertsOfBody } from '../experts/experts.repository.js';
import { checkImpartiality, recordFindings } from '../impartiality/impartiality.service.js';
import { notifyOnTransition, notifyReassignment } from '../notifications/notify.js';
import { appliedBodyId } from '../certification/certificate-writer.js';
import { EFFECTS, READS, type EffectInput, type StepInput } from './lifecycle-steps.js';
import {
  endAssistance,
  expertCapacities,
  findParticipation,
  groupContacts,
  insertParticipationsWithEvents,
  insertStageEvent,
  listParticipations,
  lockAndCountReveals,
  openAssistance,
  participationById,
  participationExpertsOf,
  nextReferenceSerials,
  participationsOfEnterprises,
  peopleOfBodyWithRoles,
  stageEventsOf,
  timelineRecordsOf,
  updateParticipation,
  replaceEvaluationAppointments,
} from './participations.repository.js';

/** An enterprise on record entering a campaign, with its application as declared (003 §6.2.2). */
export interface ApplicationEntry {
  enterpriseId: string;
  regionCode: string;
  industryCode: string;
  application: Record<string, unknown>;
  sizeClass: string | null;
  preferredBodyId: string | null;
}

export interface ApplicationsContext {
  campaignId: string;
  origin: 'self' | 'bureau' | 'association';
  recommendedByOrganizationId: string | null;
  actor: AuditActor | null;
  now: Date;
}

/**
 * 003 §6.2.2: each enterprise enters the campaign at `applied`, with an `apply` event on its timeline; one already in
 * the campaign is left as it is (`created: false`), which makes roster re-imports idempotent. Set-wise, inside the
 * caller's transaction; the answers are in the order of `entries`.
 */
export async function startParticipations(
  tx: Executor,
  ctx: ApplicationsContext,
  entries: ReadonlyArray<ApplicationEntry>,
): Promise<Array<{ created: boolean; participationId: string; referenceNumber: string | null }>> {
  const already = await participationsOfEnterprises(
    tx,
    ctx.campaignId,
    entries.map((e) => e.enterpriseId),
  );
  // 申请编号 for each participation made now: the submission's year and the next serials (domain/intake/reference-number)
  const serials = await nextReferenceSerials(tx, entries.filter((e) => !already.has(e.enterpriseId)).length);
  const year = Number(chinaDate(ctx.now).slice(0, 4));
  let next = 0;
  const outcomes = entries.map((e) => {
    const existing = already.get(e.enterpriseId);
    return existing
      ? { created: false, participationId: existing, referenceNumber: null }
      : { created: true, participationId: randomUUID(), referenceNumber: referenceNumber(year, serials[next++]!) };
  });
  const rows = entries.flatMap((e, i) =>
    outcomes[i]!.created
      ? [
          {
            id: outcomes[i]!.participationId,
            campaignId: ctx.campaignId,
            enterpriseId: e.enterpriseId,
            stage: 'applied',
            origin: ctx.origin,
            regionCode: e.regionCode,
            industryCode: e.industryCode,
            application: e.application,
            sizeClass: e.sizeClass,
            recommendedByOrganizationId: ctx.recommendedByOrganizationId,
            preferredBodyId: e.preferredBodyId,
            referenceNumber: outcomes[i]!.referenceNumber,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          },
        ]
      : [],
  );
  await insertParticipationsWithEvents(tx, rows, {
    command: 'apply',
    fromStage: null,
    toStage: 'applied',
    actorUserId: ctx.actor?.userId ?? null,
    actorRole: ctx.actor?.role ?? null,
    actorOrganizationId: ctx.actor?.organizationId ?? null,
    reason: null,
    payload: { origin: ctx.origin },
    occurredAt: ctx.now,
  });
  return outcomes;
}

/** The participation's screening-side fields (its application figures, size class, waiting list) and its version. */
export async function recordScreeningFields(
  tx: Executor,
  participationId: string,
  values: {
    application?: Record<string, unknown>;
    sizeClass?: string | null;
    waitlisted?: boolean;
    version: number;
    updatedAt: Date;
  },
): Promise<void> {
  await updateParticipation(tx, participationId, values);
}

/** One page of the participations in the actor's scope (R12–R13). */
export async function listParticipationPage(
  ctx: AppContext,
  actor: Actor,
  query: ParticipationListQuery,
): Promise<ParticipationList> {
  const today = chinaDate(ctx.clock.now());
  const result = await listParticipations(ctx.database.db, actor, query, today);
  const items = result.items.map(
    ({ operationStartedOn, lastRecordOn, overdueNonconformities, surveillanceDueOn, ...item }) => ({
      ...item,
      overdue: overdueFlags({
        stage: item.stage,
        operationStartedOn,
        lastRecordOn,
        today,
        overdueNonconformities,
        surveillanceDueOn,
      }),
    }),
  );
  return {
    items,
    total: result.total,
    totalIsEstimate: result.totalIsEstimate,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getParticipationDetail(
  executor: Executor,
  actor: Actor,
  id: string,
): Promise<ParticipationDetail> {
  // the reads go out together (a pool runs them side by side); what they found is returned only once the scoped
  // read found the row, so a refused reader learns nothing more than "not found"
  const [row, experts, events, records] = await Promise.all([
    findParticipation(executor, actor, id),
    participationExpertsOf(executor, id),
    stageEventsOf(executor, id),
    timelineRecordsOf(executor, id),
  ]);
  assertFound(row, 'participation');
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
    referenceNumber: p.referenceNumber,
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
    records,
    events,
    availableCommands: availableCommands(stage, actor.role),
    actingRole: actor.role,
  };
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
  request: TransitionRequest,
  locale: Locale = 'zh-CN',
): Promise<ParticipationDetail> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  try {
    // 000 §二(4): operation starts through its record (the implementation records), never by the bare command
    if (RECORD_ONLY_COMMANDS.includes(request.command))
      throw new AppError(RECORD_REQUIRED[request.command] ?? 'OPERATION_START_RECORD_REQUIRED', { field: 'command' });
    await db.transaction((tx) =>
      transitionInTransaction(tx, actor, id, request, now, { locale, accounts: settingsOf(ctx) }),
    );
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
  request: TransitionRequest,
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
    const p = await participationById(db, id);
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
  /** Invitation settings for the enterprise contact's account made at selection (ADR 0034). */
  accounts?: AccountSettings;
}

/**
 * The command inside the caller's transaction (a proposal confirms many at once): the reads its entry of the
 * table names fill the facts, the domain rule decides, then the stage and the entry's effects are written.
 */
export async function transitionInTransaction(
  tx: Executor,
  actor: Actor,
  id: string,
  request: TransitionRequest,
  now: Date,
  options: TransitionOptions = {},
): Promise<void> {
  const today = chinaDate(now);
  const rule = TRANSITIONS[request.command];
  const row = await findParticipation(tx, actor, id, { forUpdate: true });
  assertFound(row, 'participation');
  const p = row.p;
  if (p.version !== request.version) throw new AppError('VERSION_CONFLICT');
  const experts = (await participationExpertsOf(tx, id)).filter((e) => e.toOn === null);
  const expertIds = rule.effects.includes('record_assignment') ? [...new Set(request.expertUserIds ?? [])] : [];
  const step: StepInput = { tx, actor, row, request, today, now, expertIds, pairCheckOn: options.pairCheckOn ?? today };
  const facts: ParticipationFacts = {
    stage: p.stage as Stage,
    certificationBodyId: p.certificationBodyId,
    assistanceExpertIds: experts.map((e) => e.userId),
    operationStartedOn: p.operationStartedOn,
    screeningOutcome: null,
    preferredBodyId: p.preferredBodyId,
    quota: { ok: true },
    actorUserId: actor.userId,
  };
  for (const read of rule.reads) Object.assign(facts, await READS[read](step));
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
            .map((rule) => localMessage(rule as ErrorCode, options.locale ?? 'zh-CN'))
            .join('；')
        : decision.detail;
    throw new AppError(decision.code, { field: decision.field, detail });
  }

  const effect: EffectInput = {
    ...step,
    decision,
    facts,
    workingGroupId: options.workingGroupId,
    proposalId: options.proposalId,
  };
  const steps = rule.effects.map((name) => EFFECTS[name]);
  const changes: Partial<typeof p> = Object.assign(
    { stage: decision.to, version: p.version + 1, updatedAt: now },
    ...steps.map((s) => s.changes?.(effect) ?? {}),
  );
  await updateParticipation(tx, id, changes);
  for (const s of steps) await s.after?.(effect);
  // seed 002 §四: once selected, the enterprise's designated contact gets an account and an activation link
  if (decision.to === 'selected') {
    await onboardEnterpriseContact(tx, options.accounts ?? settingsOf({}), {
      enterprise: row.enterprise,
      enterpriseName: row.enterpriseName,
      actor: actorRef(actor),
      now,
    });
  }
  const { version: _v, command: _c, ...payload } = request;
  await insertStageEvent(tx, {
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

/**
 * Re-plan of an assigned enterprise (ADR 0013): the current assistance relation ends today (the register keeps it),
 * the new expert's starts, the participation moves one version on, in the trail, and the people are told.
 */
export async function reassignExpert(
  tx: Executor,
  actor: Actor,
  move: { participationId: string; fromExpertUserId: string | null; toExpertUserId: string; workingGroupId: string },
  reason: string | null,
  now: Date,
): Promise<void> {
  const today = chinaDate(now);
  await endAssistance(tx, move.participationId, today);
  await openAssistance(tx, move.participationId, [move.toExpertUserId], today, move.workingGroupId);
  const p = (await participationById(tx, move.participationId))!;
  await updateParticipation(tx, move.participationId, { version: p.version + 1, updatedAt: now });
  await appendAudit(tx, now, {
    actor: actorRef(actor),
    action: 'participation.reassign',
    objectType: 'participation',
    objectId: move.participationId,
    outcome: 'success',
    detail: { from: move.fromExpertUserId, to: move.toExpertUserId, reason },
  });
  await notifyReassignment(tx, p, move.toExpertUserId);
}

/** The working group's leader and managers, whom the enterprise may call (their work phones). */
async function assistanceContact(executor: Executor, groupId: string) {
  const rows = await groupContacts(executor, groupId);
  if (rows.length === 0) return null;
  const people = rows
    .map((r) => ({ displayName: r.displayName, role: r.role as 'leader' | 'manager', phone: r.phone }))
    .sort((a, b) => (a.role === b.role ? a.displayName.localeCompare(b.displayName) : a.role === 'leader' ? -1 : 1));
  return { groupName: rows[0]!.groupName, people };
}

const REVEAL_ACTION = 'participation.reveal_contact';

/**
 * Shows the unmasked contact person and phone (R31): with a reason, at most
 * ctx.contactRevealsPerHour per user per hour (counted in the trail, so the limit holds across
 * app instances and restarts), and every reveal with its reason is in the trail.
 */
export async function revealContact(ctx: AppContext, actor: Actor, id: string, request: RevealRequest) {
  if (revealNoteRequired(request.reason) && !request.note) throw new AppError('REASON_REQUIRED', { field: 'note' });
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const row = await findParticipation(db, actor, id);
  assertFound(row, 'participation');
  await db.transaction(async (tx) => {
    const recent = await lockAndCountReveals(
      tx,
      actor.userId,
      REVEAL_ACTION,
      new Date(now.getTime() - CONTACT_REVEAL_WINDOW_MS),
    );
    if (!revealAllowed(recent, ctx.contactRevealsPerHour)) {
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
          conflicted: barredUsccs(e.rawProfile.conflicts, today).has(row.enterprise.uscc),
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
  // with an application, the applied-for body's people (domain/certification certifyingBody)
  const bodyId = (await appliedBodyId(db, id)) ?? row.p.certificationBodyId;
  if (!bodyId) return [];
  const rows = await peopleOfBodyWithRoles(db, bodyId);
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

/** 003 §6.9.1: the panel's members are the evaluation experts appointed to the participation (they see it). */
export async function appointEvaluators(
  tx: Executor,
  participationId: string,
  userIds: ReadonlyArray<string>,
): Promise<void> {
  await replaceEvaluationAppointments(tx, participationId, [...new Set(userIds)]);
}

/** A re-signed-off evaluation (after a recorded reopening) updates the result of the stage already reached. */
export async function recordEvaluationResult(
  tx: Executor,
  participationId: string,
  result: { total: number; grade: string },
  now: Date,
): Promise<void> {
  await updateParticipation(tx, participationId, {
    evaluationScore: result.total,
    evaluationGrade: result.grade,
    updatedAt: now,
  });
}
