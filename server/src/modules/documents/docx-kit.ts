/**
 * The house style of the Word documents bureaus file: A4, 宋体/黑体 declared for
 * East Asian text (LibreOffice substitutes Noto CJK where they are missing), headings, and tables
 * with single borders that print.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei', cs: 'Arial' };
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
/** A4 in twentieths of a point, 2.5 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1418;
export const CONTENT_WIDTH = A4.width - 2 * MARGIN;

export function text(value: string, options: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({
    text: value,
    bold: options.bold,
    size: options.size,
    font: options.bold ? HEADING_FONT : BODY_FONT,
  });
}

export function para(value: string | TextRun[], options: Omit<IParagraphOptions, 'children' | 'text'> = {}): Paragraph {
  return new Paragraph({ ...options, children: typeof value === 'string' ? [text(value)] : value });
}

export function title(value: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [new TextRun({ text: value, bold: true, size: 36, font: HEADING_FONT })],
  });
}

export function heading(value: string, level: 1 | 2 = 1, options: { newPage?: boolean } = {}): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    pageBreakBefore: options.newPage,
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text: value, bold: true, size: level === 1 ? 30 : 26, font: HEADING_FONT })],
  });
}

/** A bordered table; `widths` are fractions of the text width; the first row is the header. */
export function table(
  rows: ReadonlyArray<ReadonlyArray<string | Paragraph[]>>,
  widths: ReadonlyArray<number>,
  options: { header?: boolean } = { header: true },
): Table {
  const columnWidths = widths.map((w) => Math.round(w * CONTENT_WIDTH));
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: options.header !== false && r === 0,
          children: cells.map(
            (cell, c) =>
              new TableCell({
                width: { size: columnWidths[c] ?? columnWidths.at(-1)!, type: WidthType.DXA },
                margins: { top: 60, bottom: 60, left: 100, right: 100 },
                children:
                  typeof cell === 'string'
                    ? cell
                        .split('\n')
                        .map(
                          (line) =>
                            new Paragraph({ children: [text(line, { bold: options.header !== false && r === 0 })] }),
                        )
                    : cell,
              }),
          ),
        }),
    ),
  });
}

/** A two-column label / value table (a form's header block). */
export function fields(pairs: ReadonlyArray<[string, string]>): Table {
  return table(
    pairs.map(([k, v]) => [k, v]),
    [0.28, 0.72],
    { header: false },
  );
}

export async function packDocument(titleText: string, children: ReadonlyArray<Paragraph | Table>): Promise<Buffer> {
  const document = new Document({
    creator: 'Uplift',
    title: titleText,
    styles: { default: { document: { run: { font: BODY_FONT, size: 24 }, paragraph: { spacing: { line: 360 } } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: [...children],
      },
    ],
  });
  return Packer.toBuffer(document);
}
