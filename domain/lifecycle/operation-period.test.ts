import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { MIN_OPERATION_MONTHS, hasOperatedLongEnough, isIsoDate, operationCompleteOn } from './operation-period.js';

describe('operationCompleteOn (seed 000 §二(4): at least 3 months)', () => {
  it('the minimum is three months', () => {
    expect(MIN_OPERATION_MONTHS).toBe(3);
  });
  it('adds three calendar months on an ordinary date', () => {
    expect(operationCompleteOn('2026-07-15')).toBe('2026-10-15');
  });
  it('clamps to the end of a short February', () => {
    expect(operationCompleteOn('2026-11-30')).toBe('2027-02-28');
  });
  it('clamps to 29 February in a leap year', () => {
    expect(operationCompleteOn('2027-11-30')).toBe('2028-02-29');
  });
  it('clamps 31 January to 30 April', () => {
    expect(operationCompleteOn('2026-01-31')).toBe('2026-04-30');
  });
  it('rolls over into the next year', () => {
    expect(operationCompleteOn('2026-12-01')).toBe('2027-03-01');
    expect(operationCompleteOn('2026-10-31')).toBe('2027-01-31');
  });
  it('honours a custom number of months', () => {
    expect(operationCompleteOn('2026-07-15', 1)).toBe('2026-08-15');
    expect(operationCompleteOn('2026-07-15', 12)).toBe('2027-07-15');
  });

  const isoDate = fc
    .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('property: the result is a real ISO date strictly later than the start and within 92 days', () => {
    fc.assert(
      fc.property(isoDate, (start) => {
        const end = operationCompleteOn(start);
        expect(isIsoDate(end)).toBe(true);
        expect(end > start).toBe(true);
        const days = (Date.parse(end) - Date.parse(start)) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(89);
        expect(days).toBeLessThanOrEqual(92);
      }),
    );
  });
});

describe('hasOperatedLongEnough', () => {
  it('is false the day before the period completes', () => {
    expect(hasOperatedLongEnough('2026-07-15', '2026-10-14')).toBe(false);
  });
  it('is true on the day the period completes', () => {
    expect(hasOperatedLongEnough('2026-07-15', '2026-10-15')).toBe(true);
  });
  it('is true the day after', () => {
    expect(hasOperatedLongEnough('2026-07-15', '2026-10-16')).toBe(true);
  });
  it('respects month-end clamping at the bound (2026-11-30 → 2027-02-28)', () => {
    expect(hasOperatedLongEnough('2026-11-30', '2027-02-27')).toBe(false);
    expect(hasOperatedLongEnough('2026-11-30', '2027-02-28')).toBe(true);
  });
  it('is false on the start date itself', () => {
    expect(hasOperatedLongEnough('2026-07-15', '2026-07-15')).toBe(false);
  });
});

describe('isIsoDate', () => {
  it('accepts a real date', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
  it('rejects a date that does not exist', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
  });
  it('rejects unpadded and malformed values', () => {
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate('2026-02-28T00:00:00Z')).toBe(false);
    expect(isIsoDate(' 2026-02-28')).toBe(false);
    expect(isIsoDate('2026/02/28')).toBe(false);
  });
});
