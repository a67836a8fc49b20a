/**
 * The application's reference number (申请编号), given to the applicant after submitting so they can
 * name their application when they call the bureau (003 §6.2.2 企业申请): `SQ-<year>-<serial>`, the
 * year of submission (China calendar) and a platform-wide serial of at least six digits. The serial
 * comes from one database sequence, so a number is never given twice, in any year.
 */
export const REFERENCE_NUMBER_PATTERN = /^SQ-\d{4}-\d{6,}$/;

export function referenceNumber(year: number, serial: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year ${year}`);
  if (!Number.isInteger(serial) || serial < 1) throw new RangeError(`serial ${serial}`);
  return `SQ-${year}-${String(serial).padStart(6, '0')}`;
}
