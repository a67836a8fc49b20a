/**
 * Staged reports (报送, 004 §三(三)) in the browser: 丰县 submits its 30 November stage report to 徐州; 徐州 sees it
 * submitted, opens it read-only and returns it with a reason; 丰县 reads the reason and resubmits (version 2, version 1
 * kept); 徐州 sees 丰县's 20 November report flagged 逾期未交 (the demo's late report). The page also at 390 px.
 * Screenshots 210–215 go to artifacts/e2e/.
 */
import { expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useServerAndBrowser } from './helpers/journey.js';
import { pickOption, screenshot, signIn } from './helpers/browser.js';
import { demoDay } from './helpers/demo-calendar.js';

const journey = useServerAndBrowser();
const CAMPAIGN = '徐州市小微企业质量管理体系认证提升行动';
const NOV20 = demoDay('2026-11-20');
const NOV30 = demoDay('2026-11-30');
const MAY20 = demoDay('2026-05-20');

async function as(browser: Browser, base: string, username: string, width = 1366, height = 768) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, base, username);
  await page.goto(`${base}/stage-reports`);
  await pickOption(page, 'stage-reports-campaign', CAMPAIGN);
  await page.getByTestId(`deadline-${NOV30}`).waitFor();
  return { context, page };
}

const statusOf = (page: Page, testId: string) => page.getByTestId(testId).first().getAttribute('data-status');

it('a county submits its stage report, the city returns it, the county resubmits; the city sees a late county', {
  timeout: 300_000,
}, async () => {
  const base = journey.server.url;

  // 丰县: the nav entry, its 20 May report submitted (the demo), the 30 November one written and submitted
  const county = await as(journey.browser, base, 'fengxian');
  await county.page.getByTestId('nav-stageReports').waitFor();
  await expect.poll(() => statusOf(county.page, `own-status-${MAY20}`)).toBe('submitted');
  await county.page.getByTestId(`own-open-${NOV30}`).click();
  await county.page.getByTestId('report-figures').waitFor();
  await county.page.getByTestId('report-text').fill('丰县第四季度阶段工作报告：帮扶企业均已完成验收评价。');
  await county.page.getByTestId('report-submit').click();
  await expect.poll(() => statusOf(county.page, 'report-status'), { timeout: 15_000 }).toBe('submitted');
  await county.page.getByTestId('report-version-1').waitFor();
  await screenshot(county.page, '210-stage-report-submitted');
  await county.page.keyboard.press('Escape');

  // 徐州: 丰县 submitted for 30 November; 20 November flagged overdue
  const city = await as(journey.browser, base, 'xuzhou');
  const nov30 = city.page.getByTestId(`deadline-${NOV30}`);
  await expect.poll(() => nov30.getByTestId('status-320321').getAttribute('data-status')).toBe('submitted');
  expect(
    await city.page.getByTestId(`deadline-${NOV20}`).getByTestId('status-320321').getAttribute('data-status'),
  ).toBe('overdue');
  expect(await city.page.getByTestId(`deadline-${NOV20}`).getByTestId('status-320321').textContent()).toBe('逾期未交');
  await screenshot(city.page, '211-stage-reports-city-table');

  // 徐州 opens it read-only and returns it with a reason
  await nov30.getByTestId('open-320321').click();
  await city.page.getByTestId('report-text-read').waitFor();
  expect(await city.page.getByTestId('report-text').count()).toBe(0);
  await city.page.getByTestId('report-return-text').fill('请补充培训人次的说明');
  await city.page.getByTestId('report-return').click();
  await expect.poll(() => statusOf(city.page, 'report-status'), { timeout: 15_000 }).toBe('returned');
  await screenshot(city.page, '212-stage-report-returned');
  await city.page.keyboard.press('Escape');

  // 丰县 reads the reason, revises and resubmits
  await county.page.reload();
  await county.page.getByTestId(`deadline-${NOV30}`).waitFor();
  await expect.poll(() => statusOf(county.page, `own-status-${NOV30}`)).toBe('returned');
  await county.page.getByTestId(`own-open-${NOV30}`).click();
  await expect
    .poll(() => county.page.getByTestId('report-return-reason').textContent())
    .toContain('请补充培训人次的说明');
  await screenshot(county.page, '213-stage-report-return-reason');
  await county.page
    .getByTestId('report-text')
    .fill('丰县第四季度阶段工作报告（修订）：线下培训 120 人次，帮扶企业均已完成验收评价。');
  await county.page.getByTestId('report-submit').click();
  await expect.poll(() => statusOf(county.page, 'report-status'), { timeout: 15_000 }).toBe('submitted');
  await county.page.getByTestId('report-version-2').waitFor();
  await county.page.getByTestId('report-version-1').waitFor();
  await screenshot(county.page, '214-stage-report-resubmitted');
  await county.context.close();

  // 徐州 sees the second version
  await city.page.reload();
  await city.page.getByTestId(`deadline-${NOV30}`).waitFor();
  await expect
    .poll(() => city.page.getByTestId(`deadline-${NOV30}`).getByTestId('status-320321').getAttribute('data-status'))
    .toBe('submitted');
  await city.context.close();

  // the page at 390 px: nothing runs off the side
  const phone = await as(journey.browser, base, 'xuzhou', 390, 844);
  expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
    1,
  );
  await screenshot(phone.page, '215-stage-reports-390');
  await phone.context.close();
});
