/**
 * Training in the browser (001 annex 一、1; 002 Annex 2 row 2): a body manager records a tiered session, enrols an
 * enterprise, records attendance by hand — one person twice — and the statistics by kind show 3 person-times and
 * 1 enterprise of tiered training for the session's month (the demo's internal-auditor sessions of that month count
 * under their own kind).
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers/journey.js';
import { pickOption, screenshot, signIn } from './helpers/browser.js';
import { demoCal, demoDay } from './helpers/demo-calendar.js';

const journey = useServerAndBrowser();
const ENTERPRISE = '丰县华康食品有限公司'; // demo e01
// a month without the demo's tiered sessions
const DAY = demoDay('2026-08-18');
const FROM = demoDay('2026-08-01');
const TO = demoDay('2026-08-31');

async function typeDate(page: Page, testId: string, date: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

async function attend(page: Page, name: string) {
  await pickOption(page, 'training-attendance-enterprise', ENTERPRISE);
  await page.getByTestId('training-attendance-name').fill(name);
  await page.getByTestId('training-attendance-submit').click();
  await expect.poll(async () => (await page.getByTestId('training-attendance').textContent()) ?? '').toContain(name);
}

it('a body manager records a session with attendance; the statistics show its person-times and enterprises', async () => {
  const context = await journey.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, journey.server.url, 'cbmanager');
  await page.goto(`${journey.server.url}/training`);
  await page.getByTestId('training-create').click();

  await pickOption(page, 'training-form-campaign', `${demoCal.year}年徐州市小微企业质量管理体系认证提升行动`);
  await page.getByTestId('training-form-title').fill('分层级培训：企业负责人及领导层');
  await pickOption(page, 'training-form-kind', '分层级培训');
  await typeDate(page, 'training-form-held-on', DAY);
  await page.getByTestId('training-form-place').fill('徐州认证机构培训室');
  await page.getByTestId('training-form-topics').fill('质量管理原则；优良案例');
  await page.getByText('b) 企业负责人及领导层').click();
  await screenshot(page, '60-training-create');
  await page.getByTestId('training-form-submit').click();

  // the session opens: enrol e01, then 张三 twice and 李四
  await pickOption(page, 'training-enrol-select', ENTERPRISE);
  await page.keyboard.press('Escape');
  await page.getByTestId('training-enrol-submit').click();
  await expect
    .poll(async () => (await page.getByTestId('training-enrolments').textContent()) ?? '')
    .toContain(ENTERPRISE);
  await attend(page, '张三');
  await attend(page, '李四');
  await attend(page, '张三');
  await screenshot(page, '61-training-session');
  await page.locator('.ant-drawer-close').click();

  await page.getByRole('tab', { name: '培训统计' }).click();
  await pickOption(page, 'training-stats-by', '培训类型');
  await typeDate(page, 'training-stats-from', FROM);
  await typeDate(page, 'training-stats-to', TO);
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { name: '培训管理' }).click();
  await expect.poll(async () => (await page.getByTestId('stats-pt-tiered').textContent()) ?? '').toBe('3');
  expect(await page.getByTestId('stats-ent-tiered').textContent()).toBe('1');
  expect(Number(await page.getByTestId('stats-pt-__total').textContent())).toBeGreaterThanOrEqual(3);
  await screenshot(page, '62-training-statistics');
  await context.close();
});
