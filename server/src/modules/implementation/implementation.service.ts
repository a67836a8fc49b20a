/**
 * 方案实施 (003 §6.7): the improvement team, the recorded start of operation — the one way to "operating": the record
 * and the participations service's start_operation command in one transaction, the guard reading the record —, the
 * operation records and the issue log. Every write is in the audit trail.
 */
import type {
  AddOperationRecordRequest,
  ImplementationOverview,
  LogIssueRequest,
  ResolveIssueRequest,
  SaveTeamRequest,
  StartOperationRequest,
} from '../../../../contracts/implementation.js';
import {
  issueProblem,
  operationRecordProblem,
  overdueFlags,
  resolutionProblem,
  teamProblems,
  type ImplementationProblem,
} from '../../../../domain/implementation/implementation.js';
import { operationCompleteOn } from '../../../../domain/lifecycle/operation-period.js';
import type { Plan } from '../../../../domain/plans/plan.js';
import type { AuditAction } from '../../../../domain/audit/actions.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { chinaDate } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import { actorRef } from '../auth/auth.service.js';
import { transitionInTransaction } from '../participations/participations.service.js';
import { assistanceAccess } from '../survey/survey.service.js';
import { auditResultsOf } from '../internal-audit/internal-audit.service.js';
import { assertMayWrite, mayWrite } from './implementation.policy.js';
import {
  displayNames,
  firstPlanAcceptance,
  insertIssue,
  insertOperationStart,
  insertRecord,
  insertTeamVersion,
  issuesOf,
  lockIssue,
  operationFiles,
  operationStartOf,
  planVersionsOf,
  recordsOf,
  resolveIssueRow,
  teamVersions,
} from './implementation.repository.js';

function refuse(problem: ImplementationProblem | null | undefined): void {
  if (problem) throw new AppError(problem.code, { field: problem.field, detail: problem.detail });
}

/** The key control points of the plan's accepted version (003 §6.6.1 a)), and the amendments (003 §6.7.3). */
function planFacts(versions: Awaited<ReturnType<typeof planVersionsOf>>) {
  const accepted = versions.filter((v) => v.status === 'accepted').at(-1);
  const content = accepted?.content as Omit<Plan, 'indicators'> | undefined;
  const controlPoints = (content?.organization ?? [])
    .filter((o) => o.element === 'key_control_points')
    .map((o) => o.title.trim())
    .filter(Boolean);
  const amendments = versions
    .filter((v) => v.amendReason !== null)
    .map((v) => ({ version: v.version, madeOn: chinaDate(v.createdAt), reason: v.amendReason }));
  return { controlPoints, amendments };
}

