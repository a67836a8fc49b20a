/**
 * The enterprise's internal audit (内部审核), as the seeds require it: seed 000 §二(4) (after at least three months
 * of operation; "内审应重点关注解决前期调研发现的主要问题的有效性"), seed 002 steps 4, 6, 7 (auditors trained first;
 * nonconformity reports; corrective action tracked and verified), seed 003 §6.8.1, and ISO 9001 9.2 / 10.2 as
 * paraphrased in shared/reference/internal-audit-and-review.md (plan fields, checklist, grading, the NC cycle).
 * Pure: the server gives the facts (the operation start, who had internal-auditor training, the pain points).
 */
import type { ErrorCode } from '../errors/codes.js';
import { operationCompleteOn } from '../lifecycle/operation-period.js';

export interface AuditProblem {
  code: ErrorCode;
  field: string;
  detail?: string;
}

/** A member of the audit team: the leader first; `department` is where the person works (9.2.2 c)). */
export interface AuditorEntry {
  name: string;
  department: string;
  leader: boolean;
}

/** One row of the schedule: who audits which department against which clauses (ISO 19011 6.3.2.2). */
export interface ScheduleRow {
  department: string;
  clauses: string[];
  auditorName: string;
  on: string;
}

/** 审核计划: objectives, scope, criteria, dates, team, schedule (reference §2). */
export interface AuditPlan {
  objectives: string;
  scope: string;
  criteria: string[];
  startsOn: string;
  endsOn: string;
  team: AuditorEntry[];
  schedule: ScheduleRow[];
}

export const CHECKLIST_RESULTS = ['conforming', 'nonconforming', 'observation', 'not_applicable'] as const;
export type ChecklistResult = (typeof CHECKLIST_RESULTS)[number];

/** 检查表 row (reference §3). */
export interface ChecklistRow {
  clause: string;
  department: string;
  content: string;
  evidence: string;
  result: ChecklistResult;
}

/** 严重不符合 / 一般不符合 / 观察项 (reference §4). */
export const FINDING_GRADES = ['major', 'minor', 'observation'] as const;
export type FindingGrade = (typeof FINDING_GRADES)[number];

/** The steps of a nonconformity, in order (ISO 9001 10.2; seed 002 step 7). */
export const NC_STEPS = ['correction', 'root_cause', 'corrective_action', 'verification', 'closure'] as const;
export type NcStep = (typeof NC_STEPS)[number];

export interface NcStepRecord {
  /** Who is responsible (correction, root cause, action) or who verified / closed. */
  owner: string;
  dueOn: string | null;
  doneOn: string;
  text: string;
  fileIds: string[];
  /** verification only: was the corrective action effective? */
  effective?: boolean;
}

export interface Finding {
  grade: FindingGrade;
  clause: string;
  department: string;
  evidence: string;
  foundOn: string;
  /** The rectification deadline set when it was raised (nonconformities). */
  dueOn: string | null;
  /** The NC cycle so far (nonconformities only); a failed verification is kept, followed by the next action. */
  steps: Array<NcStepRecord & { step: NcStep }>;
}

export type NcState = 'open' | 'corrected' | 'analysed' | 'action_taken' | 'verified' | 'closed';

/** Where a finding's cycle stands: an observation has none; an ineffective verification sends it back to action. */
export function ncState(finding: Pick<Finding, 'grade' | 'steps'>): NcState | null {
  if (finding.grade === 'observation') return null;
  let state: NcState = 'open';
  for (const s of finding.steps) {
    if (s.step === 'correction') state = 'corrected';
    else if (s.step === 'root_cause') state = 'analysed';
    else if (s.step === 'corrective_action') state = 'action_taken';
    else if (s.step === 'verification') state = s.effective ? 'verified' : 'analysed';
    else if (s.step === 'closure') state = 'closed';
  }
  return state;
}

/** Which step may come next from a state (correction may be skipped when nothing can be corrected at once). */
const NEXT: Record<NcState, ReadonlyArray<NcStep>> = {
  open: ['correction', 'root_cause'],
  corrected: ['root_cause'],
  analysed: ['corrective_action'],
  action_taken: ['verification'],
  verified: ['closure'],
  closed: [],
};

export function nextSteps(finding: Pick<Finding, 'grade' | 'steps'>): NcStep[] {
  const state = ncState(finding);
  return state ? [...NEXT[state]] : [];
}

/**
 * A new step of the cycle (10.2): in order; dated not before the finding nor the step before it; the verification
 * says whether the action was effective; closure only after an effective verification — an NC cannot close without
 * a verified corrective action.
 */
export function ncStepProblem(
  finding: Pick<Finding, 'grade' | 'steps' | 'foundOn'>,
  step: NcStep,
  record: NcStepRecord,
  today: string,
): AuditProblem | null {
  if (finding.grade === 'observation') return { code: 'AUDIT_OBSERVATION_HAS_NO_CYCLE', field: 'step' };
  if (step === 'closure' && ncState(finding) !== 'verified')
    return { code: 'NC_CLOSE_WITHOUT_VERIFIED_ACTION', field: 'step' };
  if (!nextSteps(finding).includes(step)) return { code: 'NC_STEP_OUT_OF_ORDER', field: 'step', detail: step };
  if (!record.owner.trim()) return { code: 'VALIDATION_FAILED', field: 'owner', detail: 'required' };
  if (!record.text.trim() && step !== 'closure')
    return { code: 'VALIDATION_FAILED', field: 'text', detail: 'required' };
  if (record.doneOn > today) return { code: 'DATE_IN_FUTURE', field: 'doneOn' };
  const previous = finding.steps.at(-1);
  const notBefore = previous?.doneOn ?? finding.foundOn;
  if (record.doneOn < notBefore) {
    // the field names what is out of order: a verification before its action, a step before the one it follows
    return { code: 'DATE_ORDER', field: step === 'verification' ? 'verification.doneOn' : 'doneOn', detail: notBefore };
  }
  if (record.dueOn !== null && record.dueOn < finding.foundOn) return { code: 'DATE_ORDER', field: 'dueOn' };
  if (step === 'verification' && typeof record.effective !== 'boolean')
    return { code: 'VALIDATION_FAILED', field: 'effective', detail: 'required' };
  return null;
}

