/**
 * Campaign planning as officers expect (ADR 0034): the city plans a county campaign under its own, picking the county
 * in a region list limited to its jurisdiction; a child whose phase leaves the parent's shows the warning with the
 * reason; the provincial campaign shows 本级 / 含下级. Screenshots 80– go to artifacts/e2e/.
 */
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers/journey.js';
import { screenshot, signIn } from './helpers/browser.js';

const journey = useServerAndBrowser();

async function api(username: string) {
  const login = await fetch(`${journey.server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@2026' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${journey.server.url}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, json: await response.json().catch(() => null) };
  };
  return { get: (path: string) => call('GET', path), post: (path: string, body: unknown) => call('POST', path, body) };
}

describe('campaign planning', () => {
  it('a city plans a county campaign, sees a child’s warning, and the province reads its roll-up', async () => {
    const context = await journey.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await signIn(page, journey.server.url, 'xuzhou');
    const xuzhou = await api('xuzhou');
    const list = (await xuzhou.get('/api/v1/campaigns?pageSize=100')).json.items as Array<{
      id: string;
      regionCode: string;
      name: string;
    }>;
    const city = list.find((c) => c.regionCode === '320300')!;
    const province = list.find((c) => c.regionCode === '320000')!;

    // 1. a county campaign, the county picked inside the city's jurisdiction
    await page.goto(`${journey.server.url}/campaigns/new`);
    await page.getByTestId('field-name').fill('2026年沛县小微企业认证提升行动');
    await page.getByTestId('field-regionCode').click();
    const menu = page.locator('.ant-cascader-dropdown:visible');
    await expect.poll(() => menu.locator('.ant-cascader-menu').first().textContent()).toBe('徐州市');
    await menu.getByText('徐州市', { exact: true }).click();
    await menu.getByText('沛县', { exact: true }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('field-regionCode').textContent()).toContain('沛县');
    await page.getByTestId('field-parentId').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: city.name }).first().click();
    await screenshot(page, '80-campaign-county-form');
    await page.getByTestId('campaign-save').click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    const countyId = page.url().split('/').at(-1)!;
    const county = (await xuzhou.get(`/api/v1/campaigns/${countyId}`)).json;
    expect(county).toMatchObject({ regionCode: '320322', parent: { id: city.id } });
    await expect.poll(() => page.textContent('body')).toContain('沛县');
    await expect.poll(() => page.getByTestId('campaign-plan-warnings').count()).toBe(0);

    // 2. its assistance running into the city's summary: saved, with the warning and its reason
    const phases = county.phases as Array<{ kind: string; startsOn: string; endsOn: string | null }>;
    const summary = phases.find((p) => p.kind === 'summary');
    const changed = phases
      .filter((p) => p.kind !== 'summary')
      .map((p) => (p.kind === 'assistance' && summary ? { ...p, endsOn: summary.startsOn } : p));
    const saved = await xuzhou.post(`/api/v1/campaigns/${countyId}`, { version: county.version, phases: changed });
    expect(saved.status).toBe(204);
    await page.reload();
    const warning = page.getByTestId('campaign-plan-warnings');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('帮扶实施');
    expect(await warning.textContent()).not.toMatch(/\b[a-z]+_[a-z_]+\b|PHASE_/);
    await screenshot(page, '81-campaign-child-warning');

    // 3. the province's campaign: its own participations and those below it
    await page.goto(`${journey.server.url}/campaigns/${province.id}`);
    const count = page.getByTestId('participation-count').first();
    await expect.poll(() => count.getAttribute('data-all')).not.toBeNull();
    expect(await count.textContent()).toMatch(/^本级 0 \/ 含下级 [1-9]\d*$/);
    await screenshot(page, '82-campaign-roll-up');
    await context.close();
  });
});
