/**
 * Training (000 §二(3); 001 annex 一、1; 003 §6.7.2.2; 002 Annex 2 row 2): sessions of the kinds of
 * domain/training, enrolment of enterprises, attendance per person (by hand or from the Excel sign-in sheet,
 * all-or-nothing), the person-times roll-ups and the coverage checks.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type {
  AttendanceInput,
  ParticipationTraining,
  SessionDetail,
  SessionInput,
  SignInImportResult,
  StatisticsQuery,
  TrainingCoverage,
  TrainingSession,
  TrainingStatistics,
} from '../../../../contracts/training.js';
import type { z } from 'zod';
import type { SessionUpdate } from '../../../../contracts/training.js';
import { TRAINING_AUDIENCES, type TrainingAudience } from '../../../../domain/plans/plan.js';
import {
  coverage,
  filterFacts,
  planTrainingProgress,
  rollUp,
  sessionProblems,
  type AttendanceFact,
  type TrainingDelivery,
  type TrainingKind,
} from '../../../../domain/training/training.js';
import { isWithinRegion, regionLevel } from '../../../../domain/regions/region-code.js';
import { findIndustryCategory } from '../../../../domain/industries/categories.js';
import type { Locale } from '../../../../domain/errors/codes.js';
import type { Executor } from '../../platform/db/client.js';
import type { AppContext } from '../../platform/http/context.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { appendAudit } from '../../platform/audit/trail.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import { chinaDate } from '../../platform/clock.js';
import { BodyTooLargeError, readBoundedBody } from '../../platform/http/bounded-body.js';
import { ZipReader } from '../../platform/xlsx/zip-reader.js';
import { readFirstSheet } from '../../platform/xlsx/stream-reader.js';
import { actorRef } from '../auth/auth.service.js';
import { isParticipationFile } from '../files/files.service.js';
import { findParticipation } from '../participations/participations.repository.js';
import { localMessage } from '../../platform/i18n/messages.js';
import { signInSheetDocx } from './sign-in-docx.js';
import { assertMayOrganize, mayEditSession, mayRecordAttendance } from './training.policy.js';
import {
  acceptedPlanTraining,
  attendanceFacts,
  attendanceOf,
  campaignCoverageSessions,
  campaignParticipations,
  campaignPeriod,
  deleteAttendance,
  enrolCandidates,
  enrolmentsOf,
  findAttendance,
  findImport,
  findSession,
  insertAttendance,
  insertEnrolments,
  insertImport,
  insertSession,
  internalAuditorAttendanceOf,
  listSessions,
  lockSession,
  organizationNames,
  participationAttendance,
  participationsInScope,
  regionNamesOf,
  type SessionListRow,
  type SessionRow,
  updateSession,
  visibleCampaign,
} from './training.repository.js';

/**
 * The internal-auditor training of one enterprise (002 step 8 (1): "内审开始前，内审员应当参加内审员培训"; 000 §二(3)), before the
 * internal audit: every attendance at an internal_auditor session, oldest first. Read by the internal audit.
 */
export async function internalAuditorTrainingOf(
  tx: Executor,
  participationId: string,
): Promise<Array<{ personName: string; sessionId: string; heldOn: string }>> {
  return internalAuditorAttendanceOf(tx, participationId);
}

function sessionView(row: SessionListRow): TrainingSession {
  const s = row.s;
  return {
    id: s.id,
    campaignId: s.campaignId,
    campaignName: row.campaignName,
    kind: s.kind as TrainingSession['kind'],
    subKind: s.subKind as TrainingSession['subKind'],
    delivery: s.delivery as TrainingSession['delivery'],
    title: s.title,
    organizerOrganizationId: s.organizerOrganizationId,
    organizerOrganizationName: row.organizerOrganizationName,
    organizerName: row.organizerName,
    heldOn: s.heldOn,
    endsOn: s.endsOn,
    durationHours: Number(s.durationHours),
    place: s.place,
    url: s.url,
    topics: s.topics,
    audiences: s.audiences as TrainingSession['audiences'],
    regionCode: s.regionCode,
    regionName: row.regionName,
    industryCode: s.industryCode,
    enrolledCount: row.enrolledCount,
    personTimes: row.personTimes,
    version: s.version,
  };
}

