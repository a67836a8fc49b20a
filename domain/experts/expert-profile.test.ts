import { describe, expect, it } from 'vitest';
import { barredUsccs, conflictIsActive, expertProfileProblems, type ExpertProfileInput } from './expert-profile.js';

const valid: ExpertProfileInput = {
  registrationLevel: 'auditor',
  registrationNumber: '2021-N1QMS-1234567',
  categories: ['18', '19'],
  subCodes: ['18.01'],
  homeRegionCode: '320321',
  capacity: 2,
  unavailable: [{ from: '2026-07-01', to: '2026-07-31' }],
  conflicts: [
    { kind: 'former_employer', enterpriseUscc: '91350100M000100Y43', enterpriseName: '某公司', until: '2025-03-31' },
  ],
};
const codes = (p: ExpertProfileInput) => expertProfileProblems(p).map((x) => `${x.field}:${x.code}`);

describe('expertProfileProblems', () => {
  it('accepts a complete profile', () => {
    expect(codes(valid)).toEqual([]);
  });
  it('capacity 1–2 needs no reason; 3–5 needs one; 0 and 6 are refused (seed 000 §一: 1–2 each)', () => {
    expect(codes({ ...valid, capacity: 1 })).toEqual([]);
    expect(codes({ ...valid, capacity: 3 })).toEqual(['capacityReason:EXPERT_CAPACITY_REASON_REQUIRED']);
    expect(codes({ ...valid, capacity: 3, capacityReason: '  ' })).toEqual([
      'capacityReason:EXPERT_CAPACITY_REASON_REQUIRED',
    ]);
    expect(codes({ ...valid, capacity: 3, capacityReason: '专职帮扶专家，无审核任务' })).toEqual([]);
    expect(codes({ ...valid, capacity: 5, capacityReason: '专职' })).toEqual([]);
    expect(codes({ ...valid, capacity: 0 })).toEqual(['capacity:VALIDATION_FAILED']);
    expect(codes({ ...valid, capacity: 6, capacityReason: '专职' })).toEqual(['capacity:VALIDATION_FAILED']);
    expect(codes({ ...valid, capacity: 1.5 })).toEqual(['capacity:VALIDATION_FAILED']);
  });
  it('names unknown categories, stray sub-codes, bad regions, reversed dates and bad credit codes', () => {
    expect(codes({ ...valid, categories: ['18', '40'] })).toEqual(['categories:INDUSTRY_UNKNOWN']);
    expect(codes({ ...valid, categories: [], subCodes: [] })).toEqual(['categories:VALIDATION_FAILED']);
    expect(codes({ ...valid, subCodes: ['03.01'] })).toEqual(['subCodes:SUB_CODE_OUTSIDE_CATEGORIES']);
    expect(codes({ ...valid, homeRegionCode: '3203' })).toEqual(['homeRegionCode:REGION_UNKNOWN']);
    expect(codes({ ...valid, unavailable: [{ from: '2026-08-01', to: '2026-07-31' }] })).toEqual([
      'unavailable.0:DATE_ORDER',
    ]);
    expect(codes({ ...valid, unavailable: [{ from: '2026-08-01', to: '2026-08-01' }] })).toEqual([]);
    expect(codes({ ...valid, conflicts: [{ ...valid.conflicts[0]!, enterpriseUscc: '91350100M000100Y44' }] })).toEqual([
      'conflicts.0.enterpriseUscc:USCC_INVALID',
    ]);
    expect(codes({ ...valid, registrationNumber: ' ' })).toEqual(['registrationNumber:VALIDATION_FAILED']);
  });
});

describe('declared conflicts', () => {
  it('an ongoing relation always bars; an ended one for two more years, inclusive', () => {
    expect(conflictIsActive({ until: null }, '2040-01-01')).toBe(true);
    expect(conflictIsActive({ until: '2025-03-31' }, '2027-03-31')).toBe(true);
    expect(conflictIsActive({ until: '2025-03-31' }, '2027-04-01')).toBe(false);
    expect(conflictIsActive({ until: '2025-03-31' }, '2026-04-01', 1)).toBe(false);
  });
  it('lists the credit codes barred on a date', () => {
    expect([...barredUsccs(valid.conflicts, '2026-11-23')]).toEqual(['91350100M000100Y43']);
    expect([...barredUsccs(valid.conflicts, '2027-04-01')]).toEqual([]);
  });
});