export async function getImplementation(
  executor: Executor,
  actor: Actor,
  participationId: string,
  now: Date,
): Promise<ImplementationOverview> {
  const { row, side } = await assistanceAccess(executor, actor, participationId);
  const stage = row.p.stage;
  const [teams, start, records, issues, versions, accepted] = await Promise.all([
    teamVersions(executor, participationId),
    operationStartOf(executor, participationId),
    recordsOf(executor, participationId),
    issuesOf(executor, participationId),
    planVersionsOf(executor, participationId),
    firstPlanAcceptance(executor, participationId),
  ]);
  const names = await displayNames(executor, [
    ...teams.map((t) => t.recordedBy),
    ...(start ? [start.recordedBy] : []),
    ...records.map((r) => r.recordedBy),
    ...issues.map((i) => i.recordedBy),
  ]);
  const fileRows = await operationFiles(
    executor,
    participationId,
    records.flatMap((r) => r.fileIds),
  );
  const fileById = new Map(fileRows.map((f) => [f.id, f]));
  const { controlPoints, amendments } = planFacts(versions);
  const current = teams[0];
  const startedOn = start?.startedOn ?? row.p.operationStartedOn;
  const today = chinaDate(now);
  // 002 step 7: the NCs of the internal audit past their rectification deadline and not closed
  const auditResults = await auditResultsOf(executor, participationId, today);
  return {
    stage,
    team: current
      ? {
          version: current.version,
          leader: {
            name: current.leaderName,
            post: current.leaderPost,
            isTopManager: current.leaderIsTopManager,
            delegationReason: current.delegationReason,
          },
          members: current.members.map((m) => ({
            name: m.name,
            role: m.role,
            post: m.post ?? null,
            department: m.department ?? null,
          })),
          recordedByName: names.get(current.recordedBy) ?? '',
          recordedAt: current.createdAt.toISOString(),
        }
      : null,
    teamHistory: teams.map((t) => ({
      version: t.version,
      leaderName: t.leaderName,
      memberCount: t.members.length,
      recordedByName: names.get(t.recordedBy) ?? '',
      recordedAt: t.createdAt.toISOString(),
    })),
    operationStart: start
      ? {
          startedOn: start.startedOn,
          note: start.note,
          recordedByName: names.get(start.recordedBy) ?? '',
          recordedAt: start.createdAt.toISOString(),
        }
      : null,
    operationCompleteOn: startedOn ? operationCompleteOn(startedOn) : null,
    planAcceptedOn: accepted ? chinaDate(accepted) : null,
    planControlPoints: controlPoints,
    planAmendments: amendments,
    records: records.map((r) => ({
      id: r.id,
      kind: r.kind as ImplementationOverview['records'][number]['kind'],
      recordedOn: r.recordedOn,
      title: r.title,
      body: r.body,
      controlPoint: r.controlPoint,
      files: r.fileIds.flatMap((id) => {
        const f = fileById.get(id);
        return f ? [f] : [];
      }),
      recordedRole: r.recordedRole,
      recordedByName: names.get(r.recordedBy) ?? '',
      recordedAt: r.createdAt.toISOString(),
    })),
    issues: issues.map((i) => ({
      id: i.id,
      source: i.source as ImplementationOverview['issues'][number]['source'],
      kind: i.kind as ImplementationOverview['issues'][number]['kind'],
      raisedOn: i.raisedOn,
      raisedByName: i.raisedByName,
      description: i.description,
      resolution: i.resolution,
      resolvedOn: i.resolvedOn,
      planVersion: i.planVersion,
      recordedByName: names.get(i.recordedBy) ?? '',
      recordedAt: i.createdAt.toISOString(),
    })),
    overdue: overdueFlags({
      stage,
      operationStartedOn: startedOn,
      lastRecordOn: records[0]?.recordedOn ?? null,
      today,
      overdueNonconformities: auditResults?.openNonconformities.filter((nc) => nc.overdue).length ?? 0,
    }),
    may: {
      writeTeam: mayWrite('team', side, stage),
      startOperation: mayWrite('operation_start', side, stage) && Boolean(current) && !start,
      addRecord: mayWrite('record', side, stage),
      logIssue: mayWrite('issue', side, stage),
    },
  };
}

/** One write: in a transaction with the participation locked, then the overview as the writer now sees it. */
async function write(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  action: AuditAction,
  body: (
    tx: Executor,
    access: Awaited<ReturnType<typeof assistanceAccess>>,
    now: Date,
  ) => Promise<Record<string, unknown>>,
): Promise<ImplementationOverview> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const access = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    const detail = await body(tx, access, now);
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action,
      objectType: 'participation',
      objectId: participationId,
      outcome: 'success',
      detail,
    });
  });
  return getImplementation(db, actor, participationId, now);
}

/** 003 §6.7.2.1: a new version of the team; the earlier ones stay. */
export async function saveTeam(ctx: AppContext, actor: Actor, participationId: string, input: SaveTeamRequest) {
  return write(ctx, actor, participationId, 'implementation.team', async (tx, { row, side }, now) => {
    assertMayWrite('team', side, row.p.stage);
    refuse(teamProblems(input)[0]);
    const latest = (await teamVersions(tx, participationId))[0];
    const version = (latest?.version ?? 0) + 1;
    await insertTeamVersion(tx, {
      participationId,
      version,
      leaderName: input.leader.name.trim(),
      leaderPost: input.leader.post?.trim() || null,
      leaderIsTopManager: input.leader.isTopManager,
      delegationReason: input.leader.isTopManager ? null : input.leader.delegationReason!.trim(),
      members: input.members.map((m) => ({
        name: m.name.trim(),
        role: m.role.trim(),
        post: m.post?.trim() || null,
        department: m.department?.trim() || null,
      })),
      recordedBy: actor.userId,
      recordedRole: actor.role,
      createdAt: now,
    });
    return { version, leader: input.leader.name, members: input.members.length };
  });
}

/**
 * 000 §二(4): the start of operation is recorded, and the same transaction runs the participations service's
 * start_operation, whose guard reads this record and the plan's acceptance (domain/lifecycle/transitions).
 * 003 §6.7.2.4 a): operation is led by the improvement team, so the team is recorded first.
 */