function assertNoProblems(input: Omit<SessionInput, 'campaignId'>): void {
  const [first] = sessionProblems(input);
  if (first) throw new AppError(first.code, { field: first.field, detail: first.detail });
}

export async function sessionsInScope(
  ctx: AppContext,
  actor: Actor,
  filter: { campaignId?: string; kind?: string; regionCode?: string; from?: string; to?: string },
): Promise<TrainingSession[]> {
  const rows = await listSessions(ctx.database.db, actor, filter);
  return rows.map(sessionView);
}

export async function createSession(ctx: AppContext, actor: Actor, input: SessionInput): Promise<string> {
  assertNoProblems(input);
  assertMayOrganize(actor, input.kind, input.regionCode);
  return ctx.database.db.transaction(async (tx) => {
    const campaign = await visibleCampaign(tx, actor, input.campaignId);
    assertFound(campaign, 'campaignId');
    if (!isWithinRegion(input.regionCode, campaign.regionCode))
      throw new AppError('REGION_OUTSIDE_JURISDICTION', { field: 'regionCode' });
    const id = await insertSession(tx, {
      ...input,
      durationHours: String(input.durationHours),
      organizerOrganizationId: actor.organizationId,
      organizerUserId: actor.userId,
      createdBy: actor.userId,
    });
    await appendAudit(tx, ctx.clock.now(), {
      actor: actorRef(actor),
      action: 'training.session_create',
      objectType: 'training_session',
      objectId: id,
      outcome: 'success',
      after: input,
    });
    return id;
  });
}

export async function editSession(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.output<typeof SessionUpdate>,
): Promise<void> {
  const { version, ...changes } = input;
  assertNoProblems(changes);
  await ctx.database.db.transaction(async (tx) => {
    const row = await lockSession(tx, actor, id);
    assertFound(row, 'session');
    if (!mayEditSession(actor, row)) throw new AppError('FORBIDDEN');
    assertMayOrganize(actor, changes.kind, changes.regionCode);
    const campaign = await visibleCampaign(tx, actor, row.campaignId);
    assertFound(campaign, 'campaignId');
    if (!isWithinRegion(changes.regionCode, campaign.regionCode))
      throw new AppError('REGION_OUTSIDE_JURISDICTION', { field: 'regionCode' });
    if (!(await updateSession(tx, id, version, { ...changes, durationHours: String(changes.durationHours) })))
      throw new AppError('VERSION_CONFLICT');
    await appendAudit(tx, ctx.clock.now(), {
      actor: actorRef(actor),
      action: 'training.session_update',
      objectType: 'training_session',
      objectId: id,
      outcome: 'success',
      before: row,
      after: changes,
    });
  });
}

/** The enterprises the caller may record attendance for at this session. */
async function attendableParticipations(tx: Executor, actor: Actor, session: SessionRow): Promise<string[]> {
  const enrolled = await enrolmentsOf(tx, session.id);
  const inScope = new Set(
    (
      await participationsInScope(
        tx,
        actor,
        enrolled.map((e) => e.participationId),
      )
    ).map((p) => p.id),
  );
  // the organizer side records for every enrolled enterprise, others for those in their scope
  return enrolled
    .filter((e) =>
      mayEditSession(actor, session) ? true : mayRecordAttendance(actor, session, inScope.has(e.participationId)),
    )
    .map((e) => e.participationId);
}

export async function sessionDetail(ctx: AppContext, actor: Actor, id: string): Promise<SessionDetail> {
  const db = ctx.database.db;
  const row = await findSession(db, actor, id);
  assertFound(row, 'session');
  const enrolled = await enrolmentsOf(db, id);
  const attendance = await attendanceOf(db, id);
  const visible = new Set(
    (
      await participationsInScope(
        db,
        actor,
        enrolled.map((e) => e.participationId),
      )
    ).map((p) => p.id),
  );
  const mayEdit = mayEditSession(actor, row.s);
  // an enterprise sees only its own rows; the organizer side every enrolled enterprise
  const shown = (participationId: string) => mayEdit || visible.has(participationId);
  const mayAttendFor = await attendableParticipations(db, actor, row.s);
  return {
    session: sessionView(row),
    enrolments: enrolled
      .filter((e) => shown(e.participationId))
      .map((e) => ({
        participationId: e.participationId,
        enterpriseName: e.enterpriseName,
        regionCode: e.regionCode,
        industryCode: e.industryCode,
        attendees: e.attendees,
      })),
    attendance: attendance
      .filter((a) => shown(a.a.participationId))
      .map(({ a, enterpriseName }) => ({
        id: a.id,
        participationId: a.participationId,
        enterpriseName,
        personName: a.personName,
        post: a.post,
        audienceLevel: a.audienceLevel as TrainingAudience | null,
        source: a.source as 'manual' | 'import',
        evidenceFileId: a.evidenceFileId,
        mayRemove: mayAttendFor.includes(a.participationId),
      })),
    mayEdit,
    mayAttendFor,
  };
}

