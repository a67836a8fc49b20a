/**
 * A campaign's grade bands (seed 003 Table 2 "可视实际情况调整"): null keeps Table 2; set bands must cover every
 * total once (annex-c bandsProblem); once an evaluation of the campaign is signed off they no longer change (ADR 0041),
 * and each panel keeps the bands it was formed with, so a signed-off grade is never regraded.
 */
import { DEFAULT_BANDS, bandsProblem, type GradeBand } from '../evaluation/annex-c.js';

export type CampaignBandsProblem =
  | { code: 'GRADE_BANDS_INVALID' | 'GRADE_BANDS_GAP' | 'GRADE_BANDS_OVERLAP'; field: string; detail: string }
  | { code: 'CAMPAIGN_BANDS_LOCKED'; field: 'gradeBands'; detail: string };

export const CAMPAIGN_BANDS_PROBLEM_CODES = [
  'GRADE_BANDS_INVALID',
  'GRADE_BANDS_GAP',
  'GRADE_BANDS_OVERLAP',
  'CAMPAIGN_BANDS_LOCKED',
] as const;

/** Table 2 "可视实际情况调整": the bands in force for a campaign — its own, or Table 2 when it set none. */
export function campaignBands(stored: ReadonlyArray<GradeBand> | null | undefined): GradeBand[] {
  return (stored ?? DEFAULT_BANDS).map((b) => ({ grade: b.grade, min: b.min, max: b.max }));
}

/** Same grades with the same ends, in order (null = Table 2). */
export function sameBands(
  a: ReadonlyArray<GradeBand> | null | undefined,
  b: ReadonlyArray<GradeBand> | null | undefined,
): boolean {
  const x = campaignBands(a);
  const y = campaignBands(b);
  return (
    x.length === y.length &&
    x.every((band, i) => band.grade === y[i]!.grade && band.min === y[i]!.min && band.max === y[i]!.max)
  );
}

/**
 * The first problem with a campaign's new bands (`next`; null = back to Table 2; undefined = unchanged):
 * Table 2 cover (fields named `gradeBands.N.min`), then ADR 0041: no change once `signedOff` evaluations exist.
 */
export function campaignBandsProblem(
  next: ReadonlyArray<GradeBand> | null | undefined,
  current: ReadonlyArray<GradeBand> | null,
  signedOff: number,
): CampaignBandsProblem | null {
  if (next === undefined) return null;
  if (next !== null) {
    const p = bandsProblem(next);
    if (p) return { ...p, field: p.field.replace(/^bands/, 'gradeBands') };
  }
  if (signedOff > 0 && !sameBands(next, current))
    return { code: 'CAMPAIGN_BANDS_LOCKED', field: 'gradeBands', detail: String(signedOff) };
  return null;
}
