/**
 * The audit viewer as the audit administrator uses it (R19–R21; the audit administrator of the 三员): filter the trail by actor and by day,
 * open an entry and read it in full with its hashes, export the filtered entries. Screenshots 70– go to artifacts/e2e/.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from './helpers/journey.js';
import { ARTIFACTS, screenshot, signIn } from './helpers/browser.js';

const journey = useServerAndBrowser();
const ACTOR = '徐州市局 李华';
/** Enum values, field names and error codes never reach the screen: a lower_snake or UPPER_SNAKE word, or a dotted code. */
const INTERNAL = /\b[a-z]+_[a-z_]+\b|\b[A-Z]+_[A-Z_]+\b|\b[a-z]+\.[a-z_]+\b/;

async function columnTexts(page: Page, testId: string): Promise<string[]> {
  return page.locator(`[data-testid="audit-table"] [data-testid="${testId}"]`).allTextContents();
}

/** The time column: the second cell of each body row. */
async function times(page: Page): Promise<string[]> {
  return page.locator('[data-testid="audit-table"] tbody tr.ant-table-row td:nth-child(2)').allTextContents();
}

async function fillDate(page: Page, testId: string, value: string): Promise<void> {
  const input = page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

describe('audit viewer', () => {
  it('filters by actor and day, opens an entry with its hashes, and exports what it shows', async () => {
    const context = await journey.browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai', // the filter's days are China Standard Time
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await signIn(page, journey.server.url, 'auditadmin');
    await page.goto(`${journey.server.url}/audit`);
    await page.locator('[data-testid="audit-table"] tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, '70-audit-viewer');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, '70-audit-viewer-screen.png') });

    // by actor
    // the list is long and virtual: search for the name, then pick it
    await page.getByTestId('audit-filter-actor').click();
    await page.keyboard.type('李华');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: ACTOR }).first().click();
    await expect.poll(async () => new Set(await columnTexts(page, 'audit-actor'))).toEqual(new Set([ACTOR]));
    const actions = await columnTexts(page, 'audit-action');
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(action).not.toMatch(INTERNAL);

    // by day: the newest entry's day, from and to
    const day = (await times(page))[0]!.slice(0, 10);
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await fillDate(page, 'audit-filter-from', day);
    await fillDate(page, 'audit-filter-to', day);
    await expect.poll(() => page.url()).toContain(`to=${day}`);
    await expect.poll(async () => (await times(page)).every((t) => t.startsWith(day))).toBe(true);
    expect(new Set(await columnTexts(page, 'audit-actor'))).toEqual(new Set([ACTOR]));
    expect(await page.getByTestId('audit-table').textContent()).not.toMatch(INTERNAL);
    await screenshot(page, '71-audit-viewer-filtered');

    // one entry in full
    await page.locator('[data-testid^="audit-open-"]').first().click();
    const drawer = page.getByTestId('audit-drawer');
    await expect.poll(() => page.getByTestId('audit-drawer-actor').textContent()).toBe(ACTOR);
    expect(await page.getByTestId('audit-drawer-hash').textContent()).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.getByTestId('audit-drawer-prev-hash').textContent()).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.getByTestId('audit-drawer-action').textContent()).not.toMatch(INTERNAL);
    await drawer.waitFor();
    await page.waitForTimeout(500); // the drawer's slide-in, for the screenshot only
    await screenshot(page, '72-audit-viewer-entry');
    await page.keyboard.press('Escape');

    // the export holds what the filter shows
    const shown = (await times(page)).length;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    const file = path.join(ARTIFACTS, 'audit-export.xlsx');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('序号');
    expect(sheet.rowCount - 1).toBe(shown); // a day of one actor fits one page
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      expect(row.getCell(3).value).toBe(ACTOR);
      expect(String(row.getCell(2).value).slice(0, 10)).toBe(day);
      expect(String(row.getCell(6).value)).not.toMatch(INTERNAL);
    }

    // the chain check
    await page.getByTestId('audit-verify').click();
    await expect.poll(() => page.getByTestId('audit-verify-result').getAttribute('data-ok')).toBe('true');
    await screenshot(page, '73-audit-viewer-verified');

    // at phone width the page still reads (the table scrolls sideways inside the page)
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, '74-audit-viewer-phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await context.close();
  });
});
