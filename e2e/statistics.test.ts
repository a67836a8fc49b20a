/**
 * The statistics table in the browser (002 Annex 2 附表): a 徐州 officer records a policy measure with a subsidy in the
 * register, and row 1 of the table counts one more measure and the subsidy added; the table's figure opens the
 * measures behind it. At 1366×768 and at phone width (390 px).
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers/journey.js';
import { screenshot, signIn } from './helpers/browser.js';
import { demoDay } from './helpers/demo-calendar.js';

const journey = useServerAndBrowser();
// a day the demo wrote before its base day (2026-11-23): in the past whenever the test runs
const ISSUED = demoDay('2026-09-15');

async function figures(page: Page): Promise<{ count: number; subsidy: number }> {
  await page.getByTestId('figure-policies').waitFor();
  const count = Number(/政策措施：(\d+) 项/.exec((await page.getByTestId('figure-policies').textContent()) ?? '')?.[1]);
  const subsidy = Number(
    /财政补贴金额：([\d.]+) 万元/.exec((await page.getByTestId('figure-subsidy').textContent()) ?? '')?.[1],
  );
  return { count, subsidy };
}

it('a bureau officer adds a policy with a subsidy and sees it in the table’s figures', async () => {
  const context = await journey.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, journey.server.url, 'xuzhou');
  await page.getByRole('menuitem', { name: '统计表' }).click();
  await page.waitForURL(/\/statistics$/);
  const before = await figures(page);
  await screenshot(page, '70-statistics-table');

  await page.getByRole('tab', { name: '政策措施登记' }).click();
  await page.getByTestId('policy-add').click();
  await page.getByTestId('policy-documentNumber').fill('徐市监发〔2026〕88号');
  await page.getByTestId('policy-title').fill('关于小微企业质量管理体系认证补贴的通知');
  const date = page.getByTestId('policy-issuedOn');
  await date.click();
  await date.fill(ISSUED);
  await date.press('Enter');
  await page.getByTestId('policy-content').fill('对完成质量管理体系认证的小微企业每家补贴 0.5 万元');
  await page.getByTestId('policy-subsidyWan').fill('8.5');
  await screenshot(page, '71-statistics-policy-form');
  await page.getByTestId('policy-save').click();
  await expect
    .poll(async () => (await page.getByTestId('policy-table').textContent()) ?? '')
    .toContain('徐市监发〔2026〕88号');

  await page.getByRole('tab', { name: '统计表', exact: true }).click();
  await expect.poll(async () => (await figures(page)).count).toBe(before.count + 1);
  const after = await figures(page);
  expect(after.subsidy).toBeCloseTo(before.subsidy + 8.5, 4);
  await page.getByTestId('figure-policies').click();
  await expect
    .poll(async () => (await page.getByTestId('policy-table').last().textContent()) ?? '')
    .toContain('关于小微企业质量管理体系认证补贴的通知');
  await screenshot(page, '72-statistics-drill');
  await context.close();

  const phone = await journey.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const small = await phone.newPage();
  await signIn(small, journey.server.url, 'xuzhou');
  await small.goto(`${journey.server.url}/statistics`);
  expect((await figures(small)).count).toBe(before.count + 1);
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await screenshot(small, '73-statistics-phone');
  await phone.close();
});
