/**
 * Calendar dates as the platform writes them: YYYY-MM-DD (ISO 8601 calendar date, extended format) in
 * the Gregorian calendar, years 0001–9999 (PostgreSQL's `date` has no year 0). The one check every date
 * field uses, in the server's schemas and in the browser: the shape alone would let 2026-02-30 or
 * 2026-13-45 through.
 */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Gregorian leap years: every 4th year, except centuries not divisible by 400 (2000 yes, 2100 no). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** True for a real calendar date written YYYY-MM-DD: 2024-02-29 yes, 2026-02-29 / 2026-04-31 / 2026-13-01 no. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
