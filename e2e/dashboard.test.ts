/**
 * The dashboard in the browser (ADR 0044): 徐州's officer opens 数据看板 from the navigation, sees the funnel, reads
 * its figures in the table fallback, clicks a stage's bar and lands on the participations list filtered to that stage
 * with the same count; a sub-region's row opens the places held there; at 390 px the charts stack without running
 * off the side. Screenshots 220–225 go to artifacts/e2e/.
 */
import { expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers/journey.js';
import { screenshot, signIn } from './helpers/browser.js';

const journey = useServerAndBrowser();
/** The funnel's plot area (web/src/features/dashboard/components/DashboardPage.tsx FUNNEL_GRID) and its bar pitch. */
const GRID_LEFT = 120;
const GRID_TOP = 10;
const ROW = 28;

it('a city officer clicks a stage of the funnel and lands on the list of that stage with the same count', {
  timeout: 240_000,
}, async () => {
  const base = journey.server.url;
  const context = await journey.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, base, 'xuzhou');
  await page.getByTestId('nav-dashboard').click();
  await page.waitForURL(/\/dashboard$/);
  const chart = page.getByTestId('dashboard-funnel-chart');
  await chart.waitFor();
  await page.getByTestId('dashboard-training').waitFor();
  await page.waitForTimeout(800); // the charts' first animation
  await screenshot(page, '220-dashboard-city');

  // the figures as a table: the first stage with enterprises, its place in the chart, its count
  await page.getByTestId('dashboard-funnel-table-toggle').click();
  const table = page.getByTestId('dashboard-funnel-table');
  await table.waitFor();
  const rows = await table
    .locator('tbody tr.ant-table-row')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim() ?? '')),
    );
  const index = rows.findIndex((r) => Number(r[1]) > 0);
  expect(index).toBeGreaterThanOrEqual(0);
  const [stageLabel, count] = rows[index] as [string, string];
  await screenshot(page, '221-dashboard-funnel-table');
  await page.getByTestId('dashboard-funnel-table-toggle').click();
  await chart.waitFor();
  await page.waitForTimeout(800);

  // point at the bars from the top (the bar starts at the plot's left edge) until the tooltip names that stage,
  // then click it
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  let at: { x: number; y: number } | null = null;
  for (let y = Math.max(4, GRID_TOP + index * ROW - ROW); y < (box?.height ?? 0); y += ROW / 4) {
    await chart.hover({ position: { x: GRID_LEFT + 4, y } });
    await page.waitForTimeout(150);
    if ((await chart.textContent())?.startsWith(stageLabel)) {
      at = { x: GRID_LEFT + 4, y };
      break;
    }
  }
  expect(at, 'the tooltip names the stage').not.toBeNull();
  await screenshot(page, '222-dashboard-funnel-hover');
  await chart.click({ position: at! });
  await page.waitForURL(/\/participations\?.*stage=/);
  await page.getByTestId('participation-table').waitFor();
  await expect.poll(() => page.locator('.ant-pagination-total-text').textContent()).toBe(`共 ${count} 条`);
  // the stage filter shows the stage clicked
  await expect.poll(() => page.getByTestId('participation-stage').textContent()).toContain(stageLabel);
  await screenshot(page, '223-dashboard-drill-stage');

  // a sub-region's row in the table fallback: the places held there
  await page.goBack();
  await page.getByTestId('dashboard-regions-table-toggle').click();
  const regionRow = page.getByTestId('dashboard-regions-table').locator('tbody tr.ant-table-row').first();
  const held = (await regionRow.locator('td').nth(1).textContent())?.trim() ?? '';
  await regionRow.locator('a').click();
  await page.waitForURL(/\/participations\?.*reached=selected/);
  await expect.poll(() => page.locator('.ant-pagination-total-text').textContent()).toBe(`共 ${held} 条`);
  await page.getByTestId('participation-drill').waitFor();
  await screenshot(page, '224-dashboard-drill-region');
  await context.close();

  // at phone width the charts stack and nothing runs off the side
  const phone = await journey.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const small = await phone.newPage();
  await signIn(small, base, 'xuzhou');
  await small.goto(`${base}/dashboard`);
  await small.getByTestId('dashboard-funnel-chart').waitFor();
  await small.getByTestId('dashboard-training').waitFor();
  await small.waitForTimeout(800);
  expect(await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
  const [funnelBox, regionsBox] = await Promise.all([
    small.getByTestId('dashboard-funnel').boundingBox(),
    small.getByTestId('dashboard-regions').boundingBox(),
  ]);
  expect(regionsBox!.y).toBeGreaterThan(funnelBox!.y + funnelBox!.height - 1);
  await screenshot(small, '225-dashboard-390');
  await phone.close();
});
