/**
 * 方案实施 (003 §6.7): the enterprise's improvement team (§6.7.2.1), the recorded start of QMS operation and the
 * operation records (000 §二(4); 001 annex; §6.7.2.4), and the log of problems and opinions (§6.7.3). Pure rules: the
 * server reads the facts (the plan's acceptance, today) and asks these.
 */
import type { ErrorCode } from '../errors/codes.js';
import { operationCompleteOn } from '../lifecycle/operation-period.js';

export interface ImplementationProblem {
  code: ErrorCode;
  field: string;
  detail?: string;
}

const blank = (s: string | null | undefined) => !s?.trim();

// ——— the improvement team ———

export interface TeamMember {
  name: string;
  /** 小组职务, e.g. 副组长, 组员, 内审员 */
  role: string;
  post?: string | null;
  department?: string | null;
}

export interface ImprovementTeam {
  leader: {
    name: string;
    post?: string | null;
    /** 003 §6.7.2.1: the leader is the top manager, or someone they authorised (then why, and who authorised). */
    isTopManager: boolean;
    delegationReason?: string | null;
  };
  members: ReadonlyArray<TeamMember>;
}

/** 003 §6.7.2.1 "由企业最高管理者或其授权人担任组长": a delegate leads only with the authorisation recorded. */
export function teamProblems(team: ImprovementTeam): ImplementationProblem[] {
  const problems: ImplementationProblem[] = [];
  if (blank(team.leader.name)) problems.push({ code: 'REQUIRED', field: 'leader.name' });
  if (!team.leader.isTopManager && blank(team.leader.delegationReason))
    problems.push({ code: 'TEAM_LEADER_DELEGATION_REASON', field: 'leader.delegationReason' });
  // a 小组 has members besides its leader
  if (team.members.length === 0) problems.push({ code: 'TEAM_MEMBERS_REQUIRED', field: 'members' });
  team.members.forEach((m, i) => {
    if (blank(m.name)) problems.push({ code: 'REQUIRED', field: `members.${i}.name` });
    if (blank(m.role)) problems.push({ code: 'REQUIRED', field: `members.${i}.role` });
  });
  const names = team.members.map((m) => m.name.trim());
  const twice = names.findIndex((n, i) => n && names.indexOf(n) !== i);
  if (twice >= 0)
    problems.push({ code: 'TEAM_MEMBER_DUPLICATE', field: `members.${twice}.name`, detail: names[twice] });
  return problems;
}

// ——— operation start and records ———

/**
 * 000 §二(4) "质量管理体系运行": operation starts on a recorded day that is not before the enterprise accepted the
 * plan (003 §6.6.2 — there is nothing to operate before) and not after today. `planAcceptedOn` is the day of the
 * first acceptance (a later amendment does not move the start); null when no version was accepted.
 */
export function operationStartProblem(input: {
  startedOn: string;
  planAcceptedOn: string | null;
  today: string;
}): ImplementationProblem | null {
  if (!input.planAcceptedOn) return { code: 'PLAN_NOT_ACCEPTED', field: 'operationStartedOn' };
  if (input.startedOn < input.planAcceptedOn)
    return { code: 'OPERATION_BEFORE_PLAN', field: 'operationStartedOn', detail: input.planAcceptedOn };
  if (input.startedOn > input.today) return { code: 'DATE_IN_FUTURE', field: 'operationStartedOn' };
  return null;
}

/** 000 §二(4), 001 annex "应形成运行记录、数据、绩效改进等资料"; 003 §6.7.2.4 c) the plan's quality control points. */
export const OPERATION_RECORD_KINDS = ['run_record', 'data', 'performance_improvement', 'control_point'] as const;
export type OperationRecordKind = (typeof OPERATION_RECORD_KINDS)[number];

/** A record of operation is dated within the operation: not before it started, not after today. */
export function operationRecordProblem(input: {
  recordedOn: string;
  operationStartedOn: string | null;
  today: string;
  kind: OperationRecordKind;
  controlPoint?: string | null;
  /** The key control points of the accepted plan (003 §6.6.1 a) 关键控制点), by title. */
  planControlPoints: ReadonlyArray<string>;
}): ImplementationProblem | null {
  if (!input.operationStartedOn) return { code: 'OPERATION_NOT_STARTED', field: 'recordedOn' };
  if (input.recordedOn < input.operationStartedOn)
    return { code: 'RECORD_BEFORE_OPERATION', field: 'recordedOn', detail: input.operationStartedOn };
  if (input.recordedOn > input.today) return { code: 'DATE_IN_FUTURE', field: 'recordedOn' };
  if (input.kind === 'control_point') {
    // the control point named is one of the plan's, when the plan lists them
    if (blank(input.controlPoint)) return { code: 'REQUIRED', field: 'controlPoint' };
    if (input.planControlPoints.length > 0 && !input.planControlPoints.includes(input.controlPoint!.trim()))
      return { code: 'CONTROL_POINT_NOT_IN_PLAN', field: 'controlPoint' };
  }
  return null;
}

