/**
 * An assistance expert's profile (seed 000 §一, 001 附件 §一): registration,
 * specialties as 39-category codes, home region, how many enterprises they can take at once,
 * when they are away, and the enterprises they must not assist (declared conflicts).
 */
import { isIndustryCategoryCode } from '../industries/categories.js';
import { isRegionCode } from '../regions/region-code.js';
import { isValidUscc } from '../uscc/uscc.js';
import { addYears } from '../impartiality/cooling-off.js';
import type { ErrorCode } from '../errors/codes.js';
import { EXPERT_CAPACITY } from '../lifecycle/transitions.js';

/** 注册审核员 grades of the CCAA register, plus technical experts (技术专家). */
export const REGISTRATION_LEVELS = [
  'senior_auditor',
  'auditor',
  'provisional_auditor',
  'technical_expert',
  'other',
] as const;
export type RegistrationLevel = (typeof REGISTRATION_LEVELS)[number];

/** Why an expert must not assist an enterprise (former employer, relatives, consultancy within N years). */
export const CONFLICT_KINDS = ['former_employer', 'relative', 'consultancy', 'shareholding', 'other'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

/** Seed 000 §一 "每名帮扶专家帮扶1-2家企业": 2 by default; more only with a recorded reason. */
export const DEFAULT_CAPACITY = EXPERT_CAPACITY;
export const CAPACITY_WITHOUT_REASON = EXPERT_CAPACITY;
export const MAX_CAPACITY = 5;

/** A relation that ended counts for this many years more (ISO/IEC 17021-1 §5.2: two years after consultancy). */
const DECLARED_CONFLICT_YEARS = 2;

export interface DeclaredConflict {
  kind: ConflictKind;
  enterpriseUscc: string;
  enterpriseName: string;
  /** When the relation ended (employment, consultancy); empty while it lasts or for relatives. */
  until?: string | null;
  note?: string | null;
}

export interface UnavailablePeriod {
  from: string;
  to: string;
  note?: string | null;
}

export interface ExpertProfileInput {
  registrationLevel: RegistrationLevel;
  registrationNumber: string;
  categories: ReadonlyArray<string>;
  /** Optional finer codes within a category (e.g. 18.01), kept as recorded. */
  subCodes?: ReadonlyArray<string>;
  homeRegionCode: string;
  capacity: number;
  capacityReason?: string | null;
  unavailable: ReadonlyArray<UnavailablePeriod>;
  conflicts: ReadonlyArray<DeclaredConflict>;
}

export interface ProfileProblem {
  field: string;
  code: ErrorCode;
  detail?: string;
}

/** Every problem of a profile, in field order (the form shows them all at once). */
export function expertProfileProblems(p: ExpertProfileInput): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  if (!p.registrationNumber.trim())
    problems.push({ field: 'registrationNumber', code: 'VALIDATION_FAILED', detail: 'required' });
  if (p.categories.length === 0) problems.push({ field: 'categories', code: 'VALIDATION_FAILED', detail: 'required' });
  for (const c of p.categories)
    if (!isIndustryCategoryCode(c)) problems.push({ field: 'categories', code: 'INDUSTRY_UNKNOWN', detail: c });
  for (const s of p.subCodes ?? []) {
    if (!/^\d{2}\.\d{2}(\.\d{2})?$/.test(s) || !p.categories.includes(s.slice(0, 2)))
      problems.push({ field: 'subCodes', code: 'SUB_CODE_OUTSIDE_CATEGORIES', detail: s });
  }
  if (!isRegionCode(p.homeRegionCode))
    problems.push({ field: 'homeRegionCode', code: 'REGION_UNKNOWN', detail: p.homeRegionCode });
  if (!Number.isInteger(p.capacity) || p.capacity < 1 || p.capacity > MAX_CAPACITY) {
    problems.push({ field: 'capacity', code: 'VALIDATION_FAILED', detail: `1–${MAX_CAPACITY}` });
  } else if (p.capacity > CAPACITY_WITHOUT_REASON && !p.capacityReason?.trim()) {
    problems.push({ field: 'capacityReason', code: 'EXPERT_CAPACITY_REASON_REQUIRED' });
  }
  p.unavailable.forEach((u, i) => {
    if (u.from > u.to) problems.push({ field: `unavailable.${i}`, code: 'DATE_ORDER' });
  });
  p.conflicts.forEach((c, i) => {
    if (!isValidUscc(c.enterpriseUscc))
      problems.push({ field: `conflicts.${i}.enterpriseUscc`, code: 'USCC_INVALID', detail: c.enterpriseUscc });
    if (!c.enterpriseName.trim())
      problems.push({ field: `conflicts.${i}.enterpriseName`, code: 'VALIDATION_FAILED', detail: 'required' });
  });
  return problems;
}

/** Does a declared conflict still bar the expert on this date? Ongoing relations always do. */
export function conflictIsActive(
  c: Pick<DeclaredConflict, 'until'>,
  onDate: string,
  years = DECLARED_CONFLICT_YEARS,
): boolean {
  if (!c.until) return true;
  return onDate <= addYears(c.until, years);
}

/** The credit codes of the enterprises this expert is barred from on the date. */
export function barredUsccs(
  conflicts: ReadonlyArray<DeclaredConflict>,
  onDate: string,
  years = DECLARED_CONFLICT_YEARS,
): Set<string> {
  return new Set(conflicts.filter((c) => conflictIsActive(c, onDate, years)).map((c) => c.enterpriseUscc));
}
