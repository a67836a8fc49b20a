/**
 * Reading an uploaded roster under hard limits (ADR 0021), shown structurally: where the reader
 * stopped (rows taken, bytes inflated), never how long it took (that is bench/upload.ts).
 */
import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { readUpload, ROSTER_LIMITS, RosterLimitError, type ReadStats } from './roster-workbook.js';
import { XlsxStreamWriter } from '../../platform/xlsx/stream-writer.js';
import { workbookWith } from '../../platform/xlsx/xlsx-fixtures.js';
import { EXAMPLE_MARK, REQUIRED_HEADERS, ROSTER_COLUMNS } from '../../../../domain/intake/roster-columns.js';

const HEADERS = ROSTER_COLUMNS.map((c) => c.header);
const rowValues = (i: number) =>
  ROSTER_COLUMNS.map((c) =>
    c.kind === 'int' || c.kind === 'number' ? i : c.key === 'willing' ? '是' : `${c.key}-${i}`,
  );

async function streamed(rows: number, extra: (string | number)[][] = []): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const writer = new XlsxStreamWriter(out, '企业名单');
  writer.addRow(HEADERS);
  for (let i = 0; i < rows; i++) writer.addRow(rowValues(i));
  for (const row of extra) writer.addRow(row);
  await writer.finish();
  return Buffer.concat(chunks);
}

const headerRow = `<row r="1">${HEADERS.map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`;

async function refusal(file: Buffer, limits = ROSTER_LIMITS, stats?: ReadStats): Promise<RosterLimitError> {
  const error = await readUpload(file, REQUIRED_HEADERS, limits, stats).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RosterLimitError);
  return error as RosterLimitError;
}

describe('reading a roster', () => {
  it('reads what exceljs writes: shared strings after the sheet, numbers, dates typed in Excel, the first sheet only', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(HEADERS.map((h) => `${h.replace('（', '(').replace('）', ')')} `));
    const values = rowValues(7);
    values[ROSTER_COLUMNS.findIndex((c) => c.key === 'certificateExpiresOn')] = new Date(
      Date.UTC(2027, 4, 20),
    ) as unknown as string;
    values[ROSTER_COLUMNS.findIndex((c) => c.key === 'industryCode')] = 3;
    sheet.addRow(values);
    sheet.addRow([]);
    sheet.addRow(['示例：不导入']);
    workbook.addWorksheet('填写说明').addRow(['说明']);
    const parsed = await readUpload(Buffer.from(await workbook.xlsx.writeBuffer()), REQUIRED_HEADERS);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]).toMatchObject({
      row: 2,
      cells: { uscc: 'uscc-7', name: 'name-7', industryCode: 3, employees: 7, willing: '是' },
    });
    expect((parsed.rows[0]!.cells.certificateExpiresOn as Date).toISOString().slice(0, 10)).toBe('2027-05-20');
  });

  it('joins rich-text runs, leaves phonetic runs out and decodes entities and OOXML escapes', async () => {
    const shared =
      '<sst><si><t>名称</t></si><si><r><t>A&amp;B</t></r><r><t xml:space="preserve"> 公司</t></r><rPh><t>ふりがな</t></rPh></si><si><t>x_x000D_y</t></si></sst>';
    const headers = `<row r="1">${HEADERS.map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t><![CDATA[${h}]]></t></is></c>`).join('')}</row>`;
    const sheet = `<?xml version="1.0"?><x:worksheet xmlns:x="main"><x:sheetData>${headers}<x:row r="2"><x:c r="A2" t="s"><x:v>2</x:v></x:c><x:c r="B2" t="s"><x:v>1</x:v></x:c><x:c r="C2"><x:f>1+1</x:f><x:v>320321</x:v></x:c><x:c r="D2" t="e"><x:v>#N/A</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const parsed = await readUpload(workbookWith(sheet, shared), REQUIRED_HEADERS);
    expect(parsed).toEqual({
      ok: true,
      rows: [{ row: 2, cells: { uscc: 'x\ry', name: 'A&B 公司', regionCode: 320321 } }],
    }); // D2 (#N/A) has no value
  });

  it('reports missing headers without reading the rows', async () => {
    const stats: ReadStats = { rows: 0, inflatedBytes: 0 };
    const parsed = await readUpload(
      workbookWith(
        '<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>企业名称</t></is></c></row><row r="2"><c><v>1</v></c></row></sheetData></worksheet>',
      ),
      REQUIRED_HEADERS,
      ROSTER_LIMITS,
      stats,
    );
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.missing).toContain('统一社会信用代码');
    expect(stats.rows).toBe(0);
  });

  it('refuses what is not a workbook, and a DOCTYPE (no entity expansion)', async () => {
    await expect(readUpload(Buffer.from('not a spreadsheet'), REQUIRED_HEADERS)).rejects.toThrow();
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><worksheet><sheetData></sheetData></worksheet>';
    await expect(readUpload(workbookWith(laughs), REQUIRED_HEADERS)).rejects.not.toBeInstanceOf(RosterLimitError);
  });
});

