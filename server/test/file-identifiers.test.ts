/**
 * No internal identifier in the files the server writes (issue acceptance "no internal identifier reaches
 * a person"): every XLSX and DOCX — roster template, roster error workbook, campaign participation export
 * (zh-CN and en-US), audit trail export, diagnosis report and plan — is generated and its text scanned with findRawIdentifiers.
 * In the Chinese files one-word enum keys (small, bureau, industrial, operating …) count as raw too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import zhCN from '../../web/src/locales/zh-CN.json' with { type: 'json' };
import { findRawIdentifiers } from '../../domain/text/raw-identifiers.js';
import { ROSTER_COLUMNS } from '../../domain/intake/roster-columns.js';
import { withUsccCheckChar } from '../../domain/uscc/uscc.js';
import { ENTERPRISE_SIZE_INDUSTRIES } from '../../domain/enterprise-size/enterprise-size.js';
import {
  ORGANIZATION_ELEMENTS,
  PLAN_RESOURCE_TYPES,
  TRAINING_AUDIENCES,
  TRAINING_FORMS,
} from '../../domain/plans/plan.js';
import { XLSX_TYPE } from '../src/modules/rosters/roster-workbook.js';
import { buildTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

/** The one-word keys of the enums a file may name (all single words; keys with _ are caught anyway). */
const KNOWN_KEYS = new Set(
  [
    ...Object.keys(zhCN.stage),
    ...Object.keys(zhCN.enterpriseSize),
    ...Object.keys(zhCN.origin),
    ...Object.keys(zhCN.orgKind),
    ...ENTERPRISE_SIZE_INDUSTRIES.map((i) => i.key),
    ...[ORGANIZATION_ELEMENTS, PLAN_RESOURCE_TYPES, TRAINING_AUDIENCES, TRAINING_FORMS].flatMap((l) =>
      l.map((x) => x.key),
    ),
    'draft',
    'submitted',
    'commented',
    'revised',
    'accepted',
    'superseded',
  ].filter((k) => /^[a-z]+$/.test(k)),
);

/** The text a person reads in an OOXML file: every text run and sheet name, one per line. */
function ooxmlText(file: Buffer): string {
  const parts = unzipSync(new Uint8Array(file));
  const texts: string[] = [];
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/^(xl\/(sharedStrings|workbook|worksheets\/[^/]+)|word\/(document|header\d*|footer\d*))\.xml$/.test(name))
      continue;
    const xml = strFromU8(bytes);
    for (const m of xml.matchAll(/<(?:w:)?t(?:\s[^>]*)?>([^<]*)<\/(?:w:)?t>/g)) texts.push(m[1]!);
    for (const m of xml.matchAll(/<sheet\s[^>]*name="([^"]*)"/g)) texts.push(m[1]!);
  }
  return texts
    .join('\n')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

function rawIn(file: Buffer, chinese: boolean): string[] {
  const text = ooxmlText(file);
  expect(text.length).toBeGreaterThan(20); // the extraction found the text
  return findRawIdentifiers(text, chinese ? { knownKeys: KNOWN_KEYS } : {});
}

async function roster(rows: Array<Record<string, string | number>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业名单');
  sheet.addRow(ROSTER_COLUMNS.map((c) => c.header));
  for (const r of rows) sheet.addRow(ROSTER_COLUMNS.map((c) => r[c.key] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('generated files carry no internal identifiers', () => {
  it('the text extraction sees a raw key when one is written', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('企业名单').addRow(['规模', 'small', 'internalAuditOn']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(rawIn(file, true)).toEqual(['small', 'internalAuditOn']);
  });

  it('roster template', async () => {
    const xuzhou = await t.as('xuzhou');
    const template = await xuzhou.get(`/api/v1/campaigns/${t.ids.campaigns.xz}/roster/template`);
    expect(template.statusCode).toBe(200);
    expect(rawIn(template.rawPayload, true)).toEqual([]);
  });

  it('roster error workbook, in both languages', async () => {
    const good = withUsccCheckChar('91320321MA2QRCN01');
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const base = {
      uscc: good,
      name: '丰县扫描企业有限公司',
      regionCode: '320321',
      industryCode: '18',
      sizeIndustry: '工业',
      employees: 30,
      revenueWan: 800,
      certificationStatus: '未获证',
      contactName: '王五',
      contactPhone: '13912345678',
      willing: '是',
    };
    const file = await roster([
      { ...base, uscc: wrongCheck },
      { ...base, uscc: withUsccCheckChar('91320321MA2QRCN02'), industryCode: '45' },
      { ...base, uscc: withUsccCheckChar('91320321MA2QRCN03'), regionCode: '999999', employees: 'many' },
      { ...base, uscc: withUsccCheckChar('91320321MA2QRCN04'), certificationStatus: '已获证', willing: '否' },
      { ...base, uscc: withUsccCheckChar('91320321MA2QRCN05'), sizeIndustry: '不存在的行业', contactPhone: '12' },
    ]);
    for (const lang of ['zh-CN', 'en-US']) {
      const xuzhou = await t.as('xuzhou');
      const result = (
        await xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}/roster/import?dryRun=1`, file, {
          'content-type': XLSX_TYPE,
          'x-file-name': encodeURIComponent('扫描.xlsx'),
          'accept-language': lang,
        })
      ).json();
      expect(result.invalidRows).toBe(5);
      for (const e of result.errors) expect(findRawIdentifiers(e.message), e.message).toEqual([]);
      const errors = await xuzhou.get(
        `/api/v1/campaigns/${t.ids.campaigns.xz}/roster/imports/${result.importId}/errors.xlsx`,
        { 'accept-language': lang },
      );
      expect(errors.statusCode).toBe(200);
      expect(rawIn(errors.rawPayload, lang === 'zh-CN')).toEqual([]);
    }
  });

  it('campaign participation export, in both languages', async () => {
    const jiangsu = await t.as('jiangsu');
    for (const campaign of [t.ids.campaigns.xz, t.ids.campaigns.js]) {
      const zh = await jiangsu.get(`/api/v1/campaigns/${campaign}/participations.xlsx`);
      expect(zh.statusCode).toBe(200);
      expect(rawIn(zh.rawPayload, true)).toEqual([]);
      const en = await jiangsu.get(`/api/v1/campaigns/${campaign}/participations.xlsx`, { 'accept-language': 'en-US' });
      expect(rawIn(en.rawPayload, false)).toEqual([]);
    }
  });

  it('audit trail export, in both languages', async () => {
    const auditadmin = await t.as('auditadmin');
    const zh = await auditadmin.get('/api/v1/audit/entries.xlsx');
    expect(zh.statusCode).toBe(200);
    expect(rawIn(zh.rawPayload, true)).toEqual([]);
    const en = await auditadmin.get('/api/v1/audit/entries.xlsx', { 'accept-language': 'en-US' });
    expect(rawIn(en.rawPayload, false)).toEqual([]);
  });

  it('diagnosis report and plan DOCX', async () => {
    const expert = await t.as('expert');
    const id = t.ids.participations.e01!;
    const diagnosis = await expert.get(`/api/v1/participations/${id}/diagnosis/docx`);
    expect(diagnosis.statusCode).toBe(200);
    expect(rawIn(diagnosis.rawPayload, true)).toEqual([]);
    const plan = await expert.get(`/api/v1/participations/${id}/plan/versions/1/docx`);
    expect(plan.statusCode).toBe(200);
    expect(rawIn(plan.rawPayload, true)).toEqual([]);
  });
});
