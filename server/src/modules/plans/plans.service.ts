/**
 * 认证提升方案 (003 §6.6, §6.7.3): drafted by the assistance side, commented on and
 * accepted by the enterprise. Every version is kept; the accepted one is the evaluation baseline and
 * is never edited — a change after acceptance is a new version with its reason, and accepting it
 * supersedes the old one. The first acceptance moves the participation to "plan agreed".
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/http/context.js';
import type { Executor } from '../../platform/db/client.js';
import { planComments, plans } from './plans.table.js';
import { surveys } from '../survey/survey.table.js';
import { users } from '../../platform/auth/identity.table.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { actorRef } from '../auth/auth.service.js';
import { findParticipation } from '../participations/participations.repository.js';
import { transitionInTransaction } from '../participations/participations.service.js';
import { notify } from '../notifications/notify.js';
import { assistanceAccess, currentTemplate, templateOf } from '../survey/survey.service.js';
import {
  acceptedBaseline,
  availablePlanActions,
  PLAN_EDITABLE_STATUSES,
  planProblems,
  planTransition,
  type Plan,
  type PlanAction,
  type PlanStatus,
} from '../../../../domain/plan/plan.js';
import type { SurveyTemplate } from '../../../../domain/survey/annex-a-template.js';
import { errorMessage, type Locale } from '../../../../domain/errors/codes.js';

type PlanRow = typeof plans.$inferSelect;

/** Stages in which a plan may be drafted or amended: after the diagnosis, before the review. */
const PLANNING_STAGES = ['diagnosed', 'plan_agreed', 'implementing', 'operating'];

async function versionsOf(executor: Executor, participationId: string): Promise<PlanRow[]> {
  return executor.select().from(plans).where(eq(plans.participationId, participationId)).orderBy(asc(plans.version));
}

async function templateFor(executor: Executor, participationId: string): Promise<SurveyTemplate> {
  const [survey] = await executor
    .select({ id: surveys.templateId, version: surveys.templateVersion })
    .from(surveys)
    .where(eq(surveys.participationId, participationId));
  return survey ? templateOf(executor, survey.id, survey.version) : currentTemplate(executor);
}

function asPlan(row: PlanRow): Plan {
  return {
    ...(row.content as unknown as Omit<Plan, 'indicators'>),
    indicators: row.indicators as unknown as Plan['indicators'],
  };
}

async function versionView(executor: Executor, row: PlanRow, template: SurveyTemplate, locale: Locale) {
  const ids = [row.createdBy, row.acceptedBy].filter((x): x is string => Boolean(x));
  const names = new Map<string, string>();
  for (const id of ids)
    names.set(id, (await executor.select({ n: users.displayName }).from(users).where(eq(users.id, id)))[0]?.n ?? '');
  const comments = await executor
    .select({
      id: planComments.id,
      authorName: users.displayName,
      authorRole: planComments.authorRole,
      body: planComments.body,
      createdAt: planComments.createdAt,
    })
    .from(planComments)
    .innerJoin(users, eq(users.id, planComments.authorUserId))
    .where(eq(planComments.planId, row.id))
    .orderBy(asc(planComments.createdAt));
  const plan = asPlan(row);
  return {
    version: row.version,
    status: row.status as PlanStatus,
    plan: plan as unknown as import('zod').infer<typeof import('./plans.schemas.js').PlanContent>,
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
      message: errorMessage(p.code, locale, { field: p.field, detail: p.detail }),
    })),
  };
}

export async function getPlanOverview(executor: Executor, actor: Actor, participationId: string, locale: Locale) {
  const { row, assists } = await assistanceAccess(executor, actor, participationId);
  const versions = await versionsOf(executor, participationId);
  const latest = versions.at(-1);
  const template = await templateFor(executor, participationId);
  const side = assists ? 'assistance' : actor.role === 'enterprise_contact' ? 'enterprise' : null;
  const inStage = PLANNING_STAGES.includes(row.p.stage);
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
    availableActions: latest && side && inStage ? availablePlanActions(latest.status as PlanStatus, side) : [],
    editable: assists && inStage && (!latest || PLAN_EDITABLE_STATUSES.has(latest.status as PlanStatus)),
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
  const [plan] = await executor
    .select()
    .from(plans)
    .where(and(eq(plans.participationId, participationId), eq(plans.version, version)));
  assertFound(plan, 'plan');
  return versionView(executor, plan, await templateFor(executor, participationId), locale);
}

