/**
 * The files of the self-evaluation capability: the report as Word in the outline of 002 Annex 2 (title, 一–六 under
 * their headings, the 附表 in its layout 编号 | 统计数据 | 相关信息), the CNCA work summary as Word, and the CNCA
 * assisted-enterprise list as Excel. Every word from the locale catalogs; no internal code reaches a file.
 */
import ExcelJS from 'exceljs';
import type { Paragraph, Table } from 'docx';
import type { StatisticsTable } from '../../../../contracts/statistics.js';
import type { Locale } from '../../../../domain/errors/codes.js';
import {
  SELF_EVALUATION_SECTIONS,
  type SelfEvaluationSections,
} from '../../../../domain/self-evaluation/self-evaluation.js';
import { labelOf } from '../../platform/i18n/messages.js';
import { heading, packDocument, para, table as wordTable, title } from '../documents/docx-kit.js';
import { statisticsRows } from '../statistics/statistics-xlsx.js';
import type { CncaRow } from './self-evaluation.service.js';

function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
const wordsOf =
  (locale: Locale) =>
  (key: string, values: Record<string, string | number> = {}) =>
    fill(labelOf(locale, 'selfEvaluation', key), values);

const lines = (text: string) => text.split(/\n+/).filter((l) => l.trim().length > 0);

export async function selfEvaluationDocx(
  input: { year: number; table: StatisticsTable; sections: SelfEvaluationSections },
  locale: Locale,
): Promise<Buffer> {
  const w = wordsOf(locale);
  const s = (key: string) => fill(labelOf(locale, 'statistics', key));
  const docTitle = w('docTitle', { region: input.table.regionName });
  const children: Array<Paragraph | Table> = [
    title(docTitle),
    para(w('docSubtitle', { year: input.year, to: input.table.to })),
  ];
  // 002 Annex 2: 一、组织发动 … 六、存在问题及下一步工作, in order
  for (const key of SELF_EVALUATION_SECTIONS) {
    children.push(heading(w(`section_${key}`), 2));
    const text = lines(input.sections[key] ?? '');
    for (const line of text.length > 0 ? text : [w('notFilled')]) children.push(para(line));
  }
  // 002 Annex 2 附表 (一 "并填写《提升行动统计表》")
  children.push(heading(w('tableHeading'), 1, { newPage: true }));
  children.push(para(`${input.table.regionName} ${s('title')}`));
  children.push(
    wordTable(
      [
        [s('colNo'), s('colFigures'), s('colInfo')],
        ...statisticsRows(input.table, locale).map(([n, a, b]) => [String(n), a, b]),
      ],
      [0.1, 0.4, 0.5],
    ),
  );
  children.push(para(s('note')));
  return packDocument(docTitle, children);
}

export async function cncaSummaryDocx(input: {
  title: string;
  sections: ReadonlyArray<{ heading: string; paragraphs: ReadonlyArray<string> }>;
}): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [title(input.title)];
  for (const section of input.sections) {
    children.push(heading(section.heading, 2));
    for (const p of section.paragraphs) for (const line of lines(p)) children.push(para(line));
  }
  return packDocument(input.title, children);
}

const COLUMNS: ReadonlyArray<[keyof CncaRow, string, number]> = [
  ['enterpriseName', 'colEnterprise', 32],
  ['creditCode', 'colCreditCode', 22],
  ['regionName', 'colRegion', 14],
  ['industry', 'colIndustry', 28],
  ['bodyName', 'colBody', 28],
  ['experts', 'colExperts', 20],
  ['stage', 'colStage', 14],
  ['certificateNumber', 'colCertificate', 22],
];

export async function cncaEnterprisesWorkbook(rows: ReadonlyArray<CncaRow>, locale: Locale): Promise<Buffer> {
  const w = wordsOf(locale);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(w('enterprisesSheet'));
  sheet.columns = [{ width: 6 }, ...COLUMNS.map(([, , width]) => ({ width }))];
  sheet.getRow(1).values = [w('colNo'), ...COLUMNS.map(([, label]) => w(label))];
  sheet.getRow(1).font = { bold: true };
  rows.forEach((r, i) => {
    // the credit code as text: 18 characters, never a number
    sheet.getRow(2 + i).values = [i + 1, ...COLUMNS.map(([key]) => r[key])];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