async function editableSession(tx: Executor, actor: Actor, id: string): Promise<SessionRow> {
  const row = await lockSession(tx, actor, id);
  assertFound(row, 'session');
  if (!mayEditSession(actor, row)) throw new AppError('FORBIDDEN');
  return row;
}

export async function candidatesOf(ctx: AppContext, actor: Actor, id: string) {
  const db = ctx.database.db;
  const row = await findSession(db, actor, id);
  assertFound(row, 'session');
  if (!mayEditSession(actor, row.s)) throw new AppError('FORBIDDEN');
  return enrolCandidates(db, actor, row.s);
}

export async function enrol(ctx: AppContext, actor: Actor, id: string, participationIds: string[]): Promise<number> {
  return ctx.database.db.transaction(async (tx) => {
    const session = await editableSession(tx, actor, id);
    const unique = [...new Set(participationIds)];
    const found = await participationsInScope(tx, actor, unique);
    if (found.length !== unique.length) throw new AppError('NOT_FOUND', { field: 'participationIds' });
    const outside = found.findIndex(
      (p) => p.campaignId !== session.campaignId || !isWithinRegion(p.regionCode, session.regionCode),
    );
    if (outside >= 0)
      throw new AppError('TRAINING_ENTERPRISE_OUTSIDE_CAMPAIGN', { field: `participationIds.${outside}` });
    const enrolled = await insertEnrolments(tx, id, unique, actor.userId);
    await appendAudit(tx, ctx.clock.now(), {
      actor: actorRef(actor),
      action: 'training.enrol',
      objectType: 'training_session',
      objectId: id,
      outcome: 'success',
      detail: { participationIds: unique, enrolled },
    });
    return enrolled;
  });
}

export async function addAttendance(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: AttendanceInput,
): Promise<string> {
  return ctx.database.db.transaction(async (tx) => {
    const session = await lockSession(tx, actor, id);
    assertFound(session, 'session');
    const enrolled = (await enrolmentsOf(tx, id)).map((e) => e.participationId);
    const inScope = (await participationsInScope(tx, actor, [input.participationId])).length === 1;
    if (!inScope && !mayEditSession(actor, session)) throw new AppError('NOT_FOUND', { field: 'participationId' });
    if (!enrolled.includes(input.participationId))
      throw new AppError('TRAINING_NOT_ENROLLED', { field: 'participationId' });
    if (!mayEditSession(actor, session) && !mayRecordAttendance(actor, session, inScope))
      throw new AppError('FORBIDDEN');
    if (
      input.evidenceFileId &&
      !(await isParticipationFile(tx, input.evidenceFileId, input.participationId, 'training_evidence'))
    )
      throw new AppError('VALIDATION_FAILED', { field: 'evidenceFileId', detail: 'training_evidence' });
    const [attendanceId] = await insertAttendance(tx, [
      { ...input, sessionId: id, source: 'manual', recordedBy: actor.userId },
    ]);
    await appendAudit(tx, ctx.clock.now(), {
      actor: actorRef(actor),
      action: 'training.attendance_add',
      objectType: 'training_session',
      objectId: id,
      outcome: 'success',
      detail: { attendanceId, participationId: input.participationId },
    });
    return attendanceId!;
  });
}

export async function removeAttendance(ctx: AppContext, actor: Actor, id: string, attendanceId: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const session = await lockSession(tx, actor, id);
    assertFound(session, 'session');
    const row = await findAttendance(tx, id, attendanceId);
    assertFound(row, 'attendance');
    const allowed = await attendableParticipations(tx, actor, session);
    if (!allowed.includes(row.participationId)) throw new AppError('NOT_FOUND', { field: 'attendance' });
    await deleteAttendance(tx, attendanceId);
    await appendAudit(tx, ctx.clock.now(), {
      actor: actorRef(actor),
      action: 'training.attendance_remove',
      objectType: 'training_session',
      objectId: id,
      outcome: 'success',
      before: row,
    });
  });
}

