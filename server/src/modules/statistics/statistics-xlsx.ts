/**
 * The statistics table as a workbook in the layout of 002 Annex 2 附表: a title with the region, the period, the header
 * 编号 | 统计数据 | 相关信息, rows 1–4 with the table's own wording, and its note "表中数据均为开展提升行动以来的累计数据".
 * Every label comes from the locale catalogs (labelOf); no internal code reaches the sheet.
 */
import ExcelJS from 'exceljs';
import type { StatisticsTable } from '../../../../contracts/statistics.js';
import type { Locale } from '../../../../domain/errors/codes.js';
import { labelOf } from '../../platform/i18n/messages.js';

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Rows 1–4 of the 附表 as the cells 编号 | 统计数据 | 相关信息 (the XLSX and the self-evaluation DOCX both print them). */
export function statisticsRows(table: StatisticsTable, locale: Locale): Array<[number, string, string]> {
  const l = (key: string, values: Record<string, string | number> = {}) =>
    fill(labelOf(locale, 'statistics', key), values);
  const policyInfo = table.policies.items
    .map((p) =>
      [
        l('policyItem', { documentNumber: p.documentNumber, title: p.title, content: p.content }),
        l('policyAmounts', { subsidy: p.subsidyWan, credit: p.creditWan, fees: p.feesWaivedWan }),
      ].join(''),
    )
    .join('\n');
  const rows: Array<[number, string, string]> = [
    [
      1,
      [l('policiesLine', { n: table.policies.count }), l('subsidyLine', { n: table.policies.subsidyWan })].join('\n'),
      policyInfo,
    ],
    [
      2,
      [
        l('trainingLine', { n: table.training.total.personTimes }),
        l('trainingSplit', {
          online: table.training.online.personTimes,
          offline: table.training.offline.personTimes,
        }),
        l('trainingEnterprisesLine', { n: table.training.total.enterprises }),
      ].join('\n'),
      '',
    ],
    [
      3,
      [
        l('assistedLine', { n: table.assisted.enterprises }),
        l('industriesLine', { n: table.assisted.industryCount }),
      ].join('\n'),
      table.assisted.industries
        .map((i) => l('industryItem', { code: i.code, name: i.name, n: i.enterprises }))
        .join('\n'),
    ],
    [
      4,
      l('bodiesLine', { n: table.bodies.count }),
      table.bodies.items.map((b) => l('bodyItem', { name: b.name, approvalNumber: b.approvalNumber })).join('\n'),
    ],
  ];
  return rows;
}

export async function statisticsWorkbook(table: StatisticsTable, locale: Locale): Promise<Buffer> {
  const l = (key: string, values: Record<string, string | number> = {}) =>
    fill(labelOf(locale, 'statistics', key), values);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(l('sheetName'));
  sheet.columns = [{ width: 8 }, { width: 42 }, { width: 80 }];
  const wrap = { wrapText: true, vertical: 'top' } as const;

  sheet.mergeCells('A1:C1');
  sheet.getCell('A1').value = `${table.regionName} ${l('title')}`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.mergeCells('A2:C2');
  sheet.getCell('A2').value = table.from
    ? l('period', { from: table.from, to: table.to })
    : l('periodSince', { to: table.to });
  sheet.getRow(3).values = [l('colNo'), l('colFigures'), l('colInfo')];
  sheet.getRow(3).font = { bold: true };

  const rows = statisticsRows(table, locale);
  rows.forEach((values, i) => {
    const row = sheet.getRow(4 + i);
    row.values = values;
    row.alignment = wrap;
  });
  sheet.mergeCells('A8:C8');
  sheet.getCell('A8').value = l('note');
  for (let r = 3; r <= 7; r++)
    for (const c of ['A', 'B', 'C'])
      sheet.getCell(`${c}${r}`).border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
