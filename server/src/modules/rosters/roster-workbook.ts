/**
 * The roster's Excel side: the template, reading an upload into rows of cells, the error
 * workbook (the same layout plus an error column) — all with exceljs.
 */
import ExcelJS from 'exceljs';
import { EXAMPLE_MARK, ROSTER_COLUMNS, type Cell, type RosterColumn } from '../../../../domain/intake/roster-columns.js';
import { INDUSTRY_CATEGORIES } from '../../../../domain/industries/categories.js';
import { ENTERPRISE_SIZE_INDUSTRIES } from '../../../../domain/enterprise-size/enterprise-size.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ROSTER_SHEET = '企业名单';
export const ERROR_HEADER = '错误说明 / Errors';

function rosterSheet(workbook: ExcelJS.Workbook, extra: string[] = []): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(ROSTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [...ROSTER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width })), ...extra.map((h) => ({ header: h, key: h, width: 50 }))];
  sheet.getRow(1).font = { bold: true };
  // codes are text: keep Excel from turning 03 into 3 or a credit code into a number
  for (const column of ROSTER_COLUMNS) if (column.kind !== 'int' && column.kind !== 'number') sheet.getColumn(column.key).numFmt = '@';
  return sheet;
}

export async function templateWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = rosterSheet(workbook);
  sheet.addRow(Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, c.example])));
  sheet.getRow(2).font = { italic: true, color: { argb: 'FF888888' } };
  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ header: '说明', key: 'a', width: 30 }, { header: '', key: 'b', width: 60 }];
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
    ...ENTERPRISE_SIZE_INDUSTRIES.map((i) => [i.nameZh, i.key]),
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface UploadedRow {
  /** Row number in the sheet (1 = headers). */
  row: number;
  cells: Partial<Record<RosterColumn['key'], Cell>>;
}

export type ParsedUpload = { ok: true; rows: UploadedRow[] } | { ok: false; missing: string[] };

function cellValue(cell: ExcelJS.CellValue): Cell {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'object' && !(cell instanceof Date)) {
    if ('richText' in cell) return cell.richText.map((r) => r.text).join('');
    if ('text' in cell) return String(cell.text);
    if ('result' in cell) return cellValue(cell.result as ExcelJS.CellValue);
    return undefined;
  }
  return cell as Cell;
}

/** Headers as people type them: spaces dropped, half- and full-width brackets alike. */
function normalizeHeader(header: string): string {
  return header.replace(/[\s\u3000]+/g, '').replace(/[(（]/g, '(').replace(/[)）]/g, ')');
}

/** Reads the first sheet; headers are matched by their Chinese text, in any order. */
export async function readUpload(buffer: Buffer, required: ReadonlyArray<string>): Promise<ParsedUpload> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, missing: ROSTER_COLUMNS.map((c) => c.header) };
  const keyAt = new Map<number, RosterColumn['key']>();
  sheet.getRow(1).eachCell((cell, col) => {
    const header = normalizeHeader(String(cellValue(cell.value) ?? ''));
    const column = ROSTER_COLUMNS.find((c) => normalizeHeader(c.header) === header || c.key === header);
    if (column) keyAt.set(col, column.key);
  });
  const present = new Set(keyAt.values());
  const missing = ROSTER_COLUMNS.filter((c) => required.includes(c.key) && !present.has(c.key)).map((c) => c.header);
  if (missing.length) return { ok: false, missing };
  const rows: UploadedRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells: UploadedRow['cells'] = {};
    let any = false;
    for (const [col, key] of keyAt) {
      const value = cellValue(row.getCell(col).value);
      if (value !== undefined && String(value).trim() !== '') any = true;
      cells[key] = value;
    }
    if (!any || String(cells.uscc ?? '').startsWith(EXAMPLE_MARK)) return;
    rows.push({ row: number, cells });
  });
  return { ok: true, rows };
}

/** The uploaded rows again, with the problems of each in an extra column. */
export async function errorWorkbook(rows: ReadonlyArray<{ row: number; values: Record<string, unknown>; problems: string[] }>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = rosterSheet(workbook, [ERROR_HEADER]);
  for (const r of rows) {
    const added = sheet.addRow({ ...r.values, [ERROR_HEADER]: r.problems.length ? r.problems.join('；') : undefined });
    if (r.problems.length) added.getCell(ERROR_HEADER).font = { color: { argb: 'FFCC0000' } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
