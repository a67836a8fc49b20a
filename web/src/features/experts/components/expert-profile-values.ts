/**
 * The expert profile form: its values, the profile they stand for (checked live with the shared
 * rule expertProfileProblems) and the request they send.
 */
import dayjs, { type Dayjs } from 'dayjs';
import {
  CAPACITY_WITHOUT_REASON,
  DEFAULT_CAPACITY,
  expertProfileProblems,
  type ConflictKind,
  type ExpertProfileInput,
  type ProfileProblem,
  type RegistrationLevel,
} from '../../../../../domain/experts/expert-profile.js';
import type { ExpertProfile, SaveExpertProfileRequest } from '../../../../../contracts/experts';

export interface UnavailableRow {
  range?: [Dayjs | null, Dayjs | null] | null;
  note?: string;
}

export interface ConflictRow {
  kind?: ConflictKind;
  enterpriseUscc?: string;
  enterpriseName?: string;
  until?: Dayjs | null;
  note?: string;
}

export interface ExpertProfileFormValues {
  registrationLevel?: RegistrationLevel;
  registrationNumber?: string;
  categories?: string[];
  subCodes?: string[];
  homeRegionCode?: string;
  capacity?: number | null;
  capacityReason?: string;
  unavailable?: UnavailableRow[];
  conflicts?: ConflictRow[];
}

const day = (d: Dayjs | null | undefined): string => (d ? d.format('YYYY-MM-DD') : '');
const text = (v: string | null | undefined): string => (v ?? '').trim();

export function fromProfile(profile: ExpertProfile | null): ExpertProfileFormValues {
  if (!profile)
    return {
      registrationLevel: 'auditor',
      categories: [],
      subCodes: [],
      capacity: DEFAULT_CAPACITY,
      unavailable: [],
      conflicts: [],
    };
  return {
    registrationLevel: profile.registrationLevel,
    registrationNumber: profile.registrationNumber,
    categories: [...profile.categories],
    subCodes: [...profile.subCodes],
    homeRegionCode: profile.homeRegionCode || undefined,
    capacity: profile.capacity,
    capacityReason: profile.capacityReason ?? '',
    unavailable: profile.unavailable.map((u) => ({ range: [dayjs(u.from), dayjs(u.to)], note: u.note ?? '' })),
    conflicts: profile.conflicts.map((c) => ({
      kind: c.kind,
      enterpriseUscc: c.enterpriseUscc,
      enterpriseName: c.enterpriseName,
      until: c.until ? dayjs(c.until) : null,
      note: c.note ?? '',
    })),
  };
}

/** The profile the values stand for (empty strings where nothing was chosen). */
export function toProfileInput(v: ExpertProfileFormValues): ExpertProfileInput {
  return {
    registrationLevel: v.registrationLevel ?? 'other',
    registrationNumber: text(v.registrationNumber),
    categories: v.categories ?? [],
    subCodes: (v.subCodes ?? []).map((s) => s.trim()).filter(Boolean),
    homeRegionCode: v.homeRegionCode ?? '',
    capacity: typeof v.capacity === 'number' ? v.capacity : Number.NaN,
    capacityReason: text(v.capacityReason) || null,
    unavailable: (v.unavailable ?? []).map((u) => ({
      from: day(u?.range?.[0]),
      to: day(u?.range?.[1]),
      note: text(u?.note) || null,
    })),
    conflicts: (v.conflicts ?? []).map((c) => ({
      kind: c?.kind ?? 'other',
      enterpriseUscc: text(c?.enterpriseUscc).toUpperCase(),
      enterpriseName: text(c?.enterpriseName),
      until: c?.until ? day(c.until) : null,
      note: text(c?.note) || null,
    })),
  };
}

/**
 * The shared rule's problems, plus what the form itself must have before it can be sent: a level,
 * both ends of each unavailable period and a kind for each conflict (the server's schema requires them).
 */
export function profileProblems(v: ExpertProfileFormValues): ProfileProblem[] {
  const input = toProfileInput(v);
  const form: ProfileProblem[] = [];
  if (!v.registrationLevel) form.push({ field: 'registrationLevel', code: 'REQUIRED' });
  input.unavailable.forEach((u, i) => {
    if (!u.from || !u.to) form.push({ field: `unavailable.${i}`, code: 'REQUIRED' });
  });
  (v.conflicts ?? []).forEach((c, i) => {
    if (!c?.kind) form.push({ field: `conflicts.${i}.kind`, code: 'REQUIRED' });
  });
  return [...form, ...expertProfileProblems(input)];
}

export function toSaveRequest(v: ExpertProfileFormValues, version: number): SaveExpertProfileRequest {
  const p = toProfileInput(v);
  return {
    version,
    registrationLevel: p.registrationLevel,
    registrationNumber: p.registrationNumber,
    categories: [...p.categories],
    subCodes: [...(p.subCodes ?? [])],
    homeRegionCode: p.homeRegionCode,
    capacity: p.capacity,
    // the reason is kept only where it is needed
    capacityReason: p.capacity > CAPACITY_WITHOUT_REASON ? (p.capacityReason ?? null) : null,
    unavailable: p.unavailable.map((u) => ({ from: u.from, to: u.to, note: u.note ?? null })),
    conflicts: p.conflicts.map((c) => ({
      kind: c.kind,
      enterpriseUscc: c.enterpriseUscc,
      enterpriseName: c.enterpriseName,
      until: c.until ?? null,
      note: c.note ?? null,
    })),
  };
}
