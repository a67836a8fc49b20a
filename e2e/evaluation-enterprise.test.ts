/**
 * The enterprise's side of the evaluation and the bureau's pool in the browser: the contact of 徐州云龙精密电子有限公司
 * (demo e05, reviewed, the panel not yet scoring) fills its self-evaluation with the C.1 table (003 Annex C.2) and
 * writes its 《企业实施情况及成效总结》 (001 §四(三)); the bureau sees the evaluator pool with the qualification
 * (003 §6.9.2) and the batch panel form. Screenshots 63–65 go to artifacts/e2e/.
 */
import { expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers/journey.js';
import { screenshot, signIn } from './helpers/browser.js';

const journey = useServerAndBrowser();
const ENTERPRISE = '徐州云龙精密电子有限公司';

it('the enterprise fills its self-evaluation and summary; the bureau sees the pool’s qualifications', {
  timeout: 180_000,
}, async () => {
  const base = journey.server.url;
  const context = await journey.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, base, 'ent05');
  await page.goto(`${base}/participations`);
  await page.getByTestId('participation-table').getByText(ENTERPRISE).first().click();
  await page.waitForURL(/\/participations\/[0-9a-f-]{36}$/);
  await page.getByTestId('evaluation-self-editor').waitFor();
  await page.getByTestId('evaluation-self-editor').getByTestId('evaluation-after-0').fill('100');
  await page.getByTestId('evaluation-self-editor').getByTestId('evaluation-evidence-0').fill('质量部月度统计');
  await page.getByTestId('evaluation-self-editor').getByTestId('evaluation-after-1').fill('0');
  await page.getByTestId('evaluation-self-editor').getByTestId('evaluation-evidence-1').fill('客户退货登记台账');
  await page.getByTestId('evaluation-save-sheet').click();
  await expect.poll(() => page.getByTestId('evaluation-self-total').textContent()).toContain('20 / 90');
  // never counted: the panel has no result yet
  expect(await page.getByTestId('evaluation-result').count()).toBe(0);
  await expect.poll(() => page.getByText('不计入评价结果').count()).toBeGreaterThan(0);

  await page.getByTestId('evaluation-summary-profile').fill('本企业主要生产精密电子元件，员工五十人。');
  await page.getByTestId('evaluation-summary-results').fill('一次交验合格率、退货率均达成提升目标。');
  await page.getByTestId('evaluation-summary-save').click();
  await expect
    .poll(() => page.getByTestId('evaluation-summary-missing').textContent())
    .toContain('二、提升行动实施情况');
  await screenshot(page, '63-evaluation-enterprise-side');
  await context.close();

  const bureau = await journey.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const b = await bureau.newPage();
  await signIn(b, base, 'xuzhou');
  await b.goto(`${base}/evaluation`);
  await b.getByTestId('evaluation-pool').waitFor();
  await expect.poll(() => b.getByTestId('evaluation-pool').textContent()).toContain('评审员');
  await expect.poll(() => b.getByTestId('evaluation-pool').textContent()).toContain('中国认证认可协会');
  await b.getByTestId('evaluation-batch-form').waitFor();
  await screenshot(b, '64-evaluation-pool-and-batch');
  await bureau.close();
});
