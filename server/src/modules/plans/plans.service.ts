/**
 * 认证提升方案 (003 §6.6, §6.7.3): drafted by the assistance side, commented on and
 * accepted by the enterprise. Every version is kept; the accepted one is the evaluation baseline and
 * is never edited — a change after acceptance is a new version with its reason, and accepting it
 * supersedes the old one. The first acceptance moves the participation to "plan agreed".
 */
import type { AppContext } from '../../platform/http/context.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import type { AcceptedIndicators, PlanOverview, PlanVersion } from '../../../../contracts/plans.js';
import { actorRef } from '../auth/auth.service.js';
import { findParticipation } from '../participations/participations.repository.js';
import { transitionInTransaction } from '../participations/participations.service.js';
import { notify } from '../notifications/notify.js';
import { assistanceAccess, templateForParticipation } from '../survey/survey.service.js';
import {
  acceptedBaseline,
  availablePlanActions,
  planActionSide,
  planProblems,
  planTransition,
  type Plan,
  type PlanAction,
  type PlanStatus,
} from '../../../../domain/plans/plan.js';
import type { SurveyTemplate } from '../../../../domain/survey/annex-a-template.js';
import type { Locale } from '../../../../domain/errors/codes.js';
import { localMessage } from '../../platform/i18n/messages.js';
import {
  commentsOf,
  displayNames,
  findVersion,
  insertComment,
  insertVersion,
  lockLatest,
  type PlanRow,
  supersedeAccepted,
  updateVersion,
  versionsOf,
} from './plans.repository.js';
import { assertMayAct, assertMayDraft, inPlanningStage, mayEditPlan } from './plans.policy.js';

function asPlan(row: PlanRow): Plan {
  return { ...row.content, indicators: row.indicators };
}

function splitPlan(plan: Plan) {
  const { indicators, ...content } = plan;
  return { content, indicators };
}

async function versionView(
  executor: Executor,
  row: PlanRow,
  template: SurveyTemplate,
  locale: Locale,
): Promise<PlanVersion> {
  const names = await displayNames(
    executor,
    [row.createdBy, row.acceptedBy].filter((x): x is string => Boolean(x)),
  );
  const comments = await commentsOf(executor, row.id);
  const plan = asPlan(row);
  return {
    version: row.version,
    status: row.status as PlanStatus,
    plan,
    amendReason: row.amendReason,
    createdAt: row.createdAt.toISOString(),
    createdByName: names.get(row.createdBy) ?? '',
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    acceptedByName: row.acceptedBy ? (names.get(row.acceptedBy) ?? null) : null,
    lockVersion: row.lockVersion,
    comments: comments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    openProblems: planProblems(plan, { template }).map((p) => ({
      field: p.field,
      code: p.code,
      message: localMessage(p.code, locale, { field: p.field, detail: p.detail }),
    })),
  };
}

export async function getPlanOverview(
  executor: Executor,
  actor: Actor,
  participationId: string,
  locale: Locale,
): Promise<PlanOverview> {
  const { row, side } = await assistanceAccess(executor, actor, participationId);
  const versions = await versionsOf(executor, participationId);
  const latest = versions.at(-1);
  const template = await templateForParticipation(executor, participationId);
  return {
    versions: versions.map((v) => ({
      version: v.version,
      status: v.status,
      createdAt: v.createdAt.toISOString(),
      acceptedAt: v.acceptedAt?.toISOString() ?? null,
      amendReason: v.amendReason,
    })),
    current: latest ? await versionView(executor, latest, template, locale) : null,
    baselineVersion:
      acceptedBaseline(versions.map((v) => ({ version: v.version, status: v.status as PlanStatus })))?.version ?? null,
    availableActions:
      latest && side && inPlanningStage(row.p.stage) ? availablePlanActions(latest.status as PlanStatus, side) : [],
    editable: mayEditPlan(side, row.p.stage, latest?.status as PlanStatus | undefined),
  };
}

export async function getPlanVersion(
  executor: Executor,
  actor: Actor,
  participationId: string,
  version: number,
  locale: Locale,
) {
  const row = await findParticipation(executor, actor, participationId);
  assertFound(row, 'participation');
  const plan = await findVersion(executor, participationId, version);
  assertFound(plan, 'plan');
  return versionView(executor, plan, await templateForParticipation(executor, participationId), locale);
}

export async function savePlan(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: { lockVersion: number; plan: Plan },
  locale: Locale,
) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const { row, side } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    assertMayDraft(side, row.p.stage);
    const template = await templateForParticipation(tx, participationId);
    const [problem] = planProblems(input.plan, { template, forSubmission: false });
    if (problem) throw new AppError(problem.code, { field: `plan.${problem.field}`, detail: problem.detail });
    const latest = await lockLatest(tx, participationId);
    if ((latest?.lockVersion ?? 0) !== input.lockVersion) throw new AppError('VERSION_CONFLICT');
    if (latest && !mayEditPlan(side, row.p.stage, latest.status as PlanStatus))
      throw new AppError('PLAN_LOCKED', { detail: latest.status });
    if (latest) {
      await updateVersion(tx, latest.id, {
        ...splitPlan(input.plan),
        updatedAt: now,
        lockVersion: latest.lockVersion + 1,
      });
    } else {
      await insertVersion(tx, {
        participationId,
        version: 1,
        status: 'draft',
        ...splitPlan(input.plan),
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
    }
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'plan.save',
      objectType: 'participation',
      objectId: participationId,
      outcome: 'success',
      detail: { version: latest?.version ?? 1 },
    });
  });
  return getPlanOverview(db, actor, participationId, locale);
}

