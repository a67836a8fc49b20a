/**
 * The management review (管理评审) and the improvement actions that follow it: seed 000 §二(4)–(5) (after at least
 * three months of operation, after the internal audit; an enterprise already certified that held this year's audit
 * and review has them verified instead), seed 002 step 8 (review inputs and outputs), seed 003 §6.8 (6.8.1 audit and
 * review after 3–6 months; 6.8.2 improvement measures tracked for effectiveness), and ISO 9001 9.3.2 / 9.3.3 as
 * paraphrased in shared/reference/internal-audit-and-review.md. Pure: the server gives the facts.
 */
import type { ErrorCode } from '../errors/codes.js';
import { operationCompleteOn } from '../lifecycle/operation-period.js';

export interface ReviewProblem {
  code: ErrorCode;
  field: string;
  detail?: string;
}

/** 9.3.2 a)–f): what the review considers. */
export const REVIEW_INPUTS = [
  'previous_actions',
  'context_changes',
  'performance',
  'resources',
  'risk_actions',
  'improvement_opportunities',
] as const;
export type ReviewInput = (typeof REVIEW_INPUTS)[number];

/** 9.3.3 a)–c): what it decides. */
export const REVIEW_OUTPUTS = ['improvement', 'qms_change', 'resource_need'] as const;
export type ReviewOutput = (typeof REVIEW_OUTPUTS)[number];

export interface ReviewAction {
  kind: ReviewOutput;
  text: string;
  owner: string;
  dueOn: string;
}

export interface ReviewRecord {
  heldOn: string;
  chairName: string;
  /** The chair is the top manager (最高管理者, 9.3.1): the review is top management's. */
  chairIsTopManager: boolean;
  attendees: string[];
  inputs: Record<ReviewInput, string>;
  outputs: ReviewAction[];
  conclusion: string;
}

export interface ReviewFacts {
  operationStartedOn: string | null;
  /** The internal audit of the year: completed and its end date, or null. */
  audit: { completed: boolean; endsOn: string } | null;
  today: string;
}

/**
 * The review can be recorded as held when: operation has run three calendar months by its date (000 §二(4), the rule
 * of operation-period.ts), the internal audit is completed and the review does not precede its end, the date is not
 * in the future, top management chairs it, every input of 9.3.2 a)–f) is considered, and at least one output of
 * 9.3.3 is decided, each with an owner and a due date not before the review.
 */
export function reviewProblems(review: ReviewRecord, facts: ReviewFacts): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  if (!facts.operationStartedOn) problems.push({ code: 'OPERATION_NOT_STARTED', field: 'heldOn' });
  else if (review.heldOn < operationCompleteOn(facts.operationStartedOn))
    problems.push({
      code: 'OPERATION_PERIOD_TOO_SHORT',
      field: 'heldOn',
      detail: operationCompleteOn(facts.operationStartedOn),
    });
  if (!facts.audit?.completed) problems.push({ code: 'REVIEW_AUDIT_NOT_COMPLETED', field: 'heldOn' });
  else if (review.heldOn < facts.audit.endsOn)
    problems.push({ code: 'DATE_ORDER', field: 'heldOn', detail: facts.audit.endsOn });
  if (review.heldOn > facts.today) problems.push({ code: 'DATE_IN_FUTURE', field: 'heldOn' });
  if (!review.chairName.trim()) problems.push({ code: 'VALIDATION_FAILED', field: 'chairName', detail: 'required' });
  else if (!review.chairIsTopManager) problems.push({ code: 'REVIEW_CHAIR_NOT_TOP_MANAGEMENT', field: 'chairName' });
  for (const input of REVIEW_INPUTS)
    if (!review.inputs[input]?.trim()) problems.push({ code: 'REVIEW_INPUT_MISSING', field: `inputs.${input}` });
  if (review.outputs.length === 0) problems.push({ code: 'REVIEW_OUTPUT_MISSING', field: 'outputs' });
  review.outputs.forEach((o, i) => {
    if (!o.text.trim() || !o.owner.trim())
      problems.push({ code: 'VALIDATION_FAILED', field: `outputs.${i}.owner`, detail: 'required' });
    if (o.dueOn < review.heldOn) problems.push({ code: 'DATE_ORDER', field: `outputs.${i}.dueOn` });
  });
  if (!review.conclusion.trim()) problems.push({ code: 'VALIDATION_FAILED', field: 'conclusion', detail: 'required' });
  return problems;
}

/** 000 §二(5): the certified enterprise's own audit and review of this year, checked by the expert. */
export interface CertifiedVerification {
  auditOn: string;
  reviewOn: string;
  evidenceFileIds: string[];
  note: string;
}

/**
 * The certified-enterprise path: only an enterprise that declared itself certified (its application), dates of the
 * campaign's year in order and not in the future, with evidence.
 */
export function verificationProblems(
  v: CertifiedVerification,
  facts: { certified: boolean; campaignYear: number; today: string },
): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  if (!facts.certified) problems.push({ code: 'REVIEW_NOT_CERTIFIED_ENTERPRISE', field: 'auditOn' });
  for (const field of ['auditOn', 'reviewOn'] as const) {
    if (!v[field].startsWith(`${facts.campaignYear}-`))
      problems.push({ code: 'REVIEW_NOT_THIS_YEAR', field, detail: String(facts.campaignYear) });
    if (v[field] > facts.today) problems.push({ code: 'DATE_IN_FUTURE', field });
  }
  if (v.reviewOn < v.auditOn) problems.push({ code: 'DATE_ORDER', field: 'reviewOn' });
  if (v.evidenceFileIds.length === 0) problems.push({ code: 'REVIEW_EVIDENCE_REQUIRED', field: 'evidenceFileIds' });
  return problems;
}

/** 003 §6.8.2: an improvement action, tracked until its effectiveness is checked. */
export interface ImprovementAction {
  doneOn: string | null;
  effectiveness: { effective: boolean; checkedOn: string; checkedBy: string } | null;
}

export type ImprovementState = 'open' | 'done' | 'effective' | 'ineffective';

export function improvementState(a: ImprovementAction): ImprovementState {
  if (a.effectiveness) return a.effectiveness.effective ? 'effective' : 'ineffective';
  return a.doneOn ? 'done' : 'open';
}

/** Done, then checked: the check not before it was done, neither in the future. */
export function improvementProblem(
  a: ImprovementAction & { raisedOn: string },
  change: { doneOn?: string; check?: { effective: boolean; checkedOn: string } },
  today: string,
): ReviewProblem | null {
  if (change.doneOn !== undefined) {
    if (change.doneOn < a.raisedOn) return { code: 'DATE_ORDER', field: 'doneOn' };
    if (change.doneOn > today) return { code: 'DATE_IN_FUTURE', field: 'doneOn' };
  }
  if (change.check) {
    const doneOn = change.doneOn ?? a.doneOn;
    if (!doneOn) return { code: 'IMPROVEMENT_NOT_DONE', field: 'checkedOn' };
    if (change.check.checkedOn < doneOn) return { code: 'DATE_ORDER', field: 'checkedOn' };
    if (change.check.checkedOn > today) return { code: 'DATE_IN_FUTURE', field: 'checkedOn' };
  }
  return null;
}
