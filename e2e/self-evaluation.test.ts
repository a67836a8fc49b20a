/**
 * The self-evaluation report (002 Annex 2) in the browser: 徐州 drafts its report from data, sees the 附表 figures and
 * the six sections, types 经验启示 past 500 characters (the live count turns red, the download is refused), shortens it
 * and downloads the Word file; the body's administrator downloads its two CNCA files. At 1366×768 and at 390 px.
 * Screenshots 230–233 go to artifacts/e2e/.
 */
import { expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useServerAndBrowser } from './helpers/journey.js';
import { expectNoRawIdentifiers, screenshot, signIn } from './helpers/browser.js';

const journey = useServerAndBrowser();

async function as(browser: Browser, base: string, username: string, width = 1366, height = 768) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, base, username);
  await page.goto(`${base}/self-evaluation`);
  return { context, page };
}

it('a bureau drafts, edits and downloads its report; a body downloads its CNCA files', {
  timeout: 300_000,
}, async () => {
  const base = journey.server.url;
  const city = await as(journey.browser, base, 'xuzhou');
  await city.page.getByTestId('nav-selfEvaluation').waitFor();
  await city.page.getByTestId('self-evaluation-draft').click();
  await city.page.getByTestId('self-evaluation-figures').waitFor();
  expect(await city.page.getByTestId('self-evaluation-assistance').inputValue()).toMatch(/累计帮扶小微企业 \d+ 家/);
  const insights = city.page.getByTestId('self-evaluation-insights');
  await insights.fill('验'.repeat(501));
  await expect.poll(() => city.page.getByTestId('self-evaluation-count').textContent()).toBe('501 / 500 字');
  expect(await city.page.getByTestId('self-evaluation-download').isDisabled()).toBe(true);
  await screenshot(city.page, '230-self-evaluation-over-limit');
  await insights.fill('以协同机制推动提升行动走实走深。');
  await expect.poll(() => city.page.getByTestId('self-evaluation-count').textContent()).toBe('16 / 500 字');
  const [download] = await Promise.all([
    city.page.waitForEvent('download'),
    city.page.getByTestId('self-evaluation-download').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^徐州市-提升行动自评报告-\d{4}\.docx$/);
  await expectNoRawIdentifiers(city.page, 'self-evaluation');
  await screenshot(city.page, '231-self-evaluation');

  const phone = await as(journey.browser, base, 'xuzhou', 390, 844);
  await phone.page.getByTestId('self-evaluation-draft').click();
  await phone.page.getByTestId('self-evaluation-count').waitFor();
  expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
    0,
  );
  await screenshot(phone.page, '232-self-evaluation-390');

  const body = await as(journey.browser, base, 'cbadmin');
  await body.page.getByTestId('cnca-card').waitFor();
  expect(await body.page.getByTestId('self-evaluation-card').count()).toBe(0);
  const [summary] = await Promise.all([
    body.page.waitForEvent('download'),
    body.page.getByTestId('cnca-summary').click(),
  ]);
  expect(summary.suggestedFilename()).toBe('苏信质量认证中心有限公司-工作总结.docx');
  const [list] = await Promise.all([
    body.page.waitForEvent('download'),
    body.page.getByTestId('cnca-enterprises').click(),
  ]);
  expect(list.suggestedFilename()).toBe('苏信质量认证中心有限公司-帮扶小微企业名单.xlsx');
  await screenshot(body.page, '233-cnca-deliverables');
  for (const c of [city, phone, body]) await c.context.close();
});
