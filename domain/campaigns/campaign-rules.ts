/**
 * A campaign's plan (issue 3 item 1; seed 001 §四 phases and dates; 003 §6.3 work plan).
 * A child campaign (a city or district under a province's) lies inside its parent's region and
 * inherits the parent's phases, key industries and eligibility rules unless it sets its own.
 */
import { isWithinRegion } from '../regions/region-code.js';
import { regionCodeStatus, regionProblemDetail } from '../regions/region-status.js';
import type { ErrorCode } from '../errors/codes.js';

export const PHASE_KINDS = ['deployment', 'assistance', 'supervision', 'mid_term_evaluation', 'summary', 'report_due'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

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

export interface CampaignProblem {
  field: string;
  code: ErrorCode;
  detail?: string;
}

export function campaignProblems(input: CampaignPlanInput, parent: { regionCode: string } | null): CampaignProblem[] {
  const problems: CampaignProblem[] = [];
  if (parent && (input.regionCode === parent.regionCode || !isWithinRegion(input.regionCode, parent.regionCode))) {
    problems.push({ field: 'parentId', code: 'CAMPAIGN_REGION_NOT_IN_PARENT', detail: input.regionCode });
  }
  input.phases.forEach((phase, i) => {
    if (phase.endsOn !== null && phase.endsOn < phase.startsOn) problems.push({ field: `phases.${i}.endsOn`, code: 'DATE_ORDER' });
    if (!phase.startsOn.startsWith(String(input.year)) && !phase.startsOn.startsWith(String(input.year + 1))) {
      problems.push({ field: `phases.${i}.startsOn`, code: 'PHASE_OUTSIDE_YEAR', detail: phase.startsOn });
    }
  });
  const kinds = input.phases.map((p) => p.kind);
  const twice = kinds.find((k, i) => kinds.indexOf(k) !== i);
  if (twice) problems.push({ field: 'phases', code: 'PHASE_DUPLICATE', detail: twice });
  for (const [code, n] of Object.entries(input.targets.quotas ?? {})) {
    if (!isWithinRegion(code, input.regionCode) || code === input.regionCode) problems.push({ field: `targets.quotas.${code}`, code: 'QUOTA_REGION_OUTSIDE', detail: code });
    else if (regionCodeStatus(code) === 'retired') problems.push({ field: `targets.quotas.${code}`, code: 'REGION_RETIRED', detail: regionProblemDetail(code) });
    else if (regionCodeStatus(code) === 'not_a_division') problems.push({ field: `targets.quotas.${code}`, code: 'REGION_UNKNOWN', detail: code });
    if (!Number.isInteger(n) || n < 0) problems.push({ field: `targets.quotas.${code}`, code: 'NUMBER_INVALID', detail: String(n) });
  }
  return problems;
}

/** What a child campaign takes from its parent when it does not set its own. */
export function inheritFromParent<T extends { phases?: PhaseInput[]; keyIndustries?: string[]; eligibility?: Record<string, unknown> }>(
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
