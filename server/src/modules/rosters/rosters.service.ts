/**
 * The rosters' use cases: the template, the import, its error workbook, the streamed export (ADR 0011, 0021).
 * Import: every row is checked with the shared application rules, the
 * bureau's jurisdiction and duplicates within the file, and the answer lists each problem by
 * row and field. By default nothing is written when any row fails; `valid_rows` writes the rest.
 * Rows are keyed by credit code, so importing the same file twice changes nothing.
 */
import { createHash } from 'node:crypto';
import type { PassThrough } from 'node:stream';
import type { RosterExportQuery, RosterImportResult } from '../../../../contracts/rosters.js';
import type { AppContext } from '../../platform/http/context.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import { appendAudit } from '../../platform/audit/trail.js';
import { actorRef } from '../auth/auth.service.js';
import { visibleCampaign } from '../campaigns/campaigns.service.js';
import { knownRegionCodes } from '../intake/intake.repository.js';
import { checkApplication, enrolmentProblems, registerApplications } from '../intake/register-application.js';
import { exportPage } from '../participations/participations.repository.js';
import { REQUIRED_HEADERS, ROSTER_COLUMNS, rowToApplication } from '../../../../domain/intake/roster-columns.js';
import type { ApplicationInput, ApplicationProblem } from '../../../../domain/intake/application.js';
import type { Locale } from '../../../../domain/errors/codes.js';
import { localMessage } from '../../platform/i18n/messages.js';
import { actorJurisdiction, actorJurisdictionHolds } from '../../platform/db/row-scope.js';
import { normalizeUsccInput } from '../../../../domain/uscc/uscc.js';
import { rosterImportOutcome, type RosterImportMode } from '../../../../domain/intake/roster-import-outcome.js';
import { errorWorkbook, readUpload, ROSTER_LIMITS, RosterLimitError, templateWorkbook } from './roster-workbook.js';
import { BodyTooLargeError, readBoundedBody } from '../../platform/http/bounded-body.js';
import { analyzeAfterBulkLoad, insertRosterImport, regionNames, selectRosterImport } from './rosters.repository.js';
import { streamParticipationWorkbook } from './roster-export.js';

/** The template of a campaign the caller sees (Chinese headers, an example row, reference lists). */
export async function rosterTemplate(ctx: AppContext, actor: Actor, campaignId: string): Promise<Buffer> {
  await visibleCampaign(ctx, actor, campaignId);
  return templateWorkbook();
}

const headerOf = (field: string) => ROSTER_COLUMNS.find((c) => c.key === field)?.header ?? field;

function describe(problem: ApplicationProblem, locale: Locale): string {
  return localMessage(problem.code, locale, {
    field: locale === 'zh-CN' ? headerOf(problem.field) : problem.field,
    detail: problem.detail,
  });
}

export interface ImportInput {
  /** The request body: a stream (read here, under the size cap) or the bytes. */
  file: unknown;
  /** The request's Content-Length, when it gave one. */
  declaredLength?: string | number;
  fileName: string;
  mode: RosterImportMode;
  dryRun: boolean;
  locale: Locale;
}

export async function importRoster(
  ctx: AppContext,
  actor: Actor,
  campaignId: string,
  input: ImportInput,
): Promise<RosterImportResult> {
  const campaign = await visibleCampaign(ctx, actor, campaignId);
  const file = await receiveRoster(input.file, input.declaredLength);
  if (file.length === 0) throw new AppError('ROSTER_FILE_INVALID', { field: 'file' });
  let parsed: Awaited<ReturnType<typeof readUpload>>;
  try {
    parsed = await readUpload(file, REQUIRED_HEADERS);
  } catch (error) {
    if (error instanceof RosterLimitError) throw limitRefusal(error);
    throw new AppError('ROSTER_FILE_INVALID', { field: 'file' });
  }
  if (!parsed.ok) throw new AppError('ROSTER_HEADERS_MISSING', { field: 'file', detail: parsed.missing.join('、') });

  const regionCodes = await knownRegionCodes(ctx.database.db);
  const seen = new Map<string, number>();
  const checked = parsed.rows.map(({ row, cells }) => {
    const { input: application, problems } = rowToApplication(cells);
    problems.push(...checkApplication(application, campaign.regionCode, regionCodes));
    if (!problems.some((p) => p.field === 'regionCode') && !actorJurisdictionHolds(actor, application.regionCode)) {
      problems.push({ field: 'regionCode', code: 'REGION_OUTSIDE_JURISDICTION', detail: application.regionCode });
    }
    const uscc = normalizeUsccInput(application.uscc);
    if (!problems.some((p) => p.field === 'uscc')) {
      const first = seen.get(uscc);
      if (first !== undefined)
        problems.push({
          field: 'uscc',
          code: 'DUPLICATE_APPLICATION',
          detail: `${uscc} (${input.locale === 'en-US' ? `row ${first}` : `第 ${first} 行`})`,
        });
      else seen.set(uscc, row);
    }
    return { row, cells, application, problems };
  });
  // rows naming an enterprise on record that this bureau may not enrol here (ADR 0017)
  const enroller = { kind: 'bureau', jurisdictionRegionCode: actorJurisdiction(actor) } as const;
  const clean = checked.filter((r) => r.problems.length === 0);
  const refusals = await enrolmentProblems(
    ctx.database.db,
    { campaign, enroller },
    clean.map((r) => r.application),
  );
  clean.forEach((r, i) => {
    if (refusals[i]) r.problems.push(refusals[i]!);
  });

  const invalid = checked.filter((r) => r.problems.length > 0);
  const { status, writesValidRows } = rosterImportOutcome({
    mode: input.mode,
    dryRun: input.dryRun,
    invalidRows: invalid.length,
  });
  const writes = writesValidRows ? checked.filter((r) => r.problems.length === 0) : [];
  const digest = createHash('sha256').update(file).digest('hex');
  const now = ctx.clock.now();

  const result = await ctx.database.db.transaction(async (tx) => {
    const outcomes = writes.length
      ? await registerApplications(
          tx,
          { campaign, origin: 'bureau', enroller, actor: actorRef(actor), now },
          writes.map((w) => w.application as ApplicationInput),
          { auditEach: false },
        )
      : [];
    const created = outcomes.filter((o) => o.created).length;
    // rows kept for the error workbook (only when there is something to fix)
    const stored = invalid.length
      ? checked.map((r) => ({
          row: r.row,
          values: Object.fromEntries(
            Object.entries(r.cells).map(([k, v]) => [
              k,
              v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null),
            ]),
          ),
          problems: r.problems,
        }))
      : [];
    const importId = await insertRosterImport(tx, {
      campaignId,
      fileName: input.fileName,
      fileDigest: digest,
      mode: input.mode,
      totalRows: checked.length,
      invalidRows: invalid.length,
      createdRows: created,
      unchangedRows: outcomes.length - created,
      status,
      errors: stored,
      createdBy: actor.userId,
      createdAt: now,
    });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'roster.import',
      objectType: 'campaign',
      objectId: campaignId,
      outcome: status === 'rejected' ? 'failure' : 'success',
      after: {
        importId,
        fileDigest: digest,
        participations: outcomes.filter((o) => o.created).map((o) => o.participationId),
      },
      detail: { fileName: input.fileName, mode: input.mode, total: checked.length, invalid: invalid.length, created },
    });
    return { importId, created, unchanged: outcomes.length - created };
  });
  // keep the planner's statistics current after a bulk load (PGlite has no autovacuum)
  if (result.created >= 1000) await analyzeAfterBulkLoad(ctx.database.db);

  return {
    importId: result.importId,
    totalRows: checked.length,
    invalidRows: invalid.length,
    createdRows: result.created,
    unchangedRows: result.unchanged,
    status,
    errors: invalid.flatMap((r) =>
      r.problems.map((p) => ({ row: r.row, field: p.field, code: p.code, message: describe(p, input.locale) })),
    ),
  };
}