// ---- the Excel sign-in sheet (all-or-nothing, like the rosters) ----

const SIGN_IN_COLUMNS = [
  { key: 'uscc', header: '统一社会信用代码', width: 24 },
  { key: 'enterprise', header: '企业名称', width: 34 },
  { key: 'personName', header: '姓名', width: 14 },
  { key: 'post', header: '岗位', width: 18 },
  { key: 'audienceLevel', header: '培训对象层级', width: 40 },
] as const;
type SignInKey = (typeof SIGN_IN_COLUMNS)[number]['key'];
const ERROR_HEADER = '错误说明 / Errors';
const SIGN_IN_LIMITS = {
  maxUploadBytes: 5 * 1024 * 1024,
  maxEntryBytes: 16 * 1024 * 1024,
  maxTotalBytes: 32 * 1024 * 1024,
  maxRows: 2000,
  maxColumns: 32,
  maxCellChars: 500,
};

/** 003 §6.7.2.2 a)–d) as written in a sheet: the letter, the key or the Chinese label. */
function audienceOf(value: string): TrainingAudience | null | undefined {
  const v = value.trim().replace(/[)）]$/, '');
  if (v === '') return null;
  const hit = TRAINING_AUDIENCES.find((a) => a.letter === v.toLowerCase() || a.key === v || a.zh === v);
  return hit?.key;
}

function signInSheet(workbook: ExcelJS.Workbook, extra: string[] = []): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('签到表', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    ...SIGN_IN_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width })),
    ...extra.map((h) => ({ header: h, key: h, width: 50 })),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn('uscc').numFmt = '@';
  return sheet;
}

