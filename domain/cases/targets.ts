/**
 * The seeds' targets for excellent cases:
 * - seed 000 §(四): 每家认证机构应至少输出1-2个优秀案例 — each certification body 1–2 cases;
 * - seed 001 §五(一): 每区至少推荐1家成效突出的小微企业，编写《小微企业质量管理优良实践案例》 — each district
 *   (county-level region) at least one.
 * A case counts once a bureau has accepted it (the seeds count cases 输出 / 推荐, not drafts): the caller passes
 * the number of accepted cases.
 */
export const BODY_CASES_MIN = 1;
export const BODY_CASES_MAX = 2;
export const DISTRICT_CASES_MIN = 1;

/** below: fewer than the minimum; met: within the target; above: more than the range asks (never a fault). */
export type TargetStatus = 'below' | 'met' | 'above';

export function bodyTarget(cases: number): TargetStatus {
  if (cases < BODY_CASES_MIN) return 'below';
  return cases > BODY_CASES_MAX ? 'above' : 'met';
}

export function districtTarget(cases: number): TargetStatus {
  return cases < DISTRICT_CASES_MIN ? 'below' : 'met';
}

export interface TargetRow<K extends string> {
  key: K;
  cases: number;
  status: TargetStatus;
}

export interface TargetCheck {
  bodies: TargetRow<string>[];
  districts: TargetRow<string>[];
  /** every body and every district meets its minimum */
  met: boolean;
}

/** The targets of a jurisdiction: its bodies and its districts, each with the cases counted for it. */
export function checkTargets(input: {
  bodies: ReadonlyArray<{ key: string; cases: number }>;
  districts: ReadonlyArray<{ key: string; cases: number }>;
}): TargetCheck {
  const bodies = input.bodies.map((b) => ({ key: b.key, cases: b.cases, status: bodyTarget(b.cases) }));
  const districts = input.districts.map((d) => ({ key: d.key, cases: d.cases, status: districtTarget(d.cases) }));
  return {
    bodies,
    districts,
    met: [...bodies, ...districts].every((r) => r.status !== 'below'),
  };
}
