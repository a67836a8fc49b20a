/**
 * Reads the first sheet of an uploaded XLSX row by row, with hard limits checked as the bytes come
 * (the counterpart of stream-writer.ts; ADR 0021). Parts are taken in the order the reader needs
 * them, whatever their order in the archive: the workbook (which sheet is first, the 1904 date
 * flag), its relationships, a count of the sheet's rows on its bytes (a sheet far over the row cap
 * is refused there), the shared strings, then the sheet, whose rows go to the caller one at
 * a time — the caller can stop at any row by throwing. Nothing but the compressed upload, the
 * shared strings and the caller's rows is held in memory; zlib runs off the main thread, so the
 * server keeps answering while a large sheet is read.
 */
import { XmlScanner, attr, decodeXmlText, type XmlHandler } from './xml-scanner.js';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ZipReader, ZipLimits } from './zip-reader.js';

type SheetCell = string | number | boolean;

interface SheetRow {
  /** Row number in the sheet (1 = the first). */
  row: number;
  /** Cells by column index (0 = A); cells without a value are absent. */
  cells: Map<number, SheetCell>;
}

export class XlsxLimitError extends Error {
  constructor(
    readonly limit: 'rows' | 'columns' | 'cell_chars',
    readonly max: number,
    readonly where: string,
  ) {
    super(`xlsx ${limit} over ${max} at ${where}`);
  }
}

class XlsxFormatError extends Error {}

interface XlsxLimits extends ZipLimits {
  /** Columns with a value (A = 1). */
  maxColumns: number;
  /** Characters in one cell (Excel allows 32,767). */
  maxCellChars: number;
  /** Rows holding a value, counted on the sheet's bytes before any cell is read (see ValueRowCounter); Infinity: not counted. */
  maxValueRows?: number;
}

export interface SheetInfo {
  /** Dates are counted from 1904-01-01 (old Mac Excel), not 1899-12-30. */
  date1904: boolean;
}

function columnIndex(ref: string): number {
  let index = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) index = index * 26 + (c - 64);
    else if (c >= 97 && c <= 122) index = index * 26 + (c - 96);
    else break;
  }
  return index - 1;
}

function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Feeds an entry's text to a handler, chunk by chunk. */
async function scan(zip: ZipReader, name: string, handler: XmlHandler): Promise<void> {
  const scanner = new XmlScanner(handler);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of zip.chunks(name)) {
    scanner.push(decoder.decode(chunk, { stream: true }));
    await nextTurn(); // let waiting requests (health checks) in between chunks
  }
  scanner.push(decoder.decode());
  scanner.end();
}

const LT = 0x3c;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
/** Longest markup we wait for across chunks: real tags are tens of bytes (as in xml-scanner.ts). */
const MAX_CARRY = 64 * 1024;
const isNameEnd = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === SLASH || b === 0x3e;
const SKIPPED: ReadonlyArray<[open: string, close: string]> = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
];

/**
 * Counts the rows of a sheet that hold a value — a `<row>` with a `<v>` or `<is>` in it — on the
 * inflated bytes, before any cell is read (ADR 0021): no text is decoded, no attribute read. Sound
 * because XML allows a raw `<` only where markup starts (never in text or attribute values), and
 * `<` is never part of a UTF-8 sequence; comments, CDATA and processing instructions are skipped.
 * Names are compared without their prefix (`<x:row>`), and whole (`<rowBreaks>` is not a row).
 * Rows with only empty styled cells do not count, as the cell reader skips them too.
 */
export class ValueRowCounter {
  /** Rows holding a value so far. */
  rows = 0;
  private counted = true; // nothing before the first <row> is counted
  private carry: Buffer | null = null;

  constructor(private readonly max: number) {}

  /** Takes the next bytes; throws XlsxLimitError the moment the count passes the cap. */
  push(chunk: Buffer): void {
    const s = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    for (let at = s.indexOf(LT); at >= 0; ) {
      const next = this.markup(s, at);
      if (next < 0) {
        if (s.length - at > MAX_CARRY) throw new XlsxFormatError('markup too long');
        this.carry = Buffer.from(s.subarray(at)); // a copy: the chunk's memory may be reused
        return;
      }
      at = s.indexOf(LT, next);
    }
  }

