/**
 * The audit filter's date range: calendar days as the reader in China means them (China Standard Time, UTC+8, no
 * daylight saving), both ends included, as instants for the query.
 */
export interface AuditPeriod {
  /** first instant included */
  start?: Date;
  /** first instant no longer included */
  end?: Date;
}

const CST = '+08:00';

function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** `null` when `from` is after `to` (an empty range is a mistake, not a question). Dates are valid YYYY-MM-DD. */
export function auditPeriod(from?: string, to?: string): AuditPeriod | null {
  if (from && to && from > to) return null;
  return {
    ...(from ? { start: new Date(`${from}T00:00:00${CST}`) } : {}),
    ...(to ? { end: new Date(`${nextDay(to)}T00:00:00${CST}`) } : {}),
  };
}