async function receiveRoster(body: unknown, declaredLength?: string | number): Promise<Buffer> {
  try {
    return await readBoundedBody(body, ROSTER_LIMITS.maxUploadBytes, declaredLength);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw limitRefusal(new RosterLimitError('upload_bytes', error.max));
    throw error;
  }
}

const MiB = (bytes: number) => `${Math.round(bytes / 1048576)} MiB`;

/** The first limit an upload exceeded, as its own code with the limit named (ADR 0021). */
function limitRefusal(error: RosterLimitError): AppError {
  switch (error.limit) {
    case 'upload_bytes':
      return new AppError('ROSTER_FILE_TOO_LARGE', { field: 'file', detail: MiB(error.max) });
    case 'entry_bytes':
    case 'total_bytes':
      return new AppError('ROSTER_UNPACKED_TOO_LARGE', { field: 'file', detail: MiB(error.max) });
    case 'rows':
      return new AppError('ROSTER_TOO_MANY_ROWS', { field: 'file', detail: String(error.max) });
    case 'columns':
      return new AppError('ROSTER_TOO_MANY_COLUMNS', { field: 'file', detail: `${error.where ?? ''} > ${error.max}` });
    case 'cell_chars':
      return new AppError('ROSTER_CELL_TOO_LONG', { field: 'file', detail: `${error.where ?? ''} > ${error.max}` });
  }
}

/** The uploaded rows back, with an error column, in the caller's language. */
export async function importErrorWorkbook(
  ctx: AppContext,
  actor: Actor,
  campaignId: string,
  importId: string,
  locale: Locale,
): Promise<Buffer> {
  await visibleCampaign(ctx, actor, campaignId);
  const record = await selectRosterImport(ctx.database.db, campaignId, importId);
  assertFound(record, 'import');
  const rows = (
    record.errors as Array<{ row: number; values: Record<string, unknown>; problems: ApplicationProblem[] }>
  ).map((r) => ({
    row: r.row,
    values: r.values,
    problems: r.problems.map((p) => describe(p, locale)),
  }));
  const workbook = await errorWorkbook(rows);
  await auditDataAccess(ctx, actor, {
    action: 'roster.download_errors',
    objectType: 'roster_import',
    objectId: importId,
    detail: { campaignId },
  });
  return workbook;
}

/** The participations in scope as a streamed workbook named after the campaign (the access is audited first). */
export async function exportRoster(
  ctx: AppContext,
  actor: Actor,
  campaignId: string,
  filters: RosterExportQuery,
  options: { locale: Locale; onError: (error: unknown) => void },
): Promise<{ fileName: string; stream: PassThrough }> {
  const campaign = await visibleCampaign(ctx, actor, campaignId);
  // the filters say which rows left; the rows themselves are streamed after this entry commits
  await auditDataAccess(ctx, actor, {
    action: 'roster.export',
    objectType: 'campaign',
    objectId: campaign.id,
    detail: { filters },
  });
  const stream = streamParticipationWorkbook({
    locale: options.locale,
    regionNames: await regionNames(ctx.database.db),
    nextPage: (after, limit) =>
      exportPage(ctx.database.db, actor, { ...filters, campaignId: campaign.id }, after, limit),
    onError: options.onError,
  });
  return { fileName: `${campaign.name}.xlsx`, stream };
}
