/**
 * The roster's Excel side: the template and the error workbook (the same layout plus an error
 * column), small and styled, with exceljs; reading an upload row by row under hard limits with the
 * streaming reader (platform/xlsx, ADR 0021), since exceljs loads a whole workbook into memory.
 */
import ExcelJS from 'exceljs';
import { ZipLimitError, ZipReader } from '../../platform/xlsx/zip-reader.js';
import {
  excelSerialToDate,
  readFirstSheet,
  XlsxLimitError,
  type SheetInfo,
} from '../../platform/xlsx/stream-reader.js';
import {
  EXAMPLE_MARK,
  ROSTER_COLUMNS,
  type Cell,
  type RosterColumn,
} from '../../../../domain/intake/roster-columns.js';
import { INDUSTRY_CATEGORIES } from '../../../../domain/industries/categories.js';
import { ENTERPRISE_SIZE_INDUSTRIES } from '../../../../domain/enterprise-size/enterprise-size.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ROSTER_SHEET = '企业名单';
export const ERROR_HEADER = '错误说明 / Errors';

function rosterSheet(workbook: ExcelJS.Workbook, extra: string[] = []): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(ROSTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    ...ROSTER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width })),
    ...extra.map((h) => ({ header: h, key: h, width: 50 })),
  ];
  sheet.getRow(1).font = { bold: true };
  // codes are text: keep Excel from turning 03 into 3 or a credit code into a number
  for (const column of ROSTER_COLUMNS)
    if (column.kind !== 'int' && column.kind !== 'number') sheet.getColumn(column.key).numFmt = '@';
  return sheet;
}

