/**
 * An excellent case in the browser (003 §6.10, Annex D; 002 step 10(2)): the expert assisting 丰县绿源木业有限公司
 * (demo e03, evaluated) writes the case over 2,000 characters, sees the live count and the warning (a draft is kept,
 * submission is not possible), fixes it and submits; 丰县 accepts and recommends it to 徐州, 徐州 to 江苏, 江苏 selects
 * and publishes it, and it appears in the library; the library also at 390 px. A chart (PNG) with its caption goes
 * under 质量提升成效 and does not count toward the 2,000 characters. Screenshots 69–76 go to artifacts/e2e/.
 */
import { expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useServerAndBrowser } from './helpers/journey.js';
import { screenshot, signIn } from './helpers/browser.js';
import { realPng } from '../server/src/platform/files/image-fixtures.js';

const journey = useServerAndBrowser();
const ENTERPRISE = '丰县绿源木业有限公司';
const TITLE = '以数据说话：绿源木业把板材含水率管起来';
const x = (n: number, text: string) => text.repeat(Math.ceil(n / text.length)).slice(0, n);

async function as(browser: Browser, base: string, username: string, width = 1366, height = 768) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, base, username);
  return { context, page };
}

/** A bureau opens the case waiting at its level and takes the given steps. */
async function review(page: Page, base: string, steps: Array<'accept' | 'recommend' | 'publish'>, shot: string) {
  await page.goto(`${base}/cases`);
  await page.getByTestId('case-review').waitFor();
  const item = page.getByTestId('case-review-item').filter({ hasText: TITLE });
  await item.getByTestId('case-review-open').click();
  await page.getByTestId('case-reader').waitFor();
  for (const step of steps) {
    await page.getByTestId(`case-${step}`).click();
    await expect.poll(() => page.getByTestId(`case-${step}`).count(), { timeout: 15_000 }).toBe(0);
  }
  await screenshot(page, shot);
}

it('an expert writes a case over the limit, fixes it, submits; it goes county → city → province and into the library', {
  timeout: 300_000,
}, async () => {
  const base = journey.server.url;
  // the editor at 390 px: the count and the rule are there, nothing runs off the side
  const phone = await as(journey.browser, base, 'expert3', 390, 844);
  await phone.page.goto(`${base}/participations`);
  await phone.page.getByText(ENTERPRISE).first().click();
  await phone.page.getByTestId('case-editor').waitFor();
  await phone.page.getByTestId('case-total').waitFor();
  expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
    1,
  );
  await screenshot(phone.page, '69-case-editor-390');
  await phone.context.close();

  const { context, page } = await as(journey.browser, base, 'expert3');
  await page.goto(`${base}/participations`);
  await page.getByTestId('participation-table').getByText(ENTERPRISE).first().click();
  await page.waitForURL(/\/participations\/[0-9a-f-]{36}$/);
  await page.getByTestId('case-editor').waitFor();
  // the rule is stated on screen, the evaluation's figures are offered
  await expect.poll(() => page.getByTestId('case-count-rule').textContent()).toContain('空格、换行不计字数');
  await page.getByTestId('case-figures').waitFor();

  await page.getByTestId('case-title').fill(TITLE);
  await page.getByTestId('case-part-profile').fill(x(100, '丰县绿源木业有限公司生产实木复合板材。'));
  await page.getByTestId('case-part-problems').fill(x(200, '板材含水率波动大，开裂退货多。'));
  const longActions = x(1300, '建立含水率检测制度，逐批记录，超限隔离。');
  await page.getByTestId('case-part-actions').fill(longActions);
  await page.getByTestId('case-part-results').fill(x(400, '退货率由百分之五降到百分之二。'));
  await page.getByTestId('case-part-insights').fill(x(100, '用数据管住关键指标。'));
  // 2,100 characters: the count, the per-part shares and the warning; submission is not possible
  await expect.poll(() => page.getByTestId('case-total').textContent()).toContain('2100 / 2000');
  await expect.poll(() => page.getByTestId('case-count-actions').textContent()).toContain('1300 字');
  await page.getByTestId('case-over-limit').waitFor();
  expect(await page.getByTestId('case-over-limit').textContent()).toContain('超出 100 字');
  expect(await page.getByTestId('case-submit').isDisabled()).toBe(true);
  await screenshot(page, '70-case-over-limit');
  // a draft over the limit is kept
  await page.getByTestId('case-save').click();
  await page.getByText('草稿已保存').waitFor();

  // whitespace does not count: shorten the actions to 1,200 (with line breaks) and submit
  await page.getByTestId('case-part-actions').fill(`${longActions.slice(0, 600)}\n\n  ${longActions.slice(600, 1200)}`);
  await expect.poll(() => page.getByTestId('case-total').textContent()).toContain('2000 / 2000');
  expect(await page.getByTestId('case-over-limit').count()).toBe(0);
  // a chart under the results: the caption is required, and neither it nor the image counts
  expect(await page.getByTestId('case-count-rule').textContent()).toContain('图题均不计入正文字数');
  await page
    .getByTestId('case-images-results')
    .locator('input[type=file]')
    .setInputFiles({ name: '退货率.png', mimeType: 'image/png', buffer: realPng() });
  await page.getByTestId('case-image-results-0').waitFor();
  await page.getByTestId('case-caption-missing').waitFor();
  expect(await page.getByTestId('case-submit').isDisabled()).toBe(true);
  await page.getByTestId('case-image-caption-results-0').fill('提升前后的退货率');
  await expect.poll(() => page.getByTestId('case-caption-missing').count()).toBe(0);
  await expect.poll(() => page.getByTestId('case-total').textContent()).toContain('2000 / 2000');
  await screenshot(page, '71-case-fixed');
  await page.getByTestId('case-submit').click();
  await page.getByTestId('case-reader').waitFor();
  await expect.poll(() => page.getByTestId('case-status').textContent()).toContain('已提交待审核');
  await expect.poll(() => page.getByTestId('case-figure-1').textContent()).toContain('图1 提升前后的退货率');
  await screenshot(page, '72-case-submitted');
  await context.close();

  // 丰县 → 徐州 → 江苏
  const county = await as(journey.browser, base, 'fengxian');
  await review(county.page, base, ['accept', 'recommend'], '73-case-county');
  await county.context.close();
  const city = await as(journey.browser, base, 'xuzhou');
  await review(city.page, base, ['accept', 'recommend'], '74-case-city');
  await city.context.close();
  const province = await as(journey.browser, base, 'jiangsu');
  await review(province.page, base, ['accept', 'publish'], '75-case-province');
  await expect.poll(() => province.page.getByTestId('case-reader').textContent()).toContain('已发布到案例库');
  await province.context.close();

  // the library, for any signed-in user, at 390 px
  const reader = await as(journey.browser, base, 'tianjin', 390, 844);
  await reader.page.goto(`${base}/cases`);
  // a bureau sees its review queue first; the library is the tab beside it
  await reader.page.getByRole('tab', { name: '案例库' }).click();
  await reader.page.getByTestId('case-library').waitFor();
  await reader.page.getByTestId('case-library-search').locator('input').fill('绿源');
  await reader.page.getByTestId('case-library-search').locator('input').press('Enter');
  const found = reader.page.getByTestId('case-library-item').filter({ hasText: TITLE });
  await found.waitFor();
  expect(await found.textContent()).toContain('省级');
  const overflow = await reader.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await found.getByTestId('case-library-open').click();
  await reader.page.getByTestId('case-view-title').waitFor();
  await screenshot(reader.page, '76-case-library-390');
  await reader.context.close();
});