export async function startOperation(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: StartOperationRequest,
) {
  return write(ctx, actor, participationId, 'implementation.operation_start', async (tx, { row, side }, now) => {
    assertMayWrite('operation_start', side, row.p.stage);
    if ((await teamVersions(tx, participationId)).length === 0) throw new AppError('TEAM_REQUIRED');
    await insertOperationStart(tx, {
      participationId,
      startedOn: input.operationStartedOn,
      note: input.note?.trim() || null,
      recordedBy: actor.userId,
      recordedRole: actor.role,
      createdAt: now,
    });
    await transitionInTransaction(
      tx,
      actor,
      participationId,
      { command: 'start_operation', version: input.version, operationStartedOn: input.operationStartedOn },
      now,
    );
    return { operationStartedOn: input.operationStartedOn };
  });
}

/** 001 annex 运行记录、数据、绩效改进; 003 §6.7.2.4 the plan's control points: a dated entry with its files. */
export async function addRecord(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: AddOperationRecordRequest,
) {
  return write(ctx, actor, participationId, 'implementation.record', async (tx, { row, side }, now) => {
    assertMayWrite('record', side, row.p.stage);
    const start = await operationStartOf(tx, participationId);
    const { controlPoints } = planFacts(await planVersionsOf(tx, participationId));
    refuse(
      operationRecordProblem({
        recordedOn: input.recordedOn,
        operationStartedOn: start?.startedOn ?? row.p.operationStartedOn,
        today: chinaDate(now),
        kind: input.kind,
        controlPoint: input.controlPoint ?? null,
        planControlPoints: controlPoints,
      }),
    );
    const fileIds = [...new Set(input.fileIds)];
    const found = new Set((await operationFiles(tx, participationId, fileIds)).map((f) => f.id));
    const stranger = fileIds.find((id) => !found.has(id));
    if (stranger) throw new AppError('NOT_FOUND', { field: 'fileIds', detail: stranger });
    await insertRecord(tx, {
      participationId,
      kind: input.kind,
      recordedOn: input.recordedOn,
      title: input.title,
      body: input.body?.trim() || null,
      controlPoint: input.kind === 'control_point' ? input.controlPoint!.trim() : null,
      fileIds,
      recordedBy: actor.userId,
      recordedRole: actor.role,
      createdAt: now,
    });
    return { kind: input.kind, recordedOn: input.recordedOn, files: fileIds.length };
  });
}

/** 003 §6.7.3: a problem or opinion raised, with its source and who raised it. */
export async function logIssue(ctx: AppContext, actor: Actor, participationId: string, input: LogIssueRequest) {
  return write(ctx, actor, participationId, 'implementation.issue', async (tx, { row, side }, now) => {
    assertMayWrite('issue', side, row.p.stage);
    refuse(issueProblem({ raisedOn: input.raisedOn, today: chinaDate(now) }));
    await insertIssue(tx, { participationId, ...input, recordedBy: actor.userId, createdAt: now });
    return { source: input.source, kind: input.kind, raisedOn: input.raisedOn };
  });
}

/** 003 §6.7.3: how it was resolved, and the plan amendment when the plan was adjusted. */
export async function resolveIssue(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  issueId: string,
  input: ResolveIssueRequest,
) {
  return write(ctx, actor, participationId, 'implementation.issue_resolve', async (tx, { row, side }, now) => {
    assertMayWrite('issue', side, row.p.stage);
    const issue = await lockIssue(tx, participationId, issueId);
    if (!issue) throw new AppError('NOT_FOUND', { field: 'issue' });
    if (issue.resolvedOn) throw new AppError('ISSUE_ALREADY_RESOLVED');
    const { amendments } = planFacts(await planVersionsOf(tx, participationId));
    refuse(
      resolutionProblem({
        raisedOn: issue.raisedOn,
        resolvedOn: input.resolvedOn,
        resolution: input.resolution,
        today: chinaDate(now),
        planVersion: input.planVersion ?? null,
        amendments,
      }),
    );
    await resolveIssueRow(tx, issueId, {
      resolution: input.resolution.trim(),
      resolvedOn: input.resolvedOn,
      planVersion: input.planVersion ?? null,
      resolvedBy: actor.userId,
    });
    return { issueId, resolvedOn: input.resolvedOn, planVersion: input.planVersion ?? null };
  });
}