export async function templateWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = rosterSheet(workbook);
  sheet.addRow(Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, c.example])));
  sheet.getRow(2).font = { italic: true, color: { argb: 'FF888888' } };
  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '说明', key: 'a', width: 30 },
    { header: '', key: 'b', width: 60 },
  ];
  help.addRows([
    ['第2行为示例', `以“${EXAMPLE_MARK}”开头的行不会导入，可删除`],
    ['所在地区代码', 'GB/T 2260 六位行政区划代码，如 320321（丰县）'],
    ['认证行业类别代码', '01–39，见下表'],
    ['规模划分行业', '用于判定企业规模（国统字〔2017〕213号），见下表'],
    ['认证状态', '已获证 / 未获证；已获证须填写证书编号'],
    ['自愿参加', '是 / 否'],
    [],
    ['认证行业类别', ''],
    ...INDUSTRY_CATEGORIES.map((c) => [c.code, c.nameZh]),
    [],
    ['规模划分行业', ''],
    // the name is what the column takes (and what a person reads); the key stays inside
    ...ENTERPRISE_SIZE_INDUSTRIES.map((i) => [i.nameZh]),
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface UploadedRow {
  /** Row number in the sheet (1 = headers). */
  row: number;
  cells: Partial<Record<RosterColumn['key'], Cell>>;
}

export type ParsedUpload = { ok: true; rows: UploadedRow[] } | { ok: false; missing: string[] };

/**
 * What one upload may hold (ADR 0021), checked while it is read: the compressed file, the inflated
 * parts (zip bombs), the rows (larger lists are imported in parts; counted first on the sheet's
 * bytes, then exactly as they are read), the columns and one cell. A 50,000-row roster of long,
 * distinct texts inflates to about 35 MiB of sheet and 25 MiB of strings.
 */
export const ROSTER_LIMITS = {
  maxUploadBytes: 20 * 1024 * 1024,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxRows: 50_000,
  maxColumns: 64,
  maxCellChars: 4096,
  /**
   * Rows holding a value a roster at the cap may have besides its data rows: the header, the
   * template's example rows, a few notes. A sheet with more is refused on its bytes, before any
   * cell is parsed; one within it is still held to the exact cap by the cell reader.
   */
  rowsBesidesData: 100,
};
export type RosterLimits = typeof ROSTER_LIMITS;
export type RosterLimit = 'upload_bytes' | 'entry_bytes' | 'total_bytes' | 'rows' | 'columns' | 'cell_chars';

export class RosterLimitError extends Error {
  constructor(
    readonly limit: RosterLimit,
    readonly max: number,
    readonly where?: string,
  ) {
    super(`roster ${limit} over ${max}${where ? ` at ${where}` : ''}`);
  }
}

/** How far a read got (for the tests that show it stops at a limit). */
export interface ReadStats {
  /** Data rows taken (not counting headers, blank rows and the example). */
  rows: number;
  inflatedBytes: number;
}

/** Headers as people type them: spaces dropped, half- and full-width brackets alike. */
function normalizeHeader(header: string): string {
  return header
    .replace(/[\s\u3000]+/g, '')
    .replace(/[(（]/g, '(')
    .replace(/[)）]/g, ')');
}

class StopReading extends Error {}

/**
 * Reads the first sheet row by row; headers (row 1) are matched by their Chinese text, in any order.
 * Throws RosterLimitError at the first limit exceeded, any other error for what is not an XLSX.
 */
export async function readUpload(
  file: Buffer,
  required: ReadonlyArray<string>,
  limits: RosterLimits = ROSTER_LIMITS,
  stats: ReadStats = { rows: 0, inflatedBytes: 0 },
): Promise<ParsedUpload> {
  if (file.length > limits.maxUploadBytes) throw new RosterLimitError('upload_bytes', limits.maxUploadBytes);
  const zip = new ZipReader(file, limits);
  const keyAt = new Map<number, RosterColumn['key']>();
  let missing: string[] | null = null;
  const rows: UploadedRow[] = [];
  try {
    await readFirstSheet(
      zip,
      { ...limits, maxValueRows: limits.maxRows + limits.rowsBesidesData },
      ({ row, cells: sheetCells }, info) => {
        stats.inflatedBytes = zip.inflatedBytes;
        if (row === 1) {
          for (const [col, value] of sheetCells) {
            const header = normalizeHeader(String(value));
            const column = ROSTER_COLUMNS.find((c) => normalizeHeader(c.header) === header || c.key === header);
            if (column) keyAt.set(col, column.key);
          }
        }
        if (missing === null) {
          // the first row read is the header row, or there is none
          const present = new Set(keyAt.values());
          missing = ROSTER_COLUMNS.filter((c) => required.includes(c.key) && !present.has(c.key)).map((c) => c.header);
          if (missing.length) throw new StopReading();
          if (row === 1) return;
        }
        const cells: UploadedRow['cells'] = {};
        let any = false;
        for (const [col, key] of keyAt) {
          let value: Cell = sheetCells.get(col);
          if (COLUMN_KIND.get(key) === 'date') value = asDate(value, info);
          if (value === undefined) continue; // absent keys, not 50,000 × 18 undefined ones
          if (String(value).trim() !== '') any = true;
          cells[key] = value;
        }
        if (!any || String(cells.uscc ?? '').startsWith(EXAMPLE_MARK)) return;
        stats.rows++;
        if (stats.rows > limits.maxRows) throw new RosterLimitError('rows', limits.maxRows, `row ${row}`);
        rows.push({ row, cells });
      },
    );
  } catch (error) {
    stats.inflatedBytes = zip.inflatedBytes;
    if (error instanceof StopReading) return { ok: false, missing: missing ?? [] };
    if (error instanceof ZipLimitError) throw new RosterLimitError(error.limit, error.max);
    if (error instanceof XlsxLimitError)
      throw new RosterLimitError(error.limit, error.limit === 'rows' ? limits.maxRows : error.max, error.where);
    throw error;
  }
  stats.inflatedBytes = zip.inflatedBytes;
  if (missing === null)
    return { ok: false, missing: ROSTER_COLUMNS.filter((c) => required.includes(c.key)).map((c) => c.header) };
  return { ok: true, rows };
}

const COLUMN_KIND = new Map(ROSTER_COLUMNS.map((c) => [c.key, c.kind]));

/** A date typed in Excel is a day number (or, rarely, an ISO date-time); text stays text. */
function asDate(value: Cell, info: SheetInfo): Cell {
  if (typeof value === 'number') return excelSerialToDate(value, info);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return value.slice(0, 10);
  return value;
}

/** The uploaded rows again, with the problems of each in an extra column. */
export async function errorWorkbook(
  rows: ReadonlyArray<{ row: number; values: Record<string, unknown>; problems: string[] }>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = rosterSheet(workbook, [ERROR_HEADER]);
  for (const r of rows) {
    const added = sheet.addRow({ ...r.values, [ERROR_HEADER]: r.problems.length ? r.problems.join('；') : undefined });
    if (r.problems.length) added.getCell(ERROR_HEADER).font = { color: { argb: 'FFCC0000' } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
