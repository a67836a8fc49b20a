/**
 * Bulk accounts from an XLSX (ADR 0034), in the rosters' pattern (ADR 0011, 0021): the sheet is read row by row under
 * hard limits with the streaming reader, every row is checked (organization, the caller's right to grant the role
 * there, duplicates in the file and in the database), and the upload is all-or-nothing: one bad row and nothing is
 * written; the answer and an error workbook name each problem by row and column.
 */
import ExcelJS from 'exceljs';
import type { AccountImportResult } from '../../../../contracts/accounts.js';
import {
  ACCOUNT_COLUMNS,
  REQUIRED_ACCOUNT_COLUMNS,
  ROLE_NAMES_ZH,
  roleFromCell,
  type AccountColumnKey,
} from '../../../../domain/access/account-columns.js';
import { grantableRoles, manageableRoles } from '../../../../domain/access/administration.js';
import { canHoldRoleIn, type OrganizationKind, type Role } from '../../../../domain/access/roles.js';
import { errorMessage, type ErrorCode, type Locale } from '../../../../domain/errors/codes.js';
import { appendAudit } from '../../platform/audit/trail.js';
import { normalizeUsername } from '../../platform/auth/passwords.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { BodyTooLargeError, readBoundedBody } from '../../platform/http/bounded-body.js';
import type { AppContext } from '../../platform/http/context.js';
import { readFirstSheet, XlsxLimitError } from '../../platform/xlsx/stream-reader.js';
import { ZipLimitError, ZipReader } from '../../platform/xlsx/zip-reader.js';
import { actorRef } from '../auth/auth.service.js';
import {
  accountImportById,
  allOrganizations,
  insertAccountImport,
  occupiedRolesOf,
  takenField,
} from './accounts.repository.js';
import { createAccountRecord, grantMembership, issueInvitation, settingsOf } from './identity-records.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHEET = '账号';
const ERROR_HEADER = '错误说明 / Errors';
const EXAMPLE_MARK = '示例';

/** An account upload is small (one organization's people): these caps keep a hostile file cheap. */
const LIMITS = {
  maxUploadBytes: 5 * 1024 * 1024,
  maxEntryBytes: 16 * 1024 * 1024,
  maxTotalBytes: 32 * 1024 * 1024,
  maxRows: 2000,
  maxColumns: 32,
  maxCellChars: 500,
};

