/**
 * Certification in the browser (002 step 9; 003 §6.9.9; 000 §三): the enterprise file of 丰县绿源木业 (demo e03,
 * evaluated) shows its application to 苏信认证 — the body of its choice — and the bands its evaluation was graded by;
 * the body's manager opens 登记认证证书: the expert who assisted the enterprise is offered only as refused, with the
 * reason in Chinese; a team without him is accepted, the certificate is recorded, and the surveillance due date is on
 * the file. Screenshots 200–204 go to artifacts/e2e/.
 */
import { expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useServerAndBrowser } from './helpers/journey.js';
import { pickOption, screenshot, signIn } from './helpers/browser.js';

const journey = useServerAndBrowser();
const ENTERPRISE = '丰县绿源木业有限公司';

async function as(browser: Browser, base: string, username: string, width = 1366, height = 768) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, base, username);
  return { context, page };
}

it('the application, the assisting expert refused in the audit team, the certificate and its surveillance date', {
  timeout: 300_000,
}, async () => {
  const base = journey.server.url;
  const { context, page } = await as(journey.browser, base, 'cbmanager');
  await page.goto(`${base}/participations`);
  await page.getByTestId('participation-table').getByText(ENTERPRISE).first().click();
  await page.waitForURL(/\/participations\/[0-9a-f-]{36}$/);
  // the application to the body of its choice, and the bands the evaluation was graded by
  const section = page.getByTestId('certification-section');
  await section.waitFor();
  await expect.poll(() => section.textContent(), { timeout: 15_000 }).toContain('苏信');
  await expect.poll(() => page.getByTestId('evaluation-bands').textContent()).toContain('60–90 分');
  await screenshot(page, '200-certification-application');

  await page.getByTestId('command-certify').click();
  await page.getByTestId('command-form-certify').waitFor();
  // the assisting expert is there, refused, with the reason
  await page.getByTestId('field-auditorUserIds').click();
  const refused = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '黄涛' }).first();
  await refused.waitFor();
  expect(await refused.textContent()).toContain('曾帮扶该企业');
  expect(await refused.getAttribute('aria-disabled')).toBe('true');
  await screenshot(page, '201-audit-team-refused');
  // closes the dropdown, not the dialog (Escape would close both)
  const title = page.locator('.ant-modal-title');
  const closeDropdown = async () => {
    await title.click();
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count(), { timeout: 10_000 }).toBe(0);
  };
  await closeDropdown();

  // a proper team: people of the body who never assisted the enterprise
  await pickOption(page, 'field-auditorUserIds', '刘洋');
  await closeDropdown();
  await pickOption(page, 'field-decisionMakerUserIds', '吴敏');
  await closeDropdown();
  await page.getByTestId('field-certificateNumber').fill('02626Q00003R0S');
  await page.getByTestId('field-certificateScope').fill('实木复合板材的生产');
  await page.getByTestId('command-submit').click();
  await page.getByTestId('command-confirm').click();
  await expect.poll(() => page.getByTestId('command-form-certify').count(), { timeout: 20_000 }).toBe(0);
  await screenshot(page, '202-certify-done');

  // the certificate and the surveillance due date on the file
  const certificate = page.getByTestId('certificate-issued');
  await certificate.waitFor({ timeout: 20_000 });
  const text = (await certificate.textContent()) ?? '';
  expect(text).toContain('02626Q00003R0S');
  expect(text).toContain('下次监督审核截止');
  expect(text).toMatch(/\d{4}-\d{2}-\d{2}/);
  await screenshot(page, '203-certificate-recorded');
  await context.close();

  // the enterprise sees the same at phone width
  const phone = await as(journey.browser, base, 'ent03', 390, 844);
  await phone.page.goto(`${base}/participations`);
  await phone.page.getByText(ENTERPRISE).first().click();
  await phone.page.getByTestId('certificate-issued').waitFor({ timeout: 20_000 });
  expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
    1,
  );
  await screenshot(phone.page, '204-certificate-390');
  await phone.context.close();
});
