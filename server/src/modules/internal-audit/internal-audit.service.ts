/**
 * 内部审核 (000 §二(4); 002 steps 4, 6, 7; 003 §6.8.1): the plan under the three-month gate with trained auditors, the
 * checklist, the findings and each nonconformity's cycle to closure, the report answering the diagnosis pain
 * points. Every write is in the audit trail. The management review reads the results (auditResultsOf).
 */
import type {
  AddFindingRequest,
  AuditFinding,
  CompleteAuditRequest,
  InternalAuditOverview,
  NcStepRequest,
  SaveAuditRequest,
} from '../../../../contracts/internal-audit.js';
import type { AuditAction } from '../../../../domain/audit/actions.js';
import {
  auditPlanProblems,
  completionProblems,
  ncOverdue,
  ncState,
  ncStepProblem,
  nextSteps,
  type AuditProblem,
  type Finding,
} from '../../../../domain/internal-audit/internal-audit.js';
import { operationCompleteOn } from '../../../../domain/lifecycle/operation-period.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { chinaDate } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import { actorRef } from '../auth/auth.service.js';
import { assistanceAccess } from '../survey/survey.service.js';
import { internalAuditorTrainingOf } from '../training/training.service.js';
import { assertMayWriteAudit, mayWriteAudit, type AuditWrite } from './internal-audit.policy.js';
import {
  auditOf,
  confirmedPainPoints,
  findingForUpdate,
  findingsOf,
  insertAudit,
  insertFinding,
  updateAudit,
  updateFinding,
  type FindingRow,
} from './internal-audit.repository.js';

function refuse(problems: ReadonlyArray<AuditProblem | null>): void {
  const first = problems.find((p) => p !== null);
  if (first) throw new AppError(first.code, { field: first.field, detail: first.detail });
}

function findingAnswer(row: FindingRow, today: string): AuditFinding {
  const finding = { grade: row.grade as Finding['grade'], steps: row.steps, dueOn: row.dueOn };
  return {
    id: row.id,
    number: row.number,
    grade: finding.grade,
    clause: row.clause,
    department: row.department,
    evidence: row.evidence,
    foundOn: row.foundOn,
    dueOn: row.dueOn,
    steps: row.steps.map((s) => ({ ...s, dueOn: s.dueOn ?? null })),
    state: ncState(finding),
    nextSteps: nextSteps(finding),
    overdue: ncOverdue(finding, today),
    version: row.version,
  };
}

export async function getInternalAudit(
  executor: Executor,
  actor: Actor,
  participationId: string,
  now: Date,
): Promise<InternalAuditOverview> {
  const { row, side } = await assistanceAccess(executor, actor, participationId);
  const today = chinaDate(now);
  const [audit, trained, painPoints] = await Promise.all([
    auditOf(executor, participationId),
    internalAuditorTrainingOf(executor, participationId),
    confirmedPainPoints(executor, participationId),
  ]);
  const findings = audit ? await findingsOf(executor, audit.id) : [];
  const startedOn = row.p.operationStartedOn;
  const write: AuditWrite = audit?.status === 'completed' ? 'nc_step' : 'plan';
  return {
    stage: row.p.stage,
    mayWrite: mayWriteAudit(write, side, row.p.stage),
    operationStartedOn: startedOn,
    earliestStartOn: startedOn ? operationCompleteOn(startedOn) : null,
    trainedAuditors: trained.map((t) => ({ name: t.personName, trainedOn: t.heldOn })),
    painPoints,
    audit: audit
      ? {
          id: audit.id,
          status: audit.status as 'planned' | 'completed',
          plan: audit.plan,
          checklist: audit.checklist,
          report: audit.report ?? null,
          completedOn: audit.completedOn,
          version: audit.version,
        }
      : null,
    findings: findings.map((f) => findingAnswer(f, today)),
  };
}

async function record(
  tx: Executor,
  now: Date,
  actor: Actor,
  action: AuditAction,
  participationId: string,
  after: unknown,
) {
  await appendAudit(tx, now, {
    actor: actorRef(actor),
    action,
    objectType: 'participation',
    objectId: participationId,
    outcome: 'success',
    after,
  });
}

/** Plans the audit, or changes the plan and checklist of the planned one (the version read). */
export async function saveAudit(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: SaveAuditRequest,
): Promise<{ id: string; version: number }> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const { row, side } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    assertMayWriteAudit('plan', side, row.p.stage);
    const existing = await auditOf(tx, participationId, { forUpdate: true });
    if (existing?.status === 'completed') throw new AppError('AUDIT_COMPLETED', { field: 'plan' });
    if (existing && input.version !== existing.version) throw new AppError('VERSION_CONFLICT');
    const trained = new Set((await internalAuditorTrainingOf(tx, participationId)).map((t) => t.personName.trim()));
    refuse(auditPlanProblems(input.plan, { operationStartedOn: row.p.operationStartedOn, trainedAuditors: trained }));
    const fields = {
      plan: input.plan,
      startsOn: input.plan.startsOn,
      endsOn: input.plan.endsOn,
      checklist: input.checklist,
      updatedAt: now,
    };
    let id: string;
    let version: number;
    if (existing) {
      await updateAudit(tx, existing.id, fields);
      ({ id, version } = { id: existing.id, version: existing.version + 1 });
    } else {
      id = await insertAudit(tx, {
        participationId,
        ...fields,
        status: 'planned',
        recordedBy: actor.userId,
        createdAt: now,
      });
      version = 1;
    }
    await record(tx, now, actor, 'internal_audit.save', participationId, input);
    return { id, version };
  });
}

