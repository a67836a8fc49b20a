/** The campaign form's values, the plan the shared rules check, and the create/update requests. */
import dayjs, { type Dayjs } from 'dayjs';
import type { CampaignPlanInput, PhaseInput, PhaseKind } from '../../../../../../domain/campaigns/campaign-rules.js';
import type { CampaignDetail, CreateCampaignInput, UpdateCampaignInput } from '../../../../../../contracts/campaigns';
import { campaignBands, sameBands } from '../../../../../../domain/campaigns/grade-bands.js';
import { DEFAULT_BANDS, type GradeBand } from '../../../../../../domain/evaluation/annex-c.js';

/** 003 §6.3.3: the work plan's seven parts, in the document's order. */
export const WORK_PLAN_KEYS = [
  'objectives',
  'principles',
  'requirements',
  'tasks',
  'schedule',
  'managementRules',
  'indicators',
] as const;
export type WorkPlanKey = (typeof WORK_PLAN_KEYS)[number];

export interface PhaseValue {
  kind?: PhaseKind;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
}

export interface QuotaValue {
  regionCode?: string;
  n?: number | null;
}

/** One row of the grade-band editor (Table 2): the grade fixed, min and max as typed. */
export interface BandValue {
  grade: GradeBand['grade'];
  min?: number | null;
  max?: number | null;
}

export interface CampaignFormValues {
  year?: number;
  name?: string;
  /** Creating: the region, inside the bureau's jurisdiction (its own when left as it is). */
  regionCode?: string;
  parentId?: string;
  phases?: PhaseValue[];
  enterprises?: number | null;
  excellentCases?: number | null;
  quotas?: QuotaValue[];
  keyIndustries?: string[];
  minMainRevenueWan?: number | null;
  workPlan?: Partial<Record<WorkPlanKey, string>>;
  gradeBands?: BandValue[];
}

/** The bands as typed; null when they are Table 2's (the campaign then follows Table 2). */
export function bandsOf(v: CampaignFormValues): GradeBand[] | null {
  const bands = (v.gradeBands ?? []).map((b) => ({ grade: b.grade, min: b.min ?? NaN, max: b.max ?? NaN }));
  return bands.length === 0 || sameBands(bands, DEFAULT_BANDS) ? null : bands;
}

const day = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
const num = (n: number | null | undefined): number | undefined =>
  typeof n === 'number' && Number.isFinite(n) ? n : undefined;

/** Phases with a kind and a start date (the others are still being filled in). */
export function completePhases(phases: PhaseValue[] | undefined): PhaseInput[] {
  return (phases ?? [])
    .filter((p): p is PhaseValue & { kind: PhaseKind; startsOn: Dayjs } => Boolean(p?.kind && p.startsOn))
    .map((p) => ({ kind: p.kind, startsOn: day(p.startsOn)!, endsOn: day(p.endsOn) }));
}

export function quotaRecord(quotas: QuotaValue[] | undefined): Record<string, number> {
  const record: Record<string, number> = {};
  for (const q of quotas ?? []) if (q?.regionCode && typeof q.n === 'number') record[q.regionCode] = q.n;
  return record;
}

function targetsOf(v: CampaignFormValues): NonNullable<CreateCampaignInput['targets']> {
  const quotas = quotaRecord(v.quotas);
  return {
    ...(num(v.enterprises) !== undefined ? { enterprises: num(v.enterprises) } : {}),
    ...(num(v.excellentCases) !== undefined ? { excellentCases: num(v.excellentCases) } : {}),
    ...(Object.keys(quotas).length ? { quotas } : {}),
  };
}

function workPlanOf(v: CampaignFormValues): NonNullable<CreateCampaignInput['workPlan']> {
  const plan: Partial<Record<WorkPlanKey, string>> = {};
  for (const key of WORK_PLAN_KEYS) {
    const text = v.workPlan?.[key]?.trim();
    if (text) plan[key] = text;
  }
  return plan;
}

const industriesOf = (v: CampaignFormValues) => (v.keyIndustries ?? []).map((s) => s.trim()).filter(Boolean);

/** What campaignProblems checks, from the values as they stand. */
export function toPlanInput(v: CampaignFormValues, regionCode: string): CampaignPlanInput {
  return { year: v.year ?? dayjs().year(), regionCode, phases: completePhases(v.phases), targets: targetsOf(v) };
}

/** A child campaign leaves out what it does not set, so it inherits the parent's. */
export function toCreateRequest(v: CampaignFormValues): CreateCampaignInput {
  const phases = completePhases(v.phases);
  const keyIndustries = industriesOf(v);
  const minMainRevenueWan = num(v.minMainRevenueWan);
  return {
    year: v.year ?? dayjs().year(),
    name: (v.name ?? '').trim(),
    ...(v.parentId ? { parentId: v.parentId } : {}),
    ...(v.regionCode ? { regionCode: v.regionCode } : {}),
    ...(phases.length || !v.parentId ? { phases } : {}),
    targets: targetsOf(v),
    ...(keyIndustries.length ? { keyIndustries } : {}),
    ...(minMainRevenueWan !== undefined ? { eligibility: { minMainRevenueWan } } : {}),
    workPlan: workPlanOf(v),
    ...(bandsOf(v) ? { gradeBands: bandsOf(v) } : {}),
  };
}

export function toUpdateRequest(v: CampaignFormValues, version: number): UpdateCampaignInput {
  const minMainRevenueWan = num(v.minMainRevenueWan);
  return {
    version,
    name: (v.name ?? '').trim(),
    phases: completePhases(v.phases),
    targets: targetsOf(v),
    keyIndustries: industriesOf(v),
    eligibility: minMainRevenueWan !== undefined ? { minMainRevenueWan } : {},
    workPlan: workPlanOf(v),
    gradeBands: bandsOf(v),
  };
}

export function fromCampaign(c: CampaignDetail): CampaignFormValues {
  const workPlan: Partial<Record<WorkPlanKey, string>> = {};
  for (const key of WORK_PLAN_KEYS) if (c.workPlan[key]) workPlan[key] = c.workPlan[key];
  return {
    year: c.year,
    name: c.name,
    parentId: c.parent?.id,
    phases: c.phases.map((p) => ({
      kind: p.kind as PhaseKind,
      startsOn: dayjs(p.startsOn),
      endsOn: p.endsOn ? dayjs(p.endsOn) : null,
    })),
    enterprises: c.targets.enterprises ?? null,
    excellentCases: c.targets.excellentCases ?? null,
    quotas: Object.entries(c.targets.quotas ?? {}).map(([regionCode, n]) => ({ regionCode, n })),
    keyIndustries: c.keyIndustries,
    minMainRevenueWan: c.eligibility.minMainRevenueWan ?? null,
    workPlan,
    gradeBands: campaignBands(c.gradeBands),
  };
}

export function emptyCampaign(): CampaignFormValues {
  return {
    year: dayjs().year(),
    phases: [],
    quotas: [],
    keyIndustries: [],
    workPlan: {},
    gradeBands: campaignBands(null),
  };
}