/** A nonconformity past its rectification deadline and not closed. */
export function ncOverdue(finding: Pick<Finding, 'grade' | 'steps' | 'dueOn'>, today: string): boolean {
  const state = ncState(finding);
  if (state === null || state === 'closed') return false;
  return finding.dueOn !== null && finding.dueOn < today;
}

export interface PlanFacts {
  /** The QMS operation start (000 §二(4)); null when operation has not started. */
  operationStartedOn: string | null;
  /** Names of the enterprise's people with an internal-auditor training record (002 step 4). */
  trainedAuditors: ReadonlySet<string>;
}

/**
 * The plan's problems, first first: dates in order; the three-month gate on the audit's START date (000 §二(4):
 * "体系运行至少3个月" before the internal audit; operation-period.ts holds the rule); a leader; every auditor trained
 * as an internal auditor (002 step 4); nobody audits their own department (9.2.2 c)); the schedule within the dates.
 */
export function auditPlanProblems(plan: AuditPlan, facts: PlanFacts): AuditProblem[] {
  const problems: AuditProblem[] = [];
  if (!plan.objectives.trim()) problems.push({ code: 'VALIDATION_FAILED', field: 'objectives', detail: 'required' });
  if (!plan.scope.trim()) problems.push({ code: 'VALIDATION_FAILED', field: 'scope', detail: 'required' });
  if (plan.criteria.length === 0) problems.push({ code: 'VALIDATION_FAILED', field: 'criteria', detail: 'required' });
  if (plan.endsOn < plan.startsOn) problems.push({ code: 'DATE_ORDER', field: 'endsOn' });
  if (!facts.operationStartedOn) problems.push({ code: 'OPERATION_NOT_STARTED', field: 'startsOn' });
  else if (plan.startsOn < operationCompleteOn(facts.operationStartedOn))
    problems.push({
      code: 'OPERATION_PERIOD_TOO_SHORT',
      field: 'startsOn',
      detail: operationCompleteOn(facts.operationStartedOn),
    });
  if (plan.team.filter((m) => m.leader).length !== 1)
    problems.push({ code: 'AUDIT_TEAM_LEADER_REQUIRED', field: 'team' });
  plan.team.forEach((member, i) => {
    if (!facts.trainedAuditors.has(member.name.trim()))
      problems.push({ code: 'AUDITOR_NOT_TRAINED', field: `team.${i}.name`, detail: member.name });
  });
  const departmentOf = new Map(plan.team.map((m) => [m.name.trim(), m.department.trim()]));
  plan.schedule.forEach((row, i) => {
    const department = departmentOf.get(row.auditorName.trim());
    if (department === undefined)
      problems.push({ code: 'AUDITOR_NOT_IN_TEAM', field: `schedule.${i}.auditorName`, detail: row.auditorName });
    else if (department === row.department.trim())
      problems.push({ code: 'AUDITOR_OWN_WORK', field: `schedule.${i}.auditorName`, detail: row.department });
    if (row.on < plan.startsOn || row.on > plan.endsOn)
      problems.push({ code: 'DATE_ORDER', field: `schedule.${i}.on`, detail: `${plan.startsOn}..${plan.endsOn}` });
  });
  return problems;
}

/** 内部审核报告: the summary, the conclusion, and how each pain point found at diagnosis was addressed (000 §二(4)). */
export interface AuditReport {
  summary: string;
  conclusion: string;
  painPoints: Array<{ ref: string; response: string }>;
}

/**
 * The audit can be completed when the report is written, every diagnosis pain point has its response (seed 000:
 * the audit checks the effectiveness of solving the problems found by the survey), the checklist has rows and
 * the audit has ended (its end date not after today).
 */
export function completionProblems(
  report: AuditReport,
  facts: { painPointRefs: ReadonlyArray<string>; checklistRows: number; endsOn: string; today: string },
): AuditProblem[] {
  const problems: AuditProblem[] = [];
  if (!report.summary.trim()) problems.push({ code: 'VALIDATION_FAILED', field: 'summary', detail: 'required' });
  if (!report.conclusion.trim()) problems.push({ code: 'VALIDATION_FAILED', field: 'conclusion', detail: 'required' });
  if (facts.checklistRows === 0) problems.push({ code: 'AUDIT_CHECKLIST_EMPTY', field: 'checklist' });
  const answered = new Map(report.painPoints.map((p) => [p.ref, p.response.trim()]));
  facts.painPointRefs.forEach((ref) => {
    if (!answered.get(ref)) problems.push({ code: 'AUDIT_PAIN_POINT_UNANSWERED', field: 'painPoints', detail: ref });
  });
  if (facts.endsOn > facts.today) problems.push({ code: 'AUDIT_NOT_ENDED', field: 'endsOn', detail: facts.endsOn });
  return problems;
}