export async function signInTemplate(ctx: AppContext, actor: Actor, id: string): Promise<Buffer> {
  const db = ctx.database.db;
  const row = await findSession(db, actor, id);
  assertFound(row, 'session');
  if (!mayEditSession(actor, row.s)) throw new AppError('FORBIDDEN');
  const workbook = new ExcelJS.Workbook();
  const sheet = signInSheet(workbook);
  for (const e of await enrolmentsOf(db, id)) sheet.addRow({ uscc: e.uscc ?? '', enterprise: e.enterpriseName });
  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '说明', key: 'a', width: 20 },
    { header: '', key: 'b', width: 60 },
  ];
  help.addRows([
    ['培训', `${row.s.title}（${row.s.heldOn}）`],
    ['统一社会信用代码', '须为已报名本次培训的企业；每位参训人员一行，同一企业可填多行'],
    ['培训对象层级', '可填 a、b、c、d 或下列名称，可留空'],
    ...TRAINING_AUDIENCES.map((a) => [`${a.letter})`, a.zh]),
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface SheetProblem {
  field: string;
  code: 'REQUIRED' | 'VALIDATION_FAILED' | 'TRAINING_NOT_ENROLLED';
  detail?: string;
}

function describe(p: SheetProblem, locale: Locale): string {
  return localMessage(p.code, locale, { field: p.field, detail: p.detail });
}

async function readSignInRows(file: Buffer) {
  const zip = new ZipReader(file, SIGN_IN_LIMITS);
  const keyAt = new Map<number, SignInKey>();
  const rows: Array<{ row: number; values: Partial<Record<SignInKey, string>> }> = [];
  let headersSeen = false;
  await readFirstSheet(zip, { ...SIGN_IN_LIMITS, maxValueRows: SIGN_IN_LIMITS.maxRows + 10 }, ({ row, cells }) => {
    if (!headersSeen) {
      headersSeen = true;
      for (const [col, value] of cells) {
        const header = String(value).replace(/\s+/g, '');
        const column = SIGN_IN_COLUMNS.find((c) => c.header === header);
        if (column) keyAt.set(col, column.key);
      }
      return;
    }
    const values: Partial<Record<SignInKey, string>> = {};
    let any = false;
    for (const [col, key] of keyAt) {
      const v = cells.get(col);
      if (v === undefined || v === null) continue;
      values[key] = String(v).trim();
      if (values[key] !== '') any = true;
    }
    if (any) rows.push({ row, values });
  });
  const present = new Set(keyAt.values());
  const missing = (['uscc', 'personName'] as const).filter((k) => !present.has(k));
  return { rows, missing: missing.map((k) => SIGN_IN_COLUMNS.find((c) => c.key === k)!.header) };
}

export async function importSignInSheet(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: unknown,
  declaredLength: string | number | undefined,
  locale: Locale,
): Promise<SignInImportResult> {
  // checked before the file is read: out of scope is 404, not a file error
  const visible = await findSession(ctx.database.db, actor, id);
  assertFound(visible, 'session');
  if (!mayEditSession(actor, visible.s)) throw new AppError('FORBIDDEN');
  if (!(body instanceof Readable) && !Buffer.isBuffer(body))
    throw new AppError('ROSTER_FILE_INVALID', { field: 'file' });
  let file: Buffer;
  try {
    file = await readBoundedBody(body, SIGN_IN_LIMITS.maxUploadBytes, declaredLength);
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      throw new AppError('ROSTER_FILE_TOO_LARGE', { field: 'file', detail: `${error.max / 1048576} MiB` });
    throw error;
  }
  let parsed: Awaited<ReturnType<typeof readSignInRows>>;
  try {
    parsed = await readSignInRows(file);
  } catch (error) {
    const limit = (error as { limit?: string }).limit;
    if (limit === 'rows')
      throw new AppError('ROSTER_TOO_MANY_ROWS', { field: 'file', detail: String(SIGN_IN_LIMITS.maxRows) });
    if (limit === 'columns') throw new AppError('ROSTER_TOO_MANY_COLUMNS', { field: 'file' });
    if (limit === 'cell_chars') throw new AppError('ROSTER_CELL_TOO_LONG', { field: 'file' });
    if (limit) throw new AppError('ROSTER_UNPACKED_TOO_LARGE', { field: 'file' });
    throw new AppError('ROSTER_FILE_INVALID', { field: 'file' });
  }
  if (parsed.missing.length)
    throw new AppError('ROSTER_HEADERS_MISSING', { field: 'file', detail: parsed.missing.join('、') });
  return ctx.database.db.transaction(async (tx) => {
    const session = await editableSession(tx, actor, id);
    const enrolled = await enrolmentsOf(tx, id);
    const byUscc = new Map(enrolled.filter((e) => e.uscc).map((e) => [e.uscc!.toUpperCase(), e.participationId]));
    const checked = parsed.rows.map((r) => {
      const problems: SheetProblem[] = [];
      const uscc = (r.values.uscc ?? '').toUpperCase();
      const participationId = byUscc.get(uscc);
      if (uscc === '') problems.push({ field: '统一社会信用代码', code: 'REQUIRED' });
      else if (!participationId)
        problems.push({ field: '统一社会信用代码', code: 'TRAINING_NOT_ENROLLED', detail: uscc });
      const personName = r.values.personName ?? '';
      if (personName === '') problems.push({ field: '姓名', code: 'REQUIRED' });
      else if (personName.length > 60) problems.push({ field: '姓名', code: 'VALIDATION_FAILED', detail: '≤ 60' });
      const post = r.values.post ?? '';
      if (post.length > 60) problems.push({ field: '岗位', code: 'VALIDATION_FAILED', detail: '≤ 60' });
      const audienceLevel = audienceOf(r.values.audienceLevel ?? '');
      if (audienceLevel === undefined)
        problems.push({ field: '培训对象层级', code: 'VALIDATION_FAILED', detail: r.values.audienceLevel ?? '' });
      return { ...r, problems, participationId, personName, post, audienceLevel: audienceLevel ?? null };
    });
    const invalid = checked.filter((r) => r.problems.length > 0);
    let importId: string;
    let created = 0;
    if (invalid.length > 0 || checked.length === 0) {
      importId = await insertImport(tx, {
        sessionId: id,
        totalRows: checked.length,
        invalidRows: invalid.length,
        errors: checked.map((r) => ({ row: r.row, values: r.values, problems: r.problems })),
        importedBy: actor.userId,
      });
    } else {
      importId = await insertImport(tx, {
        sessionId: id,
        totalRows: checked.length,
        invalidRows: 0,
        importedBy: actor.userId,
      });
      const ids = await insertAttendance(
        tx,
        checked.map((r) => ({
          sessionId: session.id,
          participationId: r.participationId!,
          personName: r.personName,
          post: r.post || null,
          audienceLevel: r.audienceLevel,
          source: 'import' as const,
          recordedBy: actor.userId,
        })),
      );
      created = ids.length;
    }
    await appendAudit(tx, ctx.clock.now(), {
      actor: actorRef(actor),
      action: 'training.import',
      objectType: 'training_session',
      objectId: id,
      outcome: invalid.length > 0 ? 'failure' : 'success',
      detail: { importId, totalRows: checked.length, invalidRows: invalid.length, createdRows: created },
    });
    return {
      importId,
      totalRows: checked.length,
      invalidRows: invalid.length,
      createdRows: created,
      status: invalid.length > 0 || checked.length === 0 ? 'rejected' : 'imported',
      errors: invalid.flatMap((r) =>
        r.problems.map((p) => ({ row: r.row, field: p.field, code: p.code, message: describe(p, locale) })),
      ),
    };
  });
}

export async function signInImportErrors(
  ctx: AppContext,
  actor: Actor,
  id: string,
  importId: string,
  locale: Locale,
): Promise<Buffer> {
  const db = ctx.database.db;
  const row = await findSession(db, actor, id);
  assertFound(row, 'session');
  if (!mayEditSession(actor, row.s)) throw new AppError('NOT_FOUND', { field: 'import' });
  const record = await findImport(db, id, importId);
  assertFound(record, 'import');
  const workbook = new ExcelJS.Workbook();
  const sheet = signInSheet(workbook, [ERROR_HEADER]);
  for (const r of record.errors as Array<{ row: number; values: Record<string, string>; problems: SheetProblem[] }>) {
    const text = r.problems.map((p) => describe(p, locale)).join('；');
    const added = sheet.addRow({ ...r.values, [ERROR_HEADER]: text || undefined });
    if (text) added.getCell(ERROR_HEADER).font = { color: { argb: 'FFCC0000' } };
  }
  await auditDataAccess(ctx, actor, {
    action: 'training.import',
    objectType: 'training_session',
    objectId: id,
    detail: { importId, download: 'errors' },
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---- statistics and coverage ----

function factsOf<R extends Awaited<ReturnType<typeof attendanceFacts>>[number]>(
  rows: ReadonlyArray<R>,
): Array<R & AttendanceFact> {
  return rows.map((r) => ({
    ...r,
    kind: r.kind as TrainingKind,
    delivery: r.delivery as AttendanceFact['delivery'],
  }));
}

/** 002 Annex 2 row 2 over the attendance of the participations in the caller's scope. */
export async function statistics(
  ctx: AppContext,
  actor: Actor,
  query: StatisticsQuery,
  locale: Locale,
): Promise<TrainingStatistics> {
  const db = ctx.database.db;
  const facts = filterFacts(factsOf(await attendanceFacts(db, actor, { campaignId: query.campaignId })), query);
  // regions one level below the filter's (or the bureau's) region: a province shows its cities
  const base = query.regionCode ?? actor.regionCode ?? '000000';
  const depth = { national: 1, province: 2, city: 3, county: 3 }[regionLevel(base)];
  const result = rollUp(facts, query.by, { regionDepth: depth });
  const labels = new Map<string, string>();
  if (query.by === 'region')
    for (const [k, v] of await regionNamesOf(
      db,
      result.rows.map((r) => r.key),
    ))
      labels.set(k, v);
  if (query.by === 'body')
    for (const [k, v] of await organizationNames(db, result.rows.map((r) => r.key).filter(Boolean))) labels.set(k, v);
  const labelOfKey = (key: string): string => {
    if (query.by === 'industry') return findIndustryCategory(key)?.[locale === 'en-US' ? 'nameEn' : 'nameZh'] ?? key;
    if (query.by === 'region' || query.by === 'body') return labels.get(key) ?? key;
    return key;
  };
  return { by: query.by, ...result, rows: result.rows.map((r) => ({ ...r, label: labelOfKey(r.key) })) };
}

/**
 * The attendance rows behind 002 Annex 2 row 2 (one row one person-time), by the same facts and filters as
 * `statistics`, so a count there equals the rows here (the statistics table's drill-down).
 */
export async function attendanceRows(
  ctx: AppContext,
  actor: Actor,
  filter: { regionCode: string; from?: string | undefined; to?: string | undefined; delivery?: TrainingDelivery },
) {
  const { delivery, ...facts } = filter;
  const rows = filterFacts(factsOf(await attendanceFacts(ctx.database.db, actor, {})), facts);
  return rows
    .filter((r) => delivery === undefined || r.delivery === delivery)
    .map((r) => ({
      attendanceId: r.attendanceId,
      sessionId: r.sessionId,
      sessionTitle: r.title,
      heldOn: r.heldOn,
      delivery: r.delivery,
      participationId: r.participationId,
    }))
    .sort((a, b) => (a.heldOn > b.heldOn ? -1 : a.heldOn < b.heldOn ? 1 : a.attendanceId < b.attendanceId ? -1 : 1));
}

export async function campaignCoverage(ctx: AppContext, actor: Actor, campaignId: string): Promise<TrainingCoverage> {
  const db = ctx.database.db;
  const campaign = await visibleCampaign(db, actor, campaignId);
  assertFound(campaign, 'campaign');
  const period = await campaignPeriod(db, campaignId);
  const from = period.from ?? `${campaign.year}-01-01`;
  const to = period.to ?? `${campaign.year}-12-31`;
  const result = coverage({
    campaignRegion: campaign.regionCode,
    from,
    to,
    participations: await campaignParticipations(db, actor, campaignId),
    sessions: (await campaignCoverageSessions(db, campaignId)).map((x) => ({ ...x, kind: x.kind as TrainingKind })),
  });
  const names = await regionNamesOf(db, [...new Set(result.checks.map((c) => c.regionCode))]);
  return {
    campaignId,
    from,
    to,
    checks: result.checks.map((c) => ({ ...c, regionName: names.get(c.regionCode) ?? c.regionCode })),
    missing: result.missing.length,
  };
}

export async function trainingOfParticipation(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
): Promise<ParticipationTraining> {
  const db = ctx.database.db;
  const participation = await findParticipation(db, actor, participationId);
  assertFound(participation, 'participation');
  const rows = await participationAttendance(db, participationId);
  const attended = new Map<string, ParticipationTraining['attended'][number]>();
  for (const r of rows) {
    const seen = attended.get(r.sessionId);
    if (seen) seen.persons++;
    else
      attended.set(r.sessionId, {
        sessionId: r.sessionId,
        title: r.title,
        kind: r.kind as TrainingKind,
        heldOn: r.heldOn,
        persons: 1,
      });
  }
  const items = await acceptedPlanTraining(db, participationId);
  const progress = planTrainingProgress(
    items,
    rows.map((r) => ({
      sessionId: r.sessionId,
      heldOn: r.heldOn,
      audiences: r.audiences,
      audienceLevel: r.audienceLevel,
    })),
    chinaDate(ctx.clock.now()),
  );
  return {
    attended: [...attended.values()],
    planItems: progress.map((p) => ({
      audience: p.audience as TrainingAudience,
      topics: [...p.topics],
      plannedOn: p.plannedOn,
      doneBy: p.doneBy,
    })),
  };
}

/** The sign-in sheet DOCX of a session in scope (its access audited before the data leaves). */
export async function signInSheetDocument(
  ctx: AppContext,
  actor: Actor,
  id: string,
  locale: Locale,
): Promise<{ name: string; file: Buffer }> {
  const detail = await sessionDetail(ctx, actor, id);
  const s = detail.session;
  const attendedBy = new Set(detail.attendance.map((a) => a.participationId));
  const file = await signInSheetDocx(
    {
      title: s.title,
      kind: s.kind,
      subKind: s.subKind,
      delivery: s.delivery,
      campaignName: s.campaignName,
      organizer: `${s.organizerOrganizationName}（${s.organizerName}）`,
      heldOn: s.heldOn,
      endsOn: s.endsOn,
      durationHours: s.durationHours,
      placeOrUrl: (s.delivery === 'online' ? s.url : s.place) ?? '',
      topics: s.topics,
      audiences: s.audiences,
      rows: detail.attendance,
      blankFor: detail.enrolments.filter((e) => !attendedBy.has(e.participationId)).map((e) => e.enterpriseName),
    },
    locale,
  );
  await auditDataAccess(ctx, actor, {
    action: 'training.download_docx',
    objectType: 'training_session',
    objectId: id,
  });
  return { name: `培训签到表-${s.title}.docx`, file };
}
