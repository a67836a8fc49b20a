/**
 * Intake in the browser (003 §6.2–6.4; ADR 0009, 0011): a 徐州 officer creates a campaign, selects a certification body, imports a
 * roster with bad rows, downloads the error file, fixes it, re-imports, screens one enterprise with
 * evidence, selects it and hands it to a body; the enterprise contact signs in and sees the outcome.
 */
import { afterAll, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { useServerAndBrowser } from './helpers/journey.js';
import { screenshot, signIn, ARTIFACTS, pickOption } from './helpers/browser.js';
import { ROSTER_COLUMNS } from '../domain/intake/roster-columns.js';
import { withUsccCheckChar } from '../domain/uscc/uscc.js';
import { BODY_CRITERIA } from '../domain/intake/body-criteria.js';
import { AUTOMATIC_SCREENING_ITEMS, SCREENING_ITEMS } from '../domain/intake/screening.js';

const journey = useServerAndBrowser();
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-roster-'));

afterAll(() => {
  fs.rmSync(files, { recursive: true, force: true });
});

/** 徐州宏达建材 (demo enterprise e12, contact account ent12) and two new 丰县 enterprises. */
const HONGDA = withUsccCheckChar('91320302MA100012K');
function rows(bad: boolean) {
  const base = {
    regionCode: '320321',
    sizeIndustry: '工业',
    industryCode: '18',
    employees: 40,
    revenueWan: 900,
    certificationStatus: '未获证',
    contactName: '王五',
    contactPhone: '13912345678',
    willing: '是',
  };
  return [
    { ...base, uscc: HONGDA, name: '徐州宏达建材有限公司', regionCode: '320302', industryCode: '16' },
    {
      ...base,
      uscc: withUsccCheckChar('91320321MA4000001'),
      name: '丰县名册甲有限公司',
      industryCode: bad ? '88' : '18',
    },
    { ...base, uscc: withUsccCheckChar('91320321MA4000002'), name: '丰县名册乙有限公司' },
  ];
}

async function rosterFile(name: string, bad: boolean): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业名单');
  sheet.addRow(ROSTER_COLUMNS.map((c) => c.header));
  for (const r of rows(bad)) sheet.addRow(ROSTER_COLUMNS.map((c) => (r as Record<string, unknown>)[c.key] ?? null));
  const file = path.join(files, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

it('runs intake from campaign to hand-over, and the enterprise sees the outcome', async () => {
  const context = await journey.browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await signIn(page, journey.server.url, 'xuzhou');

  // 1. a new campaign
  await page.goto(`${journey.server.url}/campaigns`);
  await page.getByTestId('campaign-create').click();
  await page.getByTestId('field-name').fill('2026年徐州市第二批小微企业认证提升行动');
  await page.getByTestId('campaign-save').click();
  await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
  const campaignId = page.url().split('/').at(-1)!;

  // 2. a certification body, checked against 003 §5.2 with evidence
  await page.getByTestId('body-select').click();
  await pickOption(page, 'body-select-org', '苏信质量认证中心有限公司');
  for (const key of BODY_CRITERIA) {
    await page.getByTestId(`body-criterion-${key}`).check();
    await page.getByTestId(`body-criterion-${key}-evidence`).fill('资质证书与人员名单已核验');
  }
  await page.getByTestId('body-select-submit').click();
  await expect.poll(async () => (await page.textContent('body')) ?? '').toContain('苏信质量认证中心有限公司');
  await screenshot(page, '10-intake-campaign');

  // 3. a roster with a bad row: nothing is written; the error file comes back
  await page.getByTestId('roster-open').click();
  await page.getByTestId('roster-file').setInputFiles(await rosterFile('名册-有错.xlsx', true));
  await expect.poll(() => page.getByTestId('roster-result').getAttribute('data-status')).toBe('rejected');
  expect(await page.getByTestId('roster-errors').textContent()).toContain('88');
  await screenshot(page, '11-intake-roster-errors');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('roster-error-file').click()]);
  const errorFile = path.join(ARTIFACTS, 'roster-errors.xlsx');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await download.saveAs(errorFile);
  const returned = new ExcelJS.Workbook();
  await returned.xlsx.readFile(errorFile);
  expect(String(returned.worksheets[0]!.getRow(1).getCell(ROSTER_COLUMNS.length + 1).value)).toContain('错误说明');
  expect(String(returned.worksheets[0]!.getRow(3).getCell(ROSTER_COLUMNS.length + 1).value)).toContain('88');

  // 4. fixed and re-imported
  await page.getByTestId('roster-file').setInputFiles(await rosterFile('名册-已改正.xlsx', false));
  await expect.poll(() => page.getByTestId('roster-result').getAttribute('data-status')).toBe('imported');
  await screenshot(page, '12-intake-roster-imported');

  // 5. screen 宏达建材 with evidence, select it and hand it to the body
  await page.goto(`${journey.server.url}/participations?campaignId=${campaignId}&q=${encodeURIComponent('宏达建材')}`);
  await page.getByTestId('participation-table').getByText('徐州宏达建材有限公司').click();
  await page.getByTestId('screening-panel').waitFor();
  for (const item of SCREENING_ITEMS) {
    if (AUTOMATIC_SCREENING_ITEMS.has(item.key)) continue;
    await page.getByTestId(`screening-result-${item.key}-pass`).click();
    await page.getByTestId(`screening-evidence-${item.key}`).fill('2026-11-23 核查');
  }
  await page.getByTestId('screening-save').click();
  await expect.poll(() => page.getByTestId('screening-outcome').getAttribute('data-outcome')).toBe('eligible');
  await page.getByTestId('command-screen').click();
  await page.getByTestId('command-submit').click();
  await expect.poll(() => page.getByTestId('stage-tag').getAttribute('data-stage')).toBe('screened');
  await page.getByTestId('command-select').click();
  await pickOption(page, 'field-certificationBodyId', '苏信质量认证中心有限公司');
  await page.getByTestId('command-submit').click();
  await expect.poll(() => page.getByTestId('stage-tag').getAttribute('data-stage')).toBe('selected');
  await screenshot(page, '13-intake-selected');
  await context.close();

  // 6. the enterprise contact sees the outcome and the notification
  const enterprise = await journey.browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    isMobile: true,
    hasTouch: true,
  });
  const phone = await enterprise.newPage();
  await signIn(phone, journey.server.url, 'ent12');
  await expect
    .poll(async () => Number(await phone.getByTestId('notifications-bell').getAttribute('data-unread')))
    .toBeGreaterThan(0);
  await phone.goto(`${journey.server.url}/participations?campaignId=${campaignId}`);
  await phone.getByTestId('participation-table').getByText('徐州宏达建材有限公司').click();
  await expect.poll(() => phone.getByTestId('stage-tag').getAttribute('data-stage')).toBe('selected');
  await phone.getByTestId('screening-panel').waitFor();
  expect(await phone.getByTestId('screening-outcome').getAttribute('data-outcome')).toBe('eligible');
  await screenshot(phone, '14-intake-enterprise-outcome-phone');
  await enterprise.close();
});
