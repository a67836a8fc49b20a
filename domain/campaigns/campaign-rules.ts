/**
 * A campaign's plan (seed 001 §四 phases and dates; 003 §6.3 work plan).
 * A child campaign (a city or district under a province's) lies inside its parent's region and
 * inherits the parent's phases, key industries and eligibility rules unless it sets its own.
 */
import { isWithinRegion } from '../regions/region-code.js';
import { regionCodeStatus, regionProblemDetail } from '../regions/region-status.js';
import type { ErrorCode } from '../errors/codes.js';

export const PHASE_KINDS = [
  'deployment',
  'assistance',
  'supervision',
  'mid_term_evaluation',
  'summary',
  'report_due',
] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

/**
 * 004 §三(三): 各市州 report "分别于5月20日和11月20日前", so a campaign holds several report-due
 * dates; every other phase appears once.
 */
export const REPEATABLE_PHASE_KINDS: ReadonlySet<PhaseKind> = new Set<PhaseKind>(['report_due']);

/** The most phases a campaign holds: one of each kind and up to 12 report-due dates. */
export const MAX_PHASES = PHASE_KINDS.length - 1 + 12;

export interface PhaseInput {
  kind: PhaseKind;
  startsOn: string;
  endsOn: string | null;
}

export interface CampaignPlanInput {
  year: number;
  regionCode: string;
  phases: PhaseInput[];
  targets: { enterprises?: number; excellentCases?: number; quotas?: Record<string, number> };
}

/** Every code a campaign's plan can be refused with (the contract documents them; `CampaignProblem` holds to them). */
export const CAMPAIGN_PLAN_PROBLEM_CODES = [
  'CAMPAIGN_REGION_NOT_IN_PARENT',
  'DATE_ORDER',
  'PHASE_OUTSIDE_YEAR',
  'PHASE_DUPLICATE',
  'PHASE_BEFORE_DEPLOYMENT',
  'REPORT_DUE_ONE_DATE',
  'SUPERVISION_BEFORE_ASSISTANCE',
  'MID_TERM_NEEDS_ASSISTANCE',
  'MID_TERM_OUTSIDE_ASSISTANCE',
  'SUMMARY_BEFORE_ASSISTANCE_ENDS',
  'QUOTA_REGION_OUTSIDE',
  'REGION_RETIRED',
  'REGION_UNKNOWN',
  'NUMBER_INVALID',
] as const satisfies readonly ErrorCode[];
export type CampaignPlanProblemCode = (typeof CAMPAIGN_PLAN_PROBLEM_CODES)[number];

export interface CampaignProblem {
  field: string;
  code: CampaignPlanProblemCode;
  detail?: string;
}

export function campaignProblems(input: CampaignPlanInput, parent: { regionCode: string } | null): CampaignProblem[] {
  const problems: CampaignProblem[] = [];
  if (parent && (input.regionCode === parent.regionCode || !isWithinRegion(input.regionCode, parent.regionCode))) {
    problems.push({ field: 'parentId', code: 'CAMPAIGN_REGION_NOT_IN_PARENT', detail: input.regionCode });
  }
  input.phases.forEach((phase, i) => {
    if (phase.endsOn !== null && phase.endsOn < phase.startsOn)
      problems.push({ field: `phases.${i}.endsOn`, code: 'DATE_ORDER' });
    if (!phase.startsOn.startsWith(String(input.year)) && !phase.startsOn.startsWith(String(input.year + 1))) {
      problems.push({ field: `phases.${i}.startsOn`, code: 'PHASE_OUTSIDE_YEAR', detail: phase.startsOn });
    }
  });
  // a kind twice, or the same report-due date twice
  const keys = input.phases.map((p) => (REPEATABLE_PHASE_KINDS.has(p.kind) ? `${p.kind}@${p.startsOn}` : p.kind));
  const twice = keys.findIndex((k, i) => keys.indexOf(k) !== i);
  if (twice >= 0) problems.push({ field: 'phases', code: 'PHASE_DUPLICATE', detail: input.phases[twice]!.kind });
  problems.push(...phaseOrderProblems(input.phases));
  for (const [code, n] of Object.entries(input.targets.quotas ?? {})) {
    if (!isWithinRegion(code, input.regionCode) || code === input.regionCode)
      problems.push({ field: `targets.quotas.${code}`, code: 'QUOTA_REGION_OUTSIDE', detail: code });
    else if (regionCodeStatus(code) === 'retired')
      problems.push({ field: `targets.quotas.${code}`, code: 'REGION_RETIRED', detail: regionProblemDetail(code) });
    else if (regionCodeStatus(code) === 'not_a_division')
      problems.push({ field: `targets.quotas.${code}`, code: 'REGION_UNKNOWN', detail: code });
    if (!Number.isInteger(n) || n < 0)
      problems.push({ field: `targets.quotas.${code}`, code: 'NUMBER_INVALID', detail: String(n) });
  }
  return problems;
}

