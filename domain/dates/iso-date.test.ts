import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysInMonth, isIsoDate, isLeapYear } from './iso-date.js';

describe('isLeapYear', () => {
  it('every 4th year, not centuries, but every 400th', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2026)).toBe(false);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2400)).toBe(true);
  });
});

describe('daysInMonth', () => {
  it('knows the 30- and 31-day months and February', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('isIsoDate', () => {
  it('accepts real dates, 29 February only in leap years', () => {
    for (const d of [
      '2026-01-01',
      '2026-12-31',
      '2026-02-28',
      '2024-02-29',
      '2000-02-29',
      '2026-04-30',
      '2026-01-31',
      '0001-01-01',
      '9999-12-31',
    ]) {
      expect(isIsoDate(d), d).toBe(true);
    }
  });
  it('refuses days that do not exist', () => {
    for (const d of [
      '2026-02-29',
      '2100-02-29',
      '1900-02-29',
      '2026-02-30',
      '2026-04-31',
      '2026-06-31',
      '2026-09-31',
      '2026-11-31',
      '2026-01-32',
      '2026-12-32',
    ]) {
      expect(isIsoDate(d), d).toBe(false);
    }
  });
  it('refuses month 00 and 13, day 00, and year 0000', () => {
    for (const d of ['2026-00-10', '2026-13-01', '2026-13-45', '2026-01-00', '0000-01-01'])
      expect(isIsoDate(d), d).toBe(false);
  });
  it('keeps the exact YYYY-MM-DD shape', () => {
    for (const d of [
      '2026-2-1',
      '26-02-01',
      '2026/02/01',
      '2026-02-01T00:00:00Z',
      ' 2026-02-01',
      '2026-02-01 ',
      '',
      '２０２６-02-01',
      '+02026-02-01',
    ]) {
      expect(isIsoDate(d), d).toBe(false);
    }
  });
  it('agrees with the JavaScript calendar for every day of 1999–2101', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1999, max: 2101 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const date = new Date(Date.UTC(y, m - 1, d));
          const real = m >= 1 && m <= 12 && d >= 1 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
          expect(isIsoDate(text)).toBe(real);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