// ——— the issue log ———

/** 003 §6.7.3 "分层培训、流程梳理和制度建设、质量管理体系运行过程中的主要问题和改进意见". */
export const ISSUE_SOURCES = ['training', 'process', 'operation'] as const;
export type IssueSource = (typeof ISSUE_SOURCES)[number];

export const ISSUE_KINDS = ['problem', 'opinion'] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

/** A problem or opinion is raised on a day not after today. */
export function issueProblem(input: { raisedOn: string; today: string }): ImplementationProblem | null {
  if (input.raisedOn > input.today) return { code: 'DATE_IN_FUTURE', field: 'raisedOn' };
  return null;
}

/**
 * 003 §6.7.3: the resolution, dated not before it was raised nor after today; "如发现方案实施过程产生偏差 … 调整方案":
 * a resolution that changes the plan names the amended version, made after the issue was raised.
 */
export function resolutionProblem(input: {
  raisedOn: string;
  resolvedOn: string;
  resolution: string;
  today: string;
  planVersion?: number | null;
  /** The plan's versions made by amendment (003 §6.7.3), with the day each was made. */
  amendments: ReadonlyArray<{ version: number; madeOn: string }>;
}): ImplementationProblem | null {
  if (blank(input.resolution)) return { code: 'REQUIRED', field: 'resolution' };
  if (input.resolvedOn < input.raisedOn) return { code: 'DATE_ORDER', field: 'resolvedOn' };
  if (input.resolvedOn > input.today) return { code: 'DATE_IN_FUTURE', field: 'resolvedOn' };
  if (input.planVersion != null) {
    const amendment = input.amendments.find((a) => a.version === input.planVersion);
    if (!amendment) return { code: 'PLAN_AMENDMENT_UNKNOWN', field: 'planVersion' };
    if (amendment.madeOn < input.raisedOn) return { code: 'DATE_ORDER', field: 'planVersion' };
  }
  return null;
}

// ——— overdue flags ———

export const OVERDUE_FLAGS = [
  'operation_records_missing',
  'review_overdue',
  'nonconformity_overdue',
  'surveillance_overdue',
] as const;
export type OverdueFlag = (typeof OVERDUE_FLAGS)[number];

/** A month without an operation record: the seeds ask for records throughout (001 annex; 003 §6.7.2.4 d)). */
export const RECORD_GAP_MONTHS = 1;
/** 003 §6.8.1 "运行一段时间后（建议为 3-6 个月）… 内部审核和管理评审": past six months the review is overdue. */
export const REVIEW_DUE_MONTHS = 6;

/**
 * The flags shown on the 一企一档 page and the list: while operating, no operation record in the last month (counted
 * from the start when none was made); the review not held six months after operation began; nonconformities past
 * their due date (internal audit's count); the certificate's surveillance past due. `lastRecordOn` is the latest operation record's date.
 */
export function overdueFlags(input: {
  stage: string;
  operationStartedOn: string | null;
  lastRecordOn: string | null;
  today: string;
  overdueNonconformities?: number;
  /** The certificate's next surveillance or recertification (domain/certification surveillanceState). */
  surveillanceDueOn?: string | null;
}): OverdueFlag[] {
  const flags: OverdueFlag[] = [];
  if (input.stage === 'operating' && input.operationStartedOn) {
    const since =
      input.lastRecordOn && input.lastRecordOn > input.operationStartedOn
        ? input.lastRecordOn
        : input.operationStartedOn;
    if (input.today >= operationCompleteOn(since, RECORD_GAP_MONTHS)) flags.push('operation_records_missing');
    if (input.today >= operationCompleteOn(input.operationStartedOn, REVIEW_DUE_MONTHS)) flags.push('review_overdue');
  }
  if ((input.overdueNonconformities ?? 0) > 0) flags.push('nonconformity_overdue');
  // 17021-1 §9.6.2.2 (domain/certification): due within 12 months; the due day itself is on time
  if (input.surveillanceDueOn && input.today > input.surveillanceDueOn) flags.push('surveillance_overdue');
  return flags;
}
