/**
 * Acceptance 8 of the foundation: a 徐州 bureau officer and an enterprise contact sign in, open a
 * participation's lifecycle timeline, cannot see a 天津 enterprise, switch language; at 1366×768 and
 * at phone width. Screenshots go to artifacts/e2e/.
 */
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers/journey.js';
import { screenshot, signIn } from './helpers/browser.js';

const journey = useServerAndBrowser();

/** The id of a participation by enterprise name, looked up through the API as the national officer. */
async function participationId(name: string): Promise<string> {
  const login = await fetch(`${journey.server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'national', password: 'Demo@2026' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const list = await (
    await fetch(`${journey.server.url}/api/v1/participations?q=${encodeURIComponent(name)}`, { headers: { cookie } })
  ).json();
  return list.items[0].id;
}

describe('徐州 bureau officer at 1366×768', () => {
  it('sees 徐州 enterprises only, opens a timeline, and switches language', async () => {
    const context = await journey.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await signIn(page, journey.server.url, 'xuzhou');
    await expect.poll(() => page.getByTestId('current-role').getAttribute('data-role')).toBe('bureau_officer');
    await expect.poll(() => page.getByTestId('demo-banner').isVisible()).toBe(true);

    await page.getByTestId('nav-participations').click();
    const table = page.getByTestId('participation-table');
    await table.getByText('丰县华康食品有限公司').waitFor();
    await screenshot(page, '01-xuzhou-participations-zh');
    expect(await table.textContent()).not.toContain('天津');

    // a search for the 天津 enterprise finds nothing for a 徐州 officer
    await page.getByTestId('participation-search').fill('天津津华');
    await page.getByTestId('participation-search').press('Enter');
    await expect.poll(async () => (await table.textContent()) ?? '').not.toContain('丰县华康');
    expect(await table.textContent()).not.toContain('天津津华');

    // and opening it directly shows "not found", not the record
    await page.goto(`${journey.server.url}/participations/${await participationId('天津津华')}`);
    await expect.poll(async () => (await page.textContent('body')) ?? '').toMatch(/未找到|不存在/);
    expect(await page.textContent('body')).not.toContain('天津津华医疗器械');

    await page.goto(`${journey.server.url}/participations?q=${encodeURIComponent('华康')}`);
    await table.getByText('丰县华康食品有限公司').click();
    const timeline = page.getByTestId('timeline');
    await timeline.waitFor();
    expect(await page.getByTestId('timeline-stage-operating').getAttribute('data-status')).toBe('current');
    expect(await page.getByTestId('timeline-stage-plan_agreed').getAttribute('data-status')).toBe('done');
    expect(await page.getByTestId('timeline-stage-closed').getAttribute('data-status')).toBe('pending');
    expect(await page.getByTestId('stage-tag').getAttribute('data-stage')).toBe('operating');
    await screenshot(page, '02-xuzhou-timeline-zh');

    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en-US');
    await expect.poll(async () => (await page.textContent('body')) ?? '').toContain('QMS operating');
    await screenshot(page, '03-xuzhou-timeline-en');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('zh-CN');

    await page.getByTestId('logout').click();
    await page.getByTestId('login-username').waitFor();
    await context.close();
  });
});

describe('enterprise contact at phone width', () => {
  it('lands on its own file with the timeline, and sees no other enterprise', async () => {
    const context = await journey.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await signIn(page, journey.server.url, 'enterprise');
    await page.getByTestId('timeline').waitFor();
    expect(await page.getByTestId('stage-tag').getAttribute('data-stage')).toBe('operating');
    expect(await page.getByTestId('enterprise-name').textContent()).toContain('丰县华康食品有限公司');
    // no horizontal overflow at 390 px
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, '04-enterprise-timeline-phone-zh');

    await page.goto(`${journey.server.url}/participations/${await participationId('天津津华')}`);
    await expect.poll(async () => (await page.textContent('body')) ?? '').toMatch(/未找到|不存在/);
    await page.goto(`${journey.server.url}/participations`);
    const table = page.getByTestId('participation-table');
    await table.getByText('丰县华康食品有限公司').waitFor();
    expect(await table.textContent()).not.toContain('鑫达五金');
    await screenshot(page, '05-enterprise-list-phone-zh');
    await context.close();
  });
});