/** submit / revise / amend by the assistance side; comment / accept by the enterprise. */
export async function actOnPlan(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: { action: PlanAction; lockVersion: number; reason?: string; comment?: string; version?: number },
  locale: Locale,
) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const { row, side } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    assertMayAct(side, input.action, row.p.stage);
    const latest = await lockLatest(tx, participationId);
    assertFound(latest, 'plan');
    if (latest.lockVersion !== input.lockVersion) throw new AppError('VERSION_CONFLICT');
    const decision = planTransition(latest.status as PlanStatus, input.action, {
      reason: input.reason,
      comment: input.comment,
    });
    if (!decision.ok) throw new AppError(decision.code, { field: decision.field, detail: decision.detail });
    if (input.action === 'submit' || input.action === 'revise') {
      const template = await templateForParticipation(tx, participationId);
      const [problem] = planProblems(asPlan(latest), { template });
      if (problem) throw new AppError(problem.code, { field: `plan.${problem.field}`, detail: problem.detail });
    }
    if (decision.newVersion) {
      // 003 §6.7.3: an accepted plan changes only as a new version with its reason
      await insertVersion(tx, {
        participationId,
        version: latest.version + 1,
        status: decision.to,
        content: latest.content,
        indicators: latest.indicators,
        amendReason: input.reason!.trim(),
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
    } else {
      const changes: Partial<PlanRow> = { status: decision.to, updatedAt: now, lockVersion: latest.lockVersion + 1 };
      if (input.action === 'accept') {
        changes.acceptedBy = actor.userId;
        changes.acceptedAt = now;
        await supersedeAccepted(tx, participationId);
      }
      await updateVersion(tx, latest.id, changes);
      if (input.action === 'comment') {
        await insertComment(tx, {
          planId: latest.id,
          authorUserId: actor.userId,
          authorRole: actor.role,
          body: input.comment!.trim(),
          createdAt: now,
        });
      }
    }
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: `plan.${input.action}`,
      objectType: 'participation',
      objectId: participationId,
      outcome: 'success',
      detail: {
        version: decision.newVersion ? latest.version + 1 : latest.version,
        from: latest.status,
        to: decision.to,
        reason: input.reason ?? null,
      },
    });
    const tell = planActionSide(input.action) === 'assistance' ? row.p.enterpriseId : row.p.certificationBodyId;
    if (tell)
      await notify(tx, {
        organizationId: tell,
        kind: `plan.${input.action}`,
        campaignId: row.p.campaignId,
        participationId,
        params: { version: latest.version },
      });
    if (input.action === 'accept' && row.p.stage === 'diagnosed') {
      await transitionInTransaction(
        tx,
        actor,
        participationId,
        { command: 'agree_plan', version: input.version ?? row.p.version },
        now,
      );
    }
  });
  return getPlanOverview(db, actor, participationId, locale);
}

/** The contract for later stages: the accepted plan's indicators (003 §6.6.1, Annex C). */
export async function acceptedIndicators(
  executor: Executor,
  actor: Actor,
  participationId: string,
): Promise<AcceptedIndicators> {
  const row = await findParticipation(executor, actor, participationId);
  assertFound(row, 'participation');
  const versions = await versionsOf(executor, participationId);
  const baseline = acceptedBaseline(versions.map((v) => ({ ...v, status: v.status as PlanStatus })));
  return {
    planVersion: baseline?.version ?? null,
    acceptedAt: baseline?.acceptedAt?.toISOString() ?? null,
    indicators: (baseline ? asPlan(baseline).indicators : []).map((i) => ({
      key: i.key,
      itemKey: i.itemKey,
      subItemKey: i.subItemKey ?? null,
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      baseline: i.baseline,
      target: i.target,
      method: i.method,
    })),
  };
}

export async function planForDocument(executor: Executor, actor: Actor, participationId: string, version: number) {
  const row = await findParticipation(executor, actor, participationId);
  assertFound(row, 'participation');
  const plan = await findVersion(executor, participationId, version);
  assertFound(plan, 'plan');
  return {
    plan: asPlan(plan),
    template: await templateForParticipation(executor, participationId),
    meta: {
      enterpriseName: row.enterpriseName,
      uscc: row.enterprise.uscc,
      campaignName: row.campaignName,
      bodyName: row.bodyName ?? '',
      version: plan.version,
      status: plan.status,
      amendReason: plan.amendReason,
      acceptedAt: plan.acceptedAt,
    },
  };
}