  /** The markup at `at` taken into account; returns where to look on, or -1 if it is cut off. */
  private markup(s: Buffer, at: number): number {
    const first = at + 1 < s.length ? s[at + 1]! : -1;
    if (first === -1) return -1;
    if (first === SLASH) return at + 2;
    if (first === BANG || first === QUESTION) {
      for (const [open, close] of SKIPPED) {
        if (s.length - at < open.length) return -1; // not enough to tell which
        if (s.toString('latin1', at, at + open.length) !== open) continue;
        const end = s.indexOf(close, at + open.length, 'latin1');
        return end < 0 ? -1 : end + close.length;
      }
      return at + 2; // a DOCTYPE: the cell reader refuses it
    }
    let nameStart = at + 1;
    let end = at + 1;
    for (; end < s.length && !isNameEnd(s[end]!); end++) if (s[end] === COLON) nameStart = end + 1;
    if (end === s.length) return -1;
    const length = end - nameStart;
    const c = s[nameStart];
    if (length === 3 && c === 0x72 && s[nameStart + 1] === 0x6f && s[nameStart + 2] === 0x77)
      this.counted = false; // row
    else if (
      !this.counted &&
      ((length === 1 && c === 0x76) || (length === 2 && c === 0x69 && s[nameStart + 1] === 0x73))
    ) {
      // v, is
      this.counted = true;
      if (++this.rows > this.max) throw new XlsxLimitError('rows', this.max, `${this.rows} rows with values`);
    }
    return end;
  }
}

/** Runs a ValueRowCounter over a sheet part; a pass that stays under the cap is not counted as inflated twice. */
async function checkValueRows(zip: ZipReader, sheetPart: string, max: number): Promise<void> {
  const inflatedBefore = zip.inflatedBytes;
  const counter = new ValueRowCounter(max);
  for await (const chunk of zip.chunks(sheetPart)) {
    counter.push(chunk);
    await nextTurn();
  }
  // the same bytes are read again by the cell reader: the total cap counts them once
  zip.inflatedBytes = inflatedBefore;
}

/** `xl/workbook.xml` + `worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece && piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

async function relationships(
  zip: ZipReader,
  part: string,
): Promise<Array<{ id: string; type: string; target: string }>> {
  const name = relsOf(part);
  if (!zip.has(name)) return [];
  const found: Array<{ id: string; type: string; target: string }> = [];
  await scan(zip, name, {
    open(tag, attrs) {
      if (tag !== 'Relationship') return;
      const target = attr(attrs, 'Target');
      if (target && attr(attrs, 'TargetMode') !== 'External')
        found.push({ id: attr(attrs, 'Id') ?? '', type: attr(attrs, 'Type') ?? '', target: resolvePart(part, target) });
    },
    close() {},
    text() {},
    wantsText: false,
  });
  return found;
}

/** Strings of `<si>` items: the runs' `<t>` text joined, phonetic runs (`<rPh>`) left out. */
function sharedStringsHandler(strings: string[], limits: XlsxLimits): XmlHandler {
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let raw = '';
  const handler: XmlHandler = {
    wantsText: false,
    open(tag, _attrs, selfClosing) {
      if (tag === 'si') {
        inItem = !selfClosing;
        raw = '';
        if (selfClosing) strings.push('');
      } else if (tag === 'rPh' && !selfClosing) phonetic++;
      else if (tag === 't' && inItem && !phonetic && !selfClosing) inText = handler.wantsText = true;
    },
    close(tag) {
      if (tag === 't') inText = handler.wantsText = false;
      else if (tag === 'rPh') phonetic--;
      else if (tag === 'si' && inItem) {
        const text = decodeXmlText(raw);
        if (text.length > limits.maxCellChars)
          throw new XlsxLimitError('cell_chars', limits.maxCellChars, `shared string ${strings.length + 1}`);
        strings.push(text);
        inItem = false;
      }
    },
    text(piece) {
      if (!inText) return;
      raw += piece;
      // entities make raw text longer than what it says, but never by more than this
      if (raw.length > limits.maxCellChars * 10)
        throw new XlsxLimitError('cell_chars', limits.maxCellChars, `shared string ${strings.length + 1}`);
    },
  };
  return handler;
}

