/**
 * Reminders in the browser (ADR 0042): with the reminders running, 徐州's officer finds the stage report due in seven
 * days (the demo's 30 November) in the notifications with its date; on their own page they choose the daily digest,
 * which is kept; the page fits 390 px. Screenshots 134–136 go to artifacts/e2e/.
 */
import { expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useServerAndBrowser } from './helpers/journey.js';
import { screenshot, signIn } from './helpers/browser.js';
import { demoDay } from './helpers/demo-calendar.js';

const journey = useServerAndBrowser({ REMINDER_INTERVAL_MS: '1000' });

async function as(browser: Browser, base: string, username: string, width = 1366, height = 768) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, base, username);
  return { context, page };
}

it('a bureau officer sees the report reminder and chooses the daily digest', { timeout: 180_000 }, async () => {
  const base = journey.server.url;
  const { context, page } = await as(journey.browser, base, 'xuzhou');
  const reminder = page.locator('[data-testid="notification-item"][data-kind="reminder.report_due"]');
  await expect
    .poll(
      async () => {
        await page.goto(`${base}/`);
        await page.getByTestId('notifications-bell').click();
        await page.getByTestId('notification-list').waitFor();
        return reminder.count();
      },
      { timeout: 60_000, interval: 2_000 },
    )
    .toBe(1);
  await expect.poll(() => reminder.textContent()).toContain('阶段工作报告报送期限临近');
  await expect.poll(() => reminder.getByTestId('notification-due').textContent()).toContain(demoDay('2026-11-30'));
  await screenshot(page, '134-reminder-notification');

  await page.goto(`${base}/account/password`);
  const card = page.getByTestId('reminder-settings');
  await card.waitFor();
  // the demo's officer has no address: the card says so
  await expect.poll(() => card.textContent()).toContain('尚未登记电子邮箱');
  await card.locator('input[value="digest"]').check();
  await page.getByTestId('reminder-save').click();
  await page.getByText('提醒方式已保存').waitFor();
  await page.reload();
  await card.waitFor();
  await expect.poll(() => card.locator('input[value="digest"]').isChecked()).toBe(true);
  await screenshot(page, '135-reminder-settings');
  await context.close();

  const phone = await as(journey.browser, base, 'xuzhou', 390, 844);
  await phone.page.goto(`${base}/account/password`);
  await phone.page.getByTestId('reminder-settings').waitFor();
  expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
    1,
  );
  await screenshot(phone.page, '136-reminder-settings-390');
  await phone.context.close();
});
