/**
 * Matching in the browser (ADR 0013): a body's manager forms a working group, runs a proposal, overrides one pair
 * (sees the warning, records a reason), confirms; the expert sees their enterprise; the enterprise
 * sees its expert and whom to call.
 */
import { expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers/journey.js';
import { screenshot, signIn, pickOption } from './helpers/browser.js';
import { demoCal } from './helpers/demo-calendar.js';

const journey = useServerAndBrowser();
const ENTERPRISE = '徐州鼓楼智联信息技术有限公司'; // demo e10: selected, category 33, 鼓楼区

it('forms a group, proposes, overrides a pair with a reason, confirms; expert and enterprise see the result', async () => {
  const context = await journey.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, journey.server.url, 'cbmanager');

  // 1. a working group for the 徐州 campaign: leader, two experts
  await page.goto(`${journey.server.url}/campaigns`);
  await page.getByText(`${demoCal.year}年徐州市小微企业质量管理体系认证提升行动`).first().click();
  await page.getByTestId('working-groups-card').waitFor();
  await page.getByTestId('working-group-new').click();
  await page.getByTestId('working-group-name').fill('鼓楼区帮扶小组');
  await pickOption(page, 'working-group-leader', '吴敏');
  // a multiple select stays open: pick both, then close it
  await pickOption(page, 'working-group-experts', '郑丽');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '何伟' }).first().click();
  await page.getByTestId('working-group-name').click(); // closes the dropdown (Escape would close the dialog)
  await page.getByTestId('working-group-save').click();
  // a save click lost to the dialog's animation on a busy machine: the dialog is still open, save again
  await page
    .getByTestId('working-group-save')
    .waitFor({ state: 'hidden', timeout: 8_000 })
    .catch(() => page.getByTestId('working-group-save').click());
  await expect
    .poll(async () => (await page.getByTestId('working-groups-card').textContent()) ?? '')
    .toContain('鼓楼区帮扶小组');
  await screenshot(page, '20-matching-group');

  // 2. the proposal: 何伟 is the expert of category 33 in 鼓楼区
  const row = page.getByTestId('working-groups-card').locator('tr', { hasText: '鼓楼区帮扶小组' });
  await row.locator('[data-testid^="working-group-assign-"]').click();
  await page.waitForURL(/\/working-groups\/[0-9a-f-]{36}\/assignment$/);
  await page.getByTestId('proposal-run').click();
  const proposalRow = page.getByTestId('proposal-table').locator('tr', { hasText: ENTERPRISE });
  await expect.poll(async () => (await proposalRow.textContent()) ?? '').toContain('何伟');

  // 3. override: 郑丽 is not of category 33 — a hard rule, so a warning and a required reason
  const select = proposalRow.locator('[data-testid^="proposal-expert-"]');
  await select.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '郑丽' }).first().click();
  await page.getByTestId('override-modal').waitFor();
  const warnings = await page.getByTestId('override-warning').allTextContents();
  expect(warnings.join(' ')).toContain('专家的专业类别不含该企业的认证行业类别');
  await screenshot(page, '21-matching-override-warning');
  await page.getByTestId('override-reason').fill('企业主营系统集成，郑丽有同类项目帮扶经验');
  await page.getByTestId('override-confirm').click();
  await expect.poll(async () => (await proposalRow.textContent()) ?? '').toContain('郑丽');

  // 4. confirm
  await page.getByTestId('proposal-confirm').click();
  await page.getByTestId('proposal-confirm-ok').click();
  await page.getByTestId('proposal-confirmed').waitFor();
  await screenshot(page, '22-matching-confirmed');
  await context.close();

  // 5. the expert (phone width) sees the enterprise in their list
  const phone = await journey.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const expertPage = await phone.newPage();
  await signIn(expertPage, journey.server.url, 'expert2');
  await expertPage.goto(`${journey.server.url}/participations`);
  await expect
    .poll(async () => (await expertPage.getByTestId('participation-table').textContent()) ?? '')
    .toContain(ENTERPRISE);
  await screenshot(expertPage, '23-matching-expert-sees-enterprise');
  await phone.close();

  // 6. the enterprise sees its expert and the working group's contact
  const enterpriseContext = await journey.browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
  });
  const enterprisePage = await enterpriseContext.newPage();
  await signIn(enterprisePage, journey.server.url, 'ent10');
  await enterprisePage.goto(`${journey.server.url}/participations`);
  await enterprisePage.getByTestId('participation-table').getByText(ENTERPRISE).first().click();
  await enterprisePage.getByTestId('assistance-experts').waitFor();
  expect(await enterprisePage.getByTestId('assistance-experts').textContent()).toContain('郑丽');
  expect(await enterprisePage.getByTestId('assistance-contact').textContent()).toContain('鼓楼区帮扶小组');
  await screenshot(enterprisePage, '24-matching-enterprise-sees-expert');
  await enterpriseContext.close();
});