function sheetHandler(strings: ReadonlyArray<string>, limits: XlsxLimits, onRow: (row: SheetRow) => void): XmlHandler {
  let inSheetData = false;
  let rowNumber = 0;
  let cells: Map<number, SheetCell> | null = null;
  let column = -1;
  let type = '';
  let capture: 'v' | 't' | null = null;
  let phonetic = 0;
  let value = '';
  let inlineText = '';
  let hasValue = false;
  const where = () => `${columnLetters(column)}${rowNumber}`;

  const finishCell = () => {
    if (!hasValue || !cells) return;
    if (column + 1 > limits.maxColumns) throw new XlsxLimitError('columns', limits.maxColumns, where());
    let cell: SheetCell | undefined;
    switch (type) {
      case 's': {
        cell = strings[Number(value)];
        if (cell === undefined) throw new XlsxFormatError(`no shared string ${value} at ${where()}`);
        break;
      }
      case 'inlineStr':
        cell = decodeXmlText(inlineText);
        break;
      case 'str':
        cell = decodeXmlText(value);
        break;
      case 'b':
        cell = value.trim() === '1' || value.trim() === 'true';
        break;
      case 'e':
        cell = undefined; // #N/A and the like: no value
        break;
      case 'd':
        cell = decodeXmlText(value).trim();
        break;
      default: {
        const text = value.trim();
        if (text !== '') {
          const n = Number(text);
          cell = Number.isFinite(n) ? n : text;
        }
      }
    }
    if (typeof cell === 'string' && cell.length > limits.maxCellChars)
      throw new XlsxLimitError('cell_chars', limits.maxCellChars, where());
    if (cell !== undefined && cell !== '') cells.set(column, cell);
  };

  const handler: XmlHandler = {
    wantsText: false,
    open(tag, attrs, selfClosing) {
      if (tag === 'sheetData') {
        inSheetData = !selfClosing;
        return;
      }
      if (!inSheetData) return;
      switch (tag) {
        case 'row': {
          const r = attr(attrs, 'r');
          rowNumber = r ? Number(r) : rowNumber + 1;
          if (!Number.isInteger(rowNumber) || rowNumber < 1) throw new XlsxFormatError(`bad row number ${r}`);
          column = -1;
          cells = new Map();
          if (selfClosing) {
            onRow({ row: rowNumber, cells });
            cells = null;
          }
          break;
        }
        case 'c': {
          const ref = attr(attrs, 'r');
          column = ref ? columnIndex(ref) : column + 1;
          type = attr(attrs, 't') ?? 'n';
          value = '';
          inlineText = '';
          hasValue = false;
          phonetic = 0;
          break;
        }
        case 'v':
          if (!selfClosing) {
            capture = 'v';
            handler.wantsText = true;
            hasValue = true;
          }
          break;
        case 'is':
          hasValue = true;
          break;
        case 'rPh':
          if (!selfClosing) phonetic++;
          break;
        case 't':
          if (!selfClosing && !phonetic && type === 'inlineStr') {
            capture = 't';
            handler.wantsText = true;
          }
          break;
      }
    },
    close(tag) {
      if (!inSheetData) return;
      switch (tag) {
        case 'v':
        case 't':
          capture = null;
          handler.wantsText = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c':
          finishCell();
          hasValue = false;
          break;
        case 'row':
          if (cells) onRow({ row: rowNumber, cells });
          cells = null;
          break;
        case 'sheetData':
          inSheetData = false;
          break;
      }
    },
    text(piece) {
      if (capture === 'v') value += piece;
      else if (capture === 't') inlineText += piece;
      else return;
      if (value.length + inlineText.length > limits.maxCellChars * 10)
        throw new XlsxLimitError('cell_chars', limits.maxCellChars, where());
    },
  };
  return handler;
}

/**
 * Reads the first sheet of the workbook in `zip`; `onRow` gets each row in order and may throw to
 * stop. Throws XlsxFormatError (or ZipFormatError) for what is not a workbook, XlsxLimitError or
 * ZipLimitError at the first limit exceeded.
 */
export async function readFirstSheet(
  zip: ZipReader,
  limits: XlsxLimits,
  onRow: (row: SheetRow, info: SheetInfo) => void,
): Promise<void> {
  const office = (await relationships(zip, '')).find((r) => r.type.endsWith('/officeDocument'));
  const workbookPart = office?.target ?? 'xl/workbook.xml';
  if (!zip.has(workbookPart)) throw new XlsxFormatError('no workbook');

  let firstSheetId: string | undefined;
  const info: SheetInfo = { date1904: false };
  await scan(zip, workbookPart, {
    open(tag, attrs) {
      if (tag === 'workbookPr') info.date1904 = ['1', 'true'].includes(attr(attrs, 'date1904') ?? '');
      if (tag === 'sheet' && firstSheetId === undefined)
        firstSheetId = /(?:^|\s)[A-Za-z_][\w.-]*:id\s*=\s*(?:"([^"]*)"|'([^']*)')/
          .exec(attrs)
          ?.slice(1)
          .find((v) => v !== undefined);
    },
    close() {},
    text() {},
    wantsText: false,
  });
  const rels = await relationships(zip, workbookPart);
  const sheetPart = rels.find((r) => r.id === firstSheetId)?.target;
  if (!sheetPart || !zip.has(sheetPart)) throw new XlsxFormatError('no first sheet');
  // an over-cap sheet is refused on its bytes, before the shared strings and cells are read
  const maxValueRows = limits.maxValueRows ?? Infinity;
  if (Number.isFinite(maxValueRows)) await checkValueRows(zip, sheetPart, maxValueRows);

  const strings: string[] = [];
  const sharedPart = rels.find((r) => r.type.endsWith('/sharedStrings'))?.target;
  if (sharedPart && zip.has(sharedPart)) await scan(zip, sharedPart, sharedStringsHandler(strings, limits));

  await scan(
    zip,
    sheetPart,
    sheetHandler(strings, limits, (row) => onRow(row, info)),
  );
}

/** An Excel serial day number as the UTC date it stands for. */
export function excelSerialToDate(serial: number, info: SheetInfo): Date {
  const epoch = info.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86_400_000));
}
