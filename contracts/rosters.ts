/**
 * Rosters (名册, ADR 0011): the XLSX template, the import with a row-by-row report (all-or-nothing unless
 * `mode=valid_rows`; `dryRun` only checks) and its error file, and the streamed export of the participations in scope
 * (ADR 0021: read and written row by row under hard limits).
 */
import { z } from 'zod';
import { ROSTER_IMPORT_MODES, ROSTER_IMPORT_STATUSES } from '../domain/intake/roster-import-outcome.js';
import { IdParams, Uuid } from './shared.js';
import { ParticipationFilterQuery } from './participations.js';
import { defineContract } from './endpoint.js';

/** The media type of an .xlsx workbook (ECMA-376), the roster import's request body. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const RosterImportMode = z.enum(ROSTER_IMPORT_MODES);
export type RosterImportMode = z.infer<typeof RosterImportMode>;

export const RosterImportQuery = z.strictObject({
  mode: RosterImportMode.default('all_or_nothing'),
  dryRun: z.enum(['0', '1']).default('0'),
});

export const RosterImportResult = z.object({
  importId: Uuid,
  totalRows: z.number().int(),
  invalidRows: z.number().int(),
  createdRows: z.number().int(),
  unchangedRows: z.number().int().describe('already in the campaign (keyed by credit code)'),
  status: z.enum(ROSTER_IMPORT_STATUSES),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), code: z.string(), message: z.string() })),
});
export type RosterImportResult = z.infer<typeof RosterImportResult>;

/** The participation list's filters without paging (the export is every row in scope, streamed); the campaign is the path's. */
export const RosterExportQuery = ParticipationFilterQuery.omit({ campaignId: true });
export type RosterExportQuery = z.output<typeof RosterExportQuery>;

export const RosterImportParams = z.strictObject({ id: Uuid, importId: Uuid });

export const rosters = defineContract('rosters', {
  template: {
    method: 'GET',
    path: '/api/v1/campaigns/:id/roster/template',
    permission: 'roster:import',
    summary: 'The roster template (Chinese headers, an example row, reference lists)',
    params: IdParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
  import: {
    method: 'POST',
    path: '/api/v1/campaigns/:id/roster/import',
    permission: 'roster:import',
    summary: 'Import a roster (.xlsx body); all-or-nothing unless mode=valid_rows; dryRun only checks',
    params: IdParams,
    query: RosterImportQuery,
    // read as a stream under the caps of ADR 0021
    rawBody: {
      mediaTypes: [XLSX_MEDIA_TYPE],
      description: 'The roster workbook (.xlsx) itself; header x-file-name: its percent-encoded file name',
    },
    answer: RosterImportResult,
    errors: [
      'NOT_FOUND',
      'ROSTER_FILE_INVALID',
      'ROSTER_HEADERS_MISSING',
      'ROSTER_FILE_TOO_LARGE',
      'ROSTER_UNPACKED_TOO_LARGE',
      'ROSTER_TOO_MANY_ROWS',
      'ROSTER_TOO_MANY_COLUMNS',
      'ROSTER_CELL_TOO_LONG',
      'ENTERPRISE_NOT_ENROLLABLE',
      'FILE_TYPE_NOT_ALLOWED',
      'VERSION_CONFLICT',
    ],
  },
  importErrors: {
    method: 'GET',
    path: '/api/v1/campaigns/:id/roster/imports/:importId/errors.xlsx',
    permission: 'roster:import',
    summary: 'The uploaded rows with an error column, to fix and upload again',
    params: RosterImportParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
  export: {
    method: 'GET',
    path: '/api/v1/campaigns/:id/participations.xlsx',
    permission: 'roster:export',
    summary: 'Export the participations in scope (streamed)',
    params: IdParams,
    query: RosterExportQuery,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
});