export async function accountTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ACCOUNT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const c of ACCOUNT_COLUMNS) sheet.getColumn(c.key).numFmt = '@';
  sheet.addRow({
    displayName: `${EXAMPLE_MARK}：张三`,
    mobile: '13800000000',
    email: 'zhangsan@example.cn',
    organization: '徐州市市场监督管理局',
    role: ROLE_NAMES_ZH.bureau_officer,
    regionCode: '320300',
  });
  sheet.getRow(2).font = { italic: true, color: { argb: 'FF888888' } };
  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '说明', key: 'a', width: 24 },
    { header: '', key: 'b', width: 60 },
  ];
  help.addRows([
    ['第2行为示例', `姓名以“${EXAMPLE_MARK}”开头的行不会导入，可删除`],
    ['手机、邮箱', '至少填一项；登录名为手机号（无手机时为邮箱）'],
    ['单位', '与系统中的单位名称一致'],
    ['地区', '六位行政区划代码；单位重名时用于区分，可不填'],
    ['导入方式', '全部校验通过才会创建；有任何错误则不创建，并给出错误说明文件'],
    [],
    ['角色', ''],
    ...Object.values(ROLE_NAMES_ZH).map((name) => [name, '']),
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface Problem {
  field: AccountColumnKey;
  code: ErrorCode;
  detail?: string;
}

interface CheckedRow {
  row: number;
  values: Partial<Record<AccountColumnKey, string>>;
  problems: Problem[];
  plan?: { organizationId: string; role: Role; displayName: string; mobile: string | null; email: string | null };
}

const headerOf = (key: string) => ACCOUNT_COLUMNS.find((c) => c.key === key)?.header ?? key;

function describe(p: Problem, locale: Locale): string {
  return errorMessage(p.code, locale, { field: locale === 'zh-CN' ? headerOf(p.field) : p.field, detail: p.detail });
}

async function readRows(file: Buffer): Promise<Array<{ row: number; values: CheckedRow['values'] }>> {
  const zip = new ZipReader(file, LIMITS);
  const keyAt = new Map<number, AccountColumnKey>();
  const rows: Array<{ row: number; values: CheckedRow['values'] }> = [];
  let headersSeen = false;
  await readFirstSheet(zip, { ...LIMITS, maxValueRows: LIMITS.maxRows + 20 }, ({ row, cells }) => {
    if (!headersSeen) {
      headersSeen = true;
      for (const [col, value] of cells) {
        const header = String(value).replace(/[\s\u3000]+/g, '');
        const column = ACCOUNT_COLUMNS.find((c) => c.header === header || c.key === header);
        if (column) keyAt.set(col, column.key);
      }
      const present = new Set(keyAt.values());
      const missing = REQUIRED_ACCOUNT_COLUMNS.filter((k) => !present.has(k)).map(headerOf);
      if (missing.length) throw new AppError('ROSTER_HEADERS_MISSING', { field: 'file', detail: missing.join('、') });
      return;
    }
    const values: CheckedRow['values'] = {};
    for (const [col, key] of keyAt) {
      const v = cells.get(col);
      if (v === undefined || v === null) continue;
      const text = String(v).trim();
      if (text) values[key] = text;
    }
    if (Object.keys(values).length === 0 || values.displayName?.startsWith(EXAMPLE_MARK)) return;
    if (rows.length >= LIMITS.maxRows)
      throw new AppError('ROSTER_TOO_MANY_ROWS', { field: 'file', detail: String(LIMITS.maxRows) });
    rows.push({ row, values });
  });
  if (!headersSeen)
    throw new AppError('ROSTER_HEADERS_MISSING', {
      field: 'file',
      detail: REQUIRED_ACCOUNT_COLUMNS.map(headerOf).join('、'),
    });
  return rows;
}

async function receive(body: unknown, declaredLength?: string | number): Promise<Buffer> {
  try {
    return await readBoundedBody(body, LIMITS.maxUploadBytes, declaredLength);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      throw new AppError('ROSTER_FILE_TOO_LARGE', { field: 'file', detail: `${LIMITS.maxUploadBytes / 1048576} MiB` });
    }
    throw error;
  }
}

export interface AccountImportInput {
  file: unknown;
  declaredLength?: string | number;
  fileName: string;
  dryRun: boolean;
  locale: Locale;
}

const MOBILE = /^1\d{10}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function importAccounts(
  ctx: AppContext,
  actor: Actor,
  input: AccountImportInput,
): Promise<AccountImportResult> {
  const { db } = ctx.database;
  const file = await receive(input.file, input.declaredLength);
  if (file.length === 0) throw new AppError('ROSTER_FILE_INVALID', { field: 'file' });
  let read: Awaited<ReturnType<typeof readRows>>;
  try {
    read = await readRows(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof ZipLimitError)
      throw new AppError('ROSTER_UNPACKED_TOO_LARGE', { field: 'file', detail: `${error.max}` });
    if (error instanceof XlsxLimitError) {
      if (error.limit === 'rows')
        throw new AppError('ROSTER_TOO_MANY_ROWS', { field: 'file', detail: String(LIMITS.maxRows) });
      if (error.limit === 'columns')
        throw new AppError('ROSTER_TOO_MANY_COLUMNS', { field: 'file', detail: `${error.where ?? ''} > ${error.max}` });
      throw new AppError('ROSTER_CELL_TOO_LONG', { field: 'file', detail: `${error.where ?? ''} > ${error.max}` });
    }
    throw new AppError('ROSTER_FILE_INVALID', { field: 'file' });
  }

  const administering = { role: actor.role, organizationId: actor.organizationId, regionCode: actor.regionCode };
  const organizations = await allOrganizations(db);
  const occupied = await occupiedRolesOf(
    db,
    organizations.map((o) => o.id),
  );
  const seen = new Map<string, number>();
  const checked: CheckedRow[] = [];
  for (const { row, values } of read) {
    const problems: Problem[] = [];
    const displayName = values.displayName ?? '';
    if (!displayName) problems.push({ field: 'displayName', code: 'VALIDATION_FAILED', detail: '必填 / required' });
    else if (Array.from(displayName).length > 50)
      problems.push({ field: 'displayName', code: 'VALIDATION_FAILED', detail: '≤ 50' });
    const mobile = values.mobile ?? null;
    const email = values.email?.toLowerCase() ?? null;
    if (mobile && !MOBILE.test(mobile))
      problems.push({ field: 'mobile', code: 'VALIDATION_FAILED', detail: '11 位手机号 / 11-digit mobile' });
    if (email && (!EMAIL.test(email) || email.length > 120))
      problems.push({ field: 'email', code: 'VALIDATION_FAILED', detail: 'email' });
    if (!mobile && !email)
      problems.push({ field: 'mobile', code: 'VALIDATION_FAILED', detail: '手机或邮箱 / mobile or email' });
    const role = values.role ? roleFromCell(values.role) : null;
    if (!role) problems.push({ field: 'role', code: 'VALIDATION_FAILED', detail: values.role ?? '必填 / required' });
    if (values.regionCode && !/^\d{6}$/.test(values.regionCode))
      problems.push({ field: 'regionCode', code: 'VALIDATION_FAILED', detail: '6 位代码 / 6 digits' });
    // the organization by its name (and region, where two share a name), among those the caller manages
    const named = organizations.filter(
      (o) => o.name === values.organization && (!values.regionCode || o.regionCode === values.regionCode),
    );
    const managed = named.filter(
      (o) =>
        manageableRoles(administering, { id: o.id, kind: o.kind as OrganizationKind, regionCode: o.regionCode })
          .length > 0,
    );
    let org = managed.length === 1 ? managed[0] : undefined;
    if (!values.organization)
      problems.push({ field: 'organization', code: 'VALIDATION_FAILED', detail: '必填 / required' });
    else if (managed.length === 0) problems.push({ field: 'organization', code: 'NOT_FOUND' });
    else if (managed.length > 1) {
      problems.push({
        field: 'regionCode',
        code: 'VALIDATION_FAILED',
        detail: '单位重名，请填写地区 / name shared: give the region',
      });
      org = undefined;
    }
    if (org && role) {
      const ref = { id: org.id, kind: org.kind as OrganizationKind, regionCode: org.regionCode };
      if (!canHoldRoleIn(role, ref.kind))
        problems.push({ field: 'role', code: 'VALIDATION_FAILED', detail: values.role });
      else if (!grantableRoles(administering, ref, (occupied.get(org.id) ?? new Set()) as Set<Role>).includes(role)) {
        problems.push({ field: 'role', code: 'GRANT_NOT_ALLOWED' });
      }
    }
    // duplicates within the file, then against the accounts on record
    for (const [field, value] of [
      ['mobile', mobile],
      ['email', email],
    ] as const) {
      if (!value || problems.some((p) => p.field === field)) continue;
      const first = seen.get(`${field}:${value}`);
      if (first !== undefined) problems.push({ field, code: 'ACCOUNT_DUPLICATE', detail: String(first) });
      else seen.set(`${field}:${value}`, row);
    }
    const username = normalizeUsername(mobile ?? email ?? '');
    if (username && !problems.some((p) => p.code === 'ACCOUNT_DUPLICATE')) {
      const taken = await takenField(db, { username, phone: mobile, email });
      if (taken) problems.push({ field: taken === 'email' ? 'email' : 'mobile', code: 'ACCOUNT_DUPLICATE' });
    }
    const entry: CheckedRow = { row, values, problems };
    if (problems.length === 0 && org && role) {
      entry.plan = { organizationId: org.id, role, displayName, mobile, email };
      // a first administrator set up by this row occupies the post for the rows after it
      const set = occupied.get(org.id) ?? new Set<string>();
      set.add(role);
      occupied.set(org.id, set);
    }
    checked.push(entry);
  }

  const invalid = checked.filter((r) => r.problems.length > 0);
  const status = invalid.length > 0 ? 'rejected' : input.dryRun ? 'checked' : 'created';
  const now = ctx.clock.now();
  const settings = settingsOf(ctx);
  const result = await db.transaction(async (tx) => {
    const created: AccountImportResult['created'] = [];
    if (status === 'created') {
      for (const r of checked) {
        const plan = r.plan!;
        const user = await createAccountRecord(tx, plan);
        await grantMembership(tx, { userId: user.id, organizationId: plan.organizationId, role: plan.role });
        const invitation = await issueInvitation(tx, settings, {
          userId: user.id,
          purpose: 'activation',
          createdBy: actor.userId,
          now,
        });
        created.push({
          row: r.row,
          id: user.id,
          username: user.username,
          invitation: { ...invitation, emailed: false },
        });
      }
    }
    const importId = await insertAccountImport(tx, {
      fileName: input.fileName,
      totalRows: checked.length,
      invalidRows: invalid.length,
      createdRows: created.length,
      status,
      rows: invalid.length ? checked.map((r) => ({ __row: String(r.row), ...r.values }) as Record<string, string>) : [],
      errors: invalid.flatMap((r) => r.problems.map((p) => ({ row: r.row, ...p }))),
      createdBy: actor.userId,
      createdAt: now,
    });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'account.import',
      objectType: 'account_import',
      objectId: importId,
      outcome: status === 'rejected' ? 'failure' : 'success',
      after: { users: created.map((c) => c.id) },
      detail: { fileName: input.fileName, total: checked.length, invalid: invalid.length, created: created.length },
    });
    return { importId, created };
  });
  return {
    importId: result.importId,
    totalRows: checked.length,
    invalidRows: invalid.length,
    createdRows: result.created.length,
    status,
    errors: invalid.flatMap((r) =>
      r.problems.map((p) => ({ row: r.row, field: p.field, code: p.code, message: describe(p, input.locale) })),
    ),
    created: result.created,
  };
}

