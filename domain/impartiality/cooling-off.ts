/**
 * Impartiality (seed 000 §三, seed 001: 帮扶专家不得参与该企业的认证审核和认证决定; ISO/IEC 17021-1 §4.2.4 b
 * self-review threat): a person who assisted an enterprise may not be its certification auditor,
 * audit-team member or decision maker while the assistance lasts nor within a cooling-off period
 * after it ends (default 2 years, the usual IAF/ANAB practice; shared/security §1.6).
 */
export const DEFAULT_COOLING_OFF_YEARS = 2;

export interface AssistanceRelation {
  userId: string;
  /** First day of assistance, YYYY-MM-DD. */
  fromOn: string;
  /** Last day, or null while it lasts. */
  toOn: string | null;
}

export interface ImpartialityConflict {
  userId: string;
  fromOn: string;
  toOn: string | null;
  /** First day the person may take part again; null while the assistance lasts. */
  clearOn: string | null;
}

/** YYYY-MM-DD plus whole years; 29 Feb falls back to 28 Feb in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The relations that bar these people on `onDate`. */
export function impartialityConflicts(
  relations: ReadonlyArray<AssistanceRelation>,
  userIds: ReadonlyArray<string>,
  onDate: string,
  coolingOffYears = DEFAULT_COOLING_OFF_YEARS,
): ImpartialityConflict[] {
  const wanted = new Set(userIds);
  return relations
    .filter((r) => wanted.has(r.userId) && r.fromOn <= onDate)
    .map((r) => ({ ...r, clearOn: r.toOn === null ? null : addYears(r.toOn, coolingOffYears) }))
    .filter((r) => r.clearOn === null || onDate < r.clearOn);
}