/**
 * The phases in a coherent order, as seed 001 §四 lays them out: 行动部署 (5月初) first; 帮扶提升
 * (5月–10月) from then on; 现场督导 from its start ("自6月起"); the 中期评估 (8月) inside the assistance
 * period; 总结评估 (11月–12月) once assistance is over; reports due (004 §三(三); 001 §五 11月30日前)
 * once the campaign is deployed. A problem names the phase's date field that breaks the order.
 */
function phaseOrderProblems(phases: ReadonlyArray<PhaseInput>): CampaignProblem[] {
  const problems: CampaignProblem[] = [];
  const indexOf = (kind: PhaseKind) => phases.findIndex((p) => p.kind === kind);
  const deployment = phases[indexOf('deployment')];
  const assistance = phases[indexOf('assistance')];
  const lastDay = (p: PhaseInput) => p.endsOn ?? p.startsOn;
  phases.forEach((phase, i) => {
    const start = `phases.${i}.startsOn`;
    if (phase.kind !== 'deployment' && deployment && phase.startsOn < deployment.startsOn) {
      problems.push({ field: start, code: 'PHASE_BEFORE_DEPLOYMENT', detail: phase.kind });
    }
    if (phase.kind === 'report_due' && phase.endsOn !== null && phase.endsOn !== phase.startsOn) {
      problems.push({ field: `phases.${i}.endsOn`, code: 'REPORT_DUE_ONE_DATE' });
    }
    if (phase.kind === 'supervision' && assistance && phase.startsOn < assistance.startsOn) {
      problems.push({ field: start, code: 'SUPERVISION_BEFORE_ASSISTANCE' });
    }
    if (phase.kind === 'mid_term_evaluation') {
      if (!assistance) problems.push({ field: start, code: 'MID_TERM_NEEDS_ASSISTANCE' });
      else if (phase.startsOn < assistance.startsOn)
        problems.push({ field: start, code: 'MID_TERM_OUTSIDE_ASSISTANCE' });
      else if (assistance.endsOn !== null && lastDay(phase) > assistance.endsOn) {
        // the field that leaves the period: the start when it already lies past the end
        problems.push({
          field: phase.startsOn > assistance.endsOn ? start : `phases.${i}.endsOn`,
          code: 'MID_TERM_OUTSIDE_ASSISTANCE',
        });
      }
    }
    if (phase.kind === 'summary' && assistance && phase.startsOn < (assistance.endsOn ?? assistance.startsOn)) {
      problems.push({ field: start, code: 'SUMMARY_BEFORE_ASSISTANCE_ENDS' });
    }
  });
  return problems;
}

/** What a child campaign takes from its parent when it does not set its own. */
export function inheritFromParent<
  T extends { phases?: PhaseInput[]; keyIndustries?: string[]; eligibility?: Record<string, unknown> },
>(
  child: T,
  parent: { phases: PhaseInput[]; keyIndustries: string[]; eligibility: Record<string, unknown> },
): T & { phases: PhaseInput[]; keyIndustries: string[]; eligibility: Record<string, unknown> } {
  return {
    ...child,
    phases: child.phases?.length ? child.phases : parent.phases,
    keyIndustries: child.keyIndustries?.length ? child.keyIndustries : parent.keyIndustries,
    eligibility: child.eligibility && Object.keys(child.eligibility).length ? child.eligibility : parent.eligibility,
  };
}