/** A finding of the planned audit, dated within the audit and not in the future. */
export async function addFinding(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: AddFindingRequest,
): Promise<{ id: string; number: number }> {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  return ctx.database.db.transaction(async (tx) => {
    const { row, side } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    assertMayWriteAudit('finding', side, row.p.stage);
    const audit = await auditOf(tx, participationId, { forUpdate: true });
    assertFound(audit, 'internalAudit');
    if (audit.status === 'completed') throw new AppError('AUDIT_COMPLETED', { field: 'findings' });
    if (input.foundOn > today) throw new AppError('DATE_IN_FUTURE', { field: 'foundOn' });
    if (input.foundOn < audit.startsOn || input.foundOn > audit.endsOn)
      throw new AppError('DATE_ORDER', { field: 'foundOn', detail: `${audit.startsOn}..${audit.endsOn}` });
    if (input.dueOn && input.dueOn < input.foundOn) throw new AppError('DATE_ORDER', { field: 'dueOn' });
    const created = await insertFinding(tx, {
      auditId: audit.id,
      participationId,
      grade: input.grade,
      clause: input.clause,
      department: input.department,
      evidence: input.evidence,
      foundOn: input.foundOn,
      dueOn: input.grade === 'observation' ? null : (input.dueOn ?? null),
      recordedBy: actor.userId,
      createdAt: now,
    });
    await record(tx, now, actor, 'internal_audit.finding', participationId, { ...input, number: created.number });
    return created;
  });
}

/** The next step of a nonconformity's cycle (10.2): in order, dated in order; closure only after an effective verification. */
export async function recordNcStep(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  findingId: string,
  input: NcStepRequest,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    const { row, side } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    const finding = await findingForUpdate(tx, participationId, findingId);
    assertFound(finding, 'findingId');
    assertMayWriteAudit('nc_step', side, row.p.stage);
    if (finding.version !== input.version) throw new AppError('VERSION_CONFLICT');
    const step = {
      owner: input.owner,
      dueOn: input.dueOn ?? null,
      doneOn: input.doneOn,
      text: input.text,
      fileIds: input.fileIds,
      ...(input.effective === undefined ? {} : { effective: input.effective }),
    };
    refuse([
      ncStepProblem(
        { grade: finding.grade as Finding['grade'], steps: finding.steps, foundOn: finding.foundOn },
        input.step,
        step,
        chinaDate(now),
      ),
    ]);
    await updateFinding(tx, finding.id, {
      steps: [...finding.steps, { step: input.step, ...step }],
      ...(input.step === 'closure' ? { closedOn: input.doneOn } : {}),
    });
    await record(tx, now, actor, 'internal_audit.nc_step', participationId, {
      findingId,
      number: finding.number,
      ...input,
    });
  });
}

/** Completes the audit with its report (000 §二(4): how each diagnosis pain point was addressed). */
export async function completeAudit(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: CompleteAuditRequest,
): Promise<void> {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  await ctx.database.db.transaction(async (tx) => {
    const { row, side } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    assertMayWriteAudit('complete', side, row.p.stage);
    const audit = await auditOf(tx, participationId, { forUpdate: true });
    assertFound(audit, 'internalAudit');
    if (audit.status === 'completed') throw new AppError('AUDIT_COMPLETED', { field: 'report' });
    if (audit.version !== input.version) throw new AppError('VERSION_CONFLICT');
    const painPoints = await confirmedPainPoints(tx, participationId);
    const report = { summary: input.summary, conclusion: input.conclusion, painPoints: input.painPoints };
    refuse(
      completionProblems(report, {
        painPointRefs: painPoints.map((p) => p.ref),
        checklistRows: audit.checklist.length,
        endsOn: audit.endsOn,
        today,
      }),
    );
    await updateAudit(tx, audit.id, { report, status: 'completed', completedOn: today, updatedAt: now });
    await record(tx, now, actor, 'internal_audit.complete', participationId, report);
  });
}

/** What the management review and the timeline read (9.3.2 c) 4)–5)): the audit's dates and its findings. */
export async function auditResultsOf(executor: Executor, participationId: string, today: string) {
  const audit = await auditOf(executor, participationId);
  if (!audit) return null;
  const findings = (await findingsOf(executor, audit.id)).map((f) => findingAnswer(f, today));
  const count = (grade: Finding['grade']) => findings.filter((f) => f.grade === grade).length;
  return {
    auditId: audit.id,
    status: audit.status as 'planned' | 'completed',
    startsOn: audit.startsOn,
    endsOn: audit.endsOn,
    completedOn: audit.completedOn,
    findings: { major: count('major'), minor: count('minor'), observation: count('observation') },
    openNonconformities: findings
      .filter((f) => f.state !== null && f.state !== 'closed')
      .map((f) => ({
        id: f.id,
        number: f.number,
        grade: f.grade,
        clause: f.clause,
        dueOn: f.dueOn,
        overdue: f.overdue,
      })),
    closedNonconformities: findings.filter((f) => f.state === 'closed').length,
  };
}

/** The audit for its Word documents, as the caller may read it. */
export async function auditForDocument(executor: Executor, actor: Actor, participationId: string, now: Date) {
  const overview = await getInternalAudit(executor, actor, participationId, now);
  assertFound(overview.audit, 'internalAudit');
  const { row } = await assistanceAccess(executor, actor, participationId);
  return {
    overview,
    audit: overview.audit,
    meta: {
      enterpriseName: row.enterpriseName,
      uscc: row.enterprise.uscc,
      campaignName: row.campaignName,
      bodyName: row.bodyName ?? '',
    },
  };
}
