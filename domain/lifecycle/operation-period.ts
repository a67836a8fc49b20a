/**
 * "小微企业质量管理体系运行时间至少为3个月" — seed 000 §二(4) and seed 001 annex:
 * the QMS runs at least three calendar months before internal audit and management review.
 * Dates are calendar dates (YYYY-MM-DD), compared in the campaign's local calendar.
 */
export const MIN_OPERATION_MONTHS = 3;

/** The first date on which the operation period counts as complete. Month-end clamps (11-30 + 3 → 02-28/29). */
export function operationCompleteOn(startedOn: string, months = MIN_OPERATION_MONTHS): string {
  const [y, m, d] = startedOn.split('-').map(Number) as [number, number, number];
  const targetMonthIndex = m - 1 + months;
  const year = y + Math.floor(targetMonthIndex / 12);
  const month = (targetMonthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when the QMS has run at least the minimum period by `onDate`. */
export function hasOperatedLongEnough(startedOn: string, onDate: string, months = MIN_OPERATION_MONTHS): boolean {
  return onDate >= operationCompleteOn(startedOn, months);
}

// the calendar check lives in domain/dates; re-exported for the modules that import it from here
export { isIsoDate } from '../dates/iso-date.js';
