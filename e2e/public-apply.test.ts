/**
 * The README's `/apply` path in the browser on a demo started today (server/seeds/demo-calendar.ts): the open
 * 丰县 campaign is listed, the county comes from the region cascader (no code to type), and after submitting
 * the applicant reads the reference number and what happens next. Phone width. Screenshots 70– go to artifacts/e2e/.
 */
import { expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers/journey.js';
import { pickOption, screenshot } from './helpers/browser.js';
import { withUsccCheckChar } from '../domain/uscc/uscc.js';
import { demoCal } from './helpers/demo-calendar.js';

const journey = useServerAndBrowser();

it('applies to the campaign open today and gets a reference number', async () => {
  const context = await journey.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${journey.server.url}/apply`);
  const campaign = page.getByTestId('public-campaign').filter({ hasText: `${demoCal.open.year}年丰县` });
  await campaign.waitFor();
  // the walked campaigns are in their summary phase: only the open one is listed
  expect(await page.getByTestId('public-campaign').count()).toBe(1);
  await screenshot(page, '70-apply-open-campaign');
  await campaign.getByRole('button').click();
  await page.getByTestId('application-form').waitFor();

  await page.getByTestId('field-uscc').fill(withUsccCheckChar('91320321MA1TEXT92'));
  await page.getByTestId('field-name').fill('丰县浏览器报名机械有限公司');
  // a county campaign: the cascader holds its one county, shown by name
  await expect.poll(() => page.getByTestId('field-regionCode').inputValue()).toBe('丰县');
  await pickOption(page, 'field-sizeIndustry', '工业');
  // 39 categories in a virtual list: search, then pick
  await page.getByTestId('field-industryCode').click();
  await page.keyboard.type('机械');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '机械及设备' }).first().click();
  await page.getByTestId('field-employees').fill('45');
  await page.getByTestId('field-revenueWan').fill('1500');
  await page.getByTestId('field-contactName').fill('孙丽');
  await page.getByTestId('field-contactPhone').fill('13912345678');
  await page.getByTestId('field-willing').check();
  await screenshot(page, '71-apply-filled');
  await page.getByTestId('application-submit').click();

  const reference = page.getByTestId('public-reference');
  await reference.waitFor();
  expect(await reference.textContent()).toMatch(/申请编号：SQ-\d{4}-\d{6}/);
  expect(await page.getByTestId('public-next-steps').textContent()).toContain('遴选核查');
  await screenshot(page, '72-apply-reference-number');
  await context.close();
});
