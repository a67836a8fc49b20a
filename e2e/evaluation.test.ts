/**
 * The acceptance evaluation in the browser (003 §6.9, Annex C 表 C.1): the evaluation expert, leader of the panel the
 * bureau formed for 徐州云龙精密电子有限公司 (demo e05, stage reviewed), fills the C.1 table with the after values and
 * their evidence, sees the points, total and grade and the item rule, signs off, and the stage shows 已评价 with the
 * grade (20 of 90, 合格: the plan has two indicators). Screenshots 60–62 go to artifacts/e2e/.
 */
import { expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers/journey.js';
import { screenshot, signIn } from './helpers/browser.js';

const journey = useServerAndBrowser();
const ENTERPRISE = '徐州云龙精密电子有限公司';

it('the evaluator scores the C.1 table and the leader signs off: the stage shows 已评价 with the grade', {
  timeout: 180_000,
}, async () => {
  const base = journey.server.url;
  const context = await journey.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, base, 'evaluator');
  await page.goto(`${base}/participations`);
  await page.getByTestId('participation-table').getByText(ENTERPRISE).first().click();
  await page.waitForURL(/\/participations\/[0-9a-f-]{36}$/);
  await page.getByTestId('evaluation-section').waitFor();
  // the multi-indicator rule is written on the page
  await expect.poll(() => page.getByTestId('evaluation-item-rule').textContent()).toContain('全部指标达成目标');
  // no bare stage button: 已评价 comes from the sign-off
  expect(await page.getByTestId('command-evaluate').count()).toBe(0);
  await screenshot(page, '60-evaluation-panel');

  // the plan's two indicators: 一次交验合格率 (higher is better) and 退货率 (lower is better)
  await page.getByTestId('evaluation-after-0').fill('100');
  await page.getByTestId('evaluation-evidence-0').fill('查阅近三个月出厂检验记录');
  await page.getByTestId('evaluation-after-1').fill('0');
  await page.getByTestId('evaluation-evidence-1').fill('查阅客户退货登记台账');
  await page.getByTestId('evaluation-save-sheet').click();
  await expect.poll(() => page.getByTestId('evaluation-sheet-total').textContent()).toContain('20 / 90');
  await expect.poll(() => page.getByTestId('evaluation-result').textContent()).toContain('合格');
  await screenshot(page, '61-evaluation-scored');

  await page.getByTestId('evaluation-sign-off').click();
  await expect.poll(() => page.getByTestId('stage-tag').getAttribute('data-stage')).toBe('evaluated');
  // the stage's label in the catalog is 验收评价 (evaluated); the grade follows from the signed-off table
  await expect.poll(() => page.getByTestId('stage-tag').textContent()).toContain('验收评价');
  await expect.poll(() => page.getByTestId('evaluation-result').textContent()).toContain('20 / 90');
  await expect.poll(() => page.getByText('签字确认，结果已锁定').count()).toBeGreaterThan(0);
  expect(await page.getByTestId('evaluation-sheet-editor').count()).toBe(0);
  await screenshot(page, '62-evaluation-signed-off');
  await context.close();
});