describe('limits, checked while reading', () => {
  it('refuses a sheet far over the cap on its bytes: no cell is parsed, the rest of the sheet is never inflated', async () => {
    const file = await streamed(20_000);
    const stats: ReadStats = { rows: 0, inflatedBytes: 0 };
    const error = await refusal(file, { ...ROSTER_LIMITS, maxRows: 10 }, stats);
    expect(error).toMatchObject({
      limit: 'rows',
      max: 10,
      where: `${10 + ROSTER_LIMITS.rowsBesidesData + 1} rows with values`,
    });
    expect(stats.rows).toBe(0);
    const whole: ReadStats = { rows: 0, inflatedBytes: 0 };
    await readUpload(file, REQUIRED_HEADERS, ROSTER_LIMITS, whole);
    expect(whole.rows).toBe(20_000);
    expect(stats.inflatedBytes).toBeLessThan(whole.inflatedBytes / 10);
    // it writes and then reads a 20,000-row workbook whole: seconds on a busy machine (a bound, not a measure)
  }, 60_000);

  it('stops at the row after the cap when the sheet is just over it (within the rows allowed besides data)', async () => {
    const stats: ReadStats = { rows: 0, inflatedBytes: 0 };
    const error = await refusal(await streamed(11), { ...ROSTER_LIMITS, maxRows: 10 }, stats);
    expect(error).toMatchObject({ limit: 'rows', max: 10, where: 'row 12' });
    expect(stats.rows).toBe(11);
  });

  it('allows cap + rowsBesidesData rows with values (header, examples, notes) and refuses one more before reading cells', async () => {
    const example = (i: number) => [`${EXAMPLE_MARK}${i}`, `示例企业${i}`];
    const note = ['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '制表：张三']; // a column the roster does not read
    const extra = [...Array.from({ length: ROSTER_LIMITS.rowsBesidesData - 2 }, (_, i) => example(i)), note];
    const atAllowance = await readUpload(await streamed(10, extra), REQUIRED_HEADERS, {
      ...ROSTER_LIMITS,
      maxRows: 10,
    });
    expect(atAllowance.ok && atAllowance.rows.length).toBe(10); // 1 header + 10 data + 99 others = 110
    const stats: ReadStats = { rows: 0, inflatedBytes: 0 };
    const over = await refusal(await streamed(10, [...extra, example(999)]), { ...ROSTER_LIMITS, maxRows: 10 }, stats);
    expect(over).toMatchObject({ limit: 'rows', max: 10, where: '111 rows with values' });
    expect(stats.rows).toBe(0);
  });

  it('counts the sheet’s bytes once against the total cap, though the row count reads them a second time', async () => {
    const file = await streamed(2_000);
    const whole: ReadStats = { rows: 0, inflatedBytes: 0 }; // read once: the row count off
    await readUpload(file, REQUIRED_HEADERS, { ...ROSTER_LIMITS, rowsBesidesData: Infinity }, whole);
    const atTotal = await readUpload(file, REQUIRED_HEADERS, { ...ROSTER_LIMITS, maxTotalBytes: whole.inflatedBytes });
    expect(atTotal.ok && atTotal.rows.length).toBe(2_000);
    expect(await refusal(file, { ...ROSTER_LIMITS, maxTotalBytes: whole.inflatedBytes - 1 })).toMatchObject({
      limit: 'total_bytes',
    });
  });

  it('does not trust the sheet’s <dimension>: a small one does not let an over-cap sheet through, a huge one refuses nothing', async () => {
    const dataRow = (r: number) =>
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>uscc-${r}</t></is></c><c r="B${r}" t="inlineStr"><is><t>name-${r}</t></is></c></row>`;
    const sheet = (dimension: string, rows: number) =>
      workbookWith(
        `<worksheet><dimension ref="${dimension}"/><sheetData>${headerRow}${Array.from({ length: rows }, (_, i) => dataRow(i + 2)).join('')}</sheetData><rowBreaks count="1"><brk id="3"/></rowBreaks></worksheet>`,
      );
    const stats: ReadStats = { rows: 0, inflatedBytes: 0 };
    expect(
      await refusal(sheet('A1:R2', 10 + ROSTER_LIMITS.rowsBesidesData), { ...ROSTER_LIMITS, maxRows: 10 }, stats),
    ).toMatchObject({ limit: 'rows', max: 10 });
    expect(stats.rows).toBe(0);
    const small = await readUpload(sheet('A1:R1048576', 3), REQUIRED_HEADERS, { ...ROSTER_LIMITS, maxRows: 10 });
    expect(small.ok && small.rows.map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it('takes exactly the cap', async () => {
    const parsed = await readUpload(await streamed(10), REQUIRED_HEADERS, { ...ROSTER_LIMITS, maxRows: 10 });
    expect(parsed.ok && parsed.rows.length).toBe(10);
  });

  it('refuses a zip bomb after inflating about one chunk past the cap, whatever its headers say', async () => {
    const bomb = Buffer.concat([
      Buffer.from(`<worksheet><sheetData>${headerRow}`),
      Buffer.alloc(64 * 1024 * 1024, 0x20),
      Buffer.from('</sheetData></worksheet>'),
    ]);
    const file = workbookWith(bomb);
    expect(file.length).toBeLessThan(200 * 1024); // 64 MiB in well under 200 KiB
    const stats: ReadStats = { rows: 0, inflatedBytes: 0 };
    const error = await refusal(file, { ...ROSTER_LIMITS, maxEntryBytes: 1024 * 1024 }, stats);
    expect(error).toMatchObject({ limit: 'entry_bytes', max: 1024 * 1024 });
    expect(stats.inflatedBytes).toBeLessThan(1024 * 1024 + 256 * 1024);
    const total = await refusal(file, { ...ROSTER_LIMITS, maxTotalBytes: 2 * 1024 * 1024 });
    expect(total.limit).toBe('total_bytes');
  });

  it('refuses an upload over the compressed cap before opening it', async () => {
    expect(await refusal(Buffer.alloc(2048), { ...ROSTER_LIMITS, maxUploadBytes: 1024 })).toMatchObject({
      limit: 'upload_bytes',
      max: 1024,
    });
  });

  it('refuses a value beyond the column cap and an overlong cell, naming where', async () => {
    const wide = await streamed(1, [[...rowValues(2), ...Array.from({ length: 50 }, () => ''), 'far right']]);
    expect(await refusal(wide)).toMatchObject({ limit: 'columns', max: 64, where: 'BQ3' });
    // empty cells far right (formatting only) are no columns
    const formatted = workbookWith(
      `<worksheet><sheetData>${headerRow}<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c><c r="XFD2" s="1"/></row></sheetData></worksheet>`,
    );
    expect((await readUpload(formatted, REQUIRED_HEADERS)).ok).toBe(true);
    const long = await streamed(1, [['9'.repeat(ROSTER_LIMITS.maxCellChars + 1)]]);
    expect(await refusal(long)).toMatchObject({ limit: 'cell_chars', where: 'A3' });
    const longShared = workbookWith(
      `<worksheet><sheetData>${headerRow}</sheetData></worksheet>`,
      `<sst><si><t>${'&amp;'.repeat(ROSTER_LIMITS.maxCellChars + 1)}</t></si></sst>`,
    );
    expect(await refusal(longShared)).toMatchObject({ limit: 'cell_chars', where: 'shared string 1' });
  });
});
