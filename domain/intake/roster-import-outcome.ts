/**
 * What a roster upload comes to (ADR 0011): by default nothing is written when any row fails (all-or-nothing); the
 * user may choose to write the valid rows (`valid_rows`); a dry run only checks. The import record and the answer
 * carry the status; the valid rows are written exactly when the status is `imported`.
 */
export const ROSTER_IMPORT_MODES = ['all_or_nothing', 'valid_rows'] as const;
export type RosterImportMode = (typeof ROSTER_IMPORT_MODES)[number];

export const ROSTER_IMPORT_STATUSES = ['validated', 'imported', 'rejected'] as const;
export type RosterImportStatus = (typeof ROSTER_IMPORT_STATUSES)[number];

export interface RosterImportOutcome {
  status: RosterImportStatus;
  /** Whether the rows without problems are written. */
  writesValidRows: boolean;
}

export function rosterImportOutcome(input: {
  mode: RosterImportMode;
  dryRun: boolean;
  invalidRows: number;
}): RosterImportOutcome {
  // a dry run writes nothing and only reports the problems
  if (input.dryRun) return { status: 'validated', writesValidRows: false };
  // ADR 0011: all-or-nothing refuses the whole file when any row fails
  if (input.mode === 'all_or_nothing' && input.invalidRows > 0) return { status: 'rejected', writesValidRows: false };
  return { status: 'imported', writesValidRows: true };
}