/** The uploaded rows again with an error column (only the uploader's own uploads). */
export async function accountImportErrors(
  ctx: AppContext,
  actor: Actor,
  importId: string,
  locale: Locale,
): Promise<Buffer> {
  const found = await accountImportById(ctx.database.db, importId);
  const record = found && found.createdBy === actor.userId ? found : undefined;
  assertFound(record, 'import');
  const errors = record.errors as unknown as Array<Problem & { row: number }>;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    ...ACCOUNT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width })),
    { header: ERROR_HEADER, key: ERROR_HEADER, width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  const values = record.rows as Array<Record<string, string>>;
  const byRow = new Map<number, string[]>();
  for (const e of errors) byRow.set(e.row, [...(byRow.get(e.row) ?? []), describe(e, locale)]);
  for (const v of values) {
    const rowNo = Number(v.__row);
    const problems = byRow.get(rowNo) ?? [];
    const { __row: _r, ...cells } = v;
    const added = sheet.addRow({ ...cells, [ERROR_HEADER]: problems.length ? problems.join('；') : undefined });
    if (problems.length) added.getCell(ERROR_HEADER).font = { color: { argb: 'FFCC0000' } };
  }
  await appendAudit(ctx.database.db, ctx.clock.now(), {
    actor: actorRef(actor),
    action: 'account.import_errors',
    objectType: 'account_import',
    objectId: importId,
    outcome: 'success',
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