async function lockLatest(tx: Executor, participationId: string): Promise<PlanRow | undefined> {
  const [row] = await tx
    .select()
    .from(plans)
    .where(eq(plans.participationId, participationId))
    .orderBy(desc(plans.version))
    .limit(1)
    .for('update');
  return row;
}

function splitPlan(plan: Plan) {
  const { indicators, ...content } = plan;
  return {
    content: content as unknown as Record<string, unknown>,
    indicators: indicators as unknown as Array<Record<string, unknown>>,
  };
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
    const { row, assists } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    if (!assists) throw new AppError('FORBIDDEN');
    if (!PLANNING_STAGES.includes(row.p.stage)) throw new AppError('PLAN_LOCKED', { detail: row.p.stage });
    const template = await templateFor(tx, participationId);
    const [problem] = planProblems(input.plan, { template, forSubmission: false });
    if (problem) throw new AppError(problem.code, { field: `plan.${problem.field}`, detail: problem.detail });
    const latest = await lockLatest(tx, participationId);
    if ((latest?.lockVersion ?? 0) !== input.lockVersion) throw new AppError('VERSION_CONFLICT');
    if (latest && !PLAN_EDITABLE_STATUSES.has(latest.status as PlanStatus))
      throw new AppError('PLAN_LOCKED', { detail: latest.status });
    if (latest) {
      await tx
        .update(plans)
        .set({ ...splitPlan(input.plan), updatedAt: now, lockVersion: latest.lockVersion + 1 })
        .where(eq(plans.id, latest.id));
    } else {
      await tx.insert(plans).values({
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
    const { row, assists } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    const side = ['submit', 'revise', 'amend'].includes(input.action) ? 'assistance' : 'enterprise';
    if (side === 'assistance' ? !assists : actor.role !== 'enterprise_contact') throw new AppError('FORBIDDEN');
    if (!PLANNING_STAGES.includes(row.p.stage)) throw new AppError('PLAN_LOCKED', { detail: row.p.stage });
    const latest = await lockLatest(tx, participationId);
    assertFound(latest, 'plan');
    if (latest.lockVersion !== input.lockVersion) throw new AppError('VERSION_CONFLICT');
    const decision = planTransition(latest.status as PlanStatus, input.action, {
      reason: input.reason,
      comment: input.comment,
    });
    if (!decision.ok) throw new AppError(decision.code, { field: decision.field, detail: decision.detail });
    if (input.action === 'submit' || input.action === 'revise') {
      const [problem] = planProblems(asPlan(latest), { template: await templateFor(tx, participationId) });
      if (problem) throw new AppError(problem.code, { field: `plan.${problem.field}`, detail: problem.detail });
    }
    if (decision.newVersion) {
      // 003 §6.7.3: an accepted plan changes only as a new version with its reason
      await tx.insert(plans).values({
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
      const changes: Partial<typeof plans.$inferInsert> = {
        status: decision.to,
        updatedAt: now,
        lockVersion: latest.lockVersion + 1,
      };
      if (input.action === 'accept') {
        changes.acceptedBy = actor.userId;
        changes.acceptedAt = now;
        await tx
          .update(plans)
          .set({ status: 'superseded' })
          .where(and(eq(plans.participationId, participationId), eq(plans.status, 'accepted')));
      }
      await tx.update(plans).set(changes).where(eq(plans.id, latest.id));
      if (input.action === 'comment') {
        await tx.insert(planComments).values({
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
    const tell = side === 'assistance' ? row.p.enterpriseId : row.p.certificationBodyId;
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
export async function acceptedIndicators(executor: Executor, actor: Actor, participationId: string) {
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
  const [plan] = await executor
    .select()
    .from(plans)
    .where(and(eq(plans.participationId, participationId), eq(plans.version, version)));
  assertFound(plan, 'plan');
  return {
    plan: asPlan(plan),
    template: await templateFor(executor, participationId),
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
