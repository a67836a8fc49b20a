import { describe, expect, it } from 'vitest';
import { rosterImportOutcome } from './roster-import-outcome.js';

describe('rosterImportOutcome (ADR 0011: all-or-nothing by default)', () => {
  it('imports a clean file in either mode', () => {
    for (const mode of ['all_or_nothing', 'valid_rows'] as const)
      expect(rosterImportOutcome({ mode, dryRun: false, invalidRows: 0 })).toEqual({
        status: 'imported',
        writesValidRows: true,
      });
  });

  it('rejects the whole file when one row fails and the mode is all-or-nothing', () => {
    expect(rosterImportOutcome({ mode: 'all_or_nothing', dryRun: false, invalidRows: 1 })).toEqual({
      status: 'rejected',
      writesValidRows: false,
    });
  });

  it('writes the valid rows of a file with problems when the user chose valid_rows', () => {
    expect(rosterImportOutcome({ mode: 'valid_rows', dryRun: false, invalidRows: 1 })).toEqual({
      status: 'imported',
      writesValidRows: true,
    });
  });

  it('writes nothing on a dry run, with or without problems, in either mode', () => {
    for (const mode of ['all_or_nothing', 'valid_rows'] as const)
      for (const invalidRows of [0, 1])
        expect(rosterImportOutcome({ mode, dryRun: true, invalidRows })).toEqual({
          status: 'validated',
          writesValidRows: false,
        });
  });
});
