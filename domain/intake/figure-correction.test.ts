import { describe, it, expect } from 'vitest';
import { changedFigures, correctFigures, figureCorrectionProblems, figuresOf } from './figure-correction.js';

const education = { uscc: 'x', sizeIndustry: 'education', employees: 30, revenueWan: 800 };
const meta = { at: '2026-11-23T02:00:00.000Z', by: '徐州市局 李华', reason: '核对2025年年报：应为租赁和商务服务业' };

describe('figureCorrectionProblems', () => {
  it('needs a reason', () => {
    expect(figureCorrectionProblems(figuresOf(education), { sizeIndustry: 'leasing_business_services' }, ' ')).toEqual([
      { field: 'reason', code: 'REASON_REQUIRED' },
    ]);
  });
  it('refuses an unknown size row and bad numbers, naming the field', () => {
    const codes = figureCorrectionProblems(
      figuresOf(education),
      { sizeIndustry: 'banking', employees: 1.5, revenueWan: -1, assetsWan: Number.NaN },
      'r',
    );
    expect(codes.map((p) => `${p.field}:${p.code}`)).toEqual([
      'sizeIndustry:SIZE_INDUSTRY_UNKNOWN',
      'employees:NUMBER_INVALID',
      'revenueWan:NUMBER_INVALID',
      'assetsWan:NUMBER_INVALID',
    ]);
  });
  it('accepts 0 and clearing a figure, refuses a correction that changes nothing', () => {
    expect(figureCorrectionProblems(figuresOf(education), { employees: 0 }, 'r')).toEqual([]);
    expect(figureCorrectionProblems(figuresOf(education), { revenueWan: null }, 'r')).toEqual([]);
    expect(figureCorrectionProblems(figuresOf(education), { employees: 30, sizeIndustry: 'education' }, 'r')).toEqual([
      { field: 'figures', code: 'FIGURES_UNCHANGED' },
    ]);
    expect(figureCorrectionProblems(figuresOf(education), {}, 'r')).toEqual([
      { field: 'figures', code: 'FIGURES_UNCHANGED' },
    ]);
  });
});

describe('correctFigures', () => {
  it('keeps old and new values with the reason, and derives the size again (education → leasing: small)', () => {
    const { application, correction, sizeClass } = correctFigures(
      education,
      { sizeIndustry: 'leasing_business_services', assetsWan: 500, employees: 30 },
      meta,
    );
    expect(correction).toEqual({
      ...meta,
      before: { sizeIndustry: 'education', assetsWan: null },
      after: { sizeIndustry: 'leasing_business_services', assetsWan: 500 },
    });
    expect(application).toMatchObject({
      uscc: 'x',
      sizeIndustry: 'leasing_business_services',
      employees: 30,
      assetsWan: 500,
      figureCorrections: [correction],
    });
    expect(sizeClass).toBe('small');
  });

  it('appends to the history, and a cleared figure leaves the application', () => {
    const first = correctFigures(education, { sizeIndustry: 'industrial' }, meta);
    expect(first.sizeClass).toBe('small'); // 工业: 30 人 and 800万 are both at or above the 小型 bounds (20, 300)
    const second = correctFigures(first.application, { revenueWan: null }, { ...meta, reason: '收入待核' });
    expect(second.sizeClass).toBeNull(); // 30 人 alone does not settle it (ADR 0010)
    expect(second.application.revenueWan).toBeUndefined();
    expect((second.application.figureCorrections as unknown[]).length).toBe(2);
    expect(changedFigures(figuresOf(second.application), { revenueWan: null }).after).toEqual({});
  });
});
