/**
 * The implementation records as the people walk them (003 §6.7; 000 §二(4)): the assisting expert changes the
 * improvement team, records the start of operation (a confirmation names the date; the stage shows 体系运行 (operating)), adds an
 * operation record and logs an issue; the 一企一档 timeline shows the records; the enterprise's contact reads the
 * same section on a phone. Screenshots 80– go to artifacts/e2e/.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from './helpers/journey.js';
import { pickOption, screenshot, signIn } from './helpers/browser.js';
import { demoDay } from './helpers/demo-calendar.js';

const journey = useServerAndBrowser();
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const ENTERPRISE = '沛县宏图包装印刷'; // e06: implementing, assisted by 王建国 (expert), contact ent06

async function open(username: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await journey.browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, journey.server.url, username);
  return page;
}

async function openFile(page: Page) {
  // the signed-in page's own session finds the file (a read needs no CSRF token)
  const id = await page.evaluate(async (q) => {
    const list = await fetch(`/api/v1/participations?q=${encodeURIComponent(q)}`).then((r) => r.json());
    return list.items[0].id as string;
  }, ENTERPRISE);
  await page.goto(`${journey.server.url}/participations/${id}`);
  await page.getByTestId('implementation-section').waitFor();
}

async function typeDate(page: Page, testId: string, date: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

describe('the expert keeps the implementation records', () => {
  it('changes the team, records the operation start, adds a record and an issue; the timeline shows them', async () => {
    const page = await open('expert', DESKTOP);
    await openFile(page);
    expect(await page.getByTestId('stage-tag').getAttribute('data-stage')).toBe('implementing');
    // the team the enterprise recorded when implementation began (the demo), changed by the expert
    await page.getByTestId('team-edit').click();
    await page.getByTestId('team-member-add').click();
    await page.getByTestId('team-member-3-name').fill('赵工艺');
    await page.getByTestId('team-member-3-role').fill('组员（工艺）');
    await page.getByTestId('team-save').click();
    await expect.poll(async () => (await page.getByTestId('team-members').textContent()) ?? '').toContain('赵工艺');
    expect(await page.getByTestId('team-card').textContent()).toContain('第 2 版');
    await screenshot(page, '80-implementation-team');

    // no bare stage button: operation starts through its record, with a confirmation naming the date
    expect(await page.getByTestId('command-start_operation').count()).toBe(0);
    await page.getByTestId('operation-start-open').click();
    await page.getByTestId('operation-start-form').waitFor();
    const started = demoDay('2026-11-20');
    await typeDate(page, 'field-operationStartedOn', started);
    await page.getByTestId('field-operation-note').fill('体系文件发布实施，工作小组组织宣贯');
    await page.getByTestId('command-submit').click();
    const confirmation = page.getByTestId('command-confirmation');
    await expect.poll(async () => (await confirmation.textContent()) ?? '').toContain(started);
    expect(await confirmation.textContent()).toContain('体系运行'); // the stage's label (stage.operating)
    await screenshot(page, '81-operation-start-confirm');
    await page.getByTestId('command-confirm').click();
    await expect.poll(() => page.getByTestId('stage-tag').getAttribute('data-stage')).toBe('operating');
    expect(await page.getByTestId('stage-tag').textContent()).toContain('体系运行');
    await expect.poll(async () => (await page.getByTestId('operation-started-on').textContent()) ?? '').toBe(started);

    // an operation record at the plan's key control point
    await page.getByTestId('record-add').click();
    await pickOption(page, 'record-kind', '关键控制点检查');
    await pickOption(page, 'record-control-point', '关键工序控制点与检验记录表');
    await page.getByTestId('record-title').fill('首件检验记录抽查');
    await page.getByTestId('record-body').fill('抽查 10 份，记录完整');
    await page.getByTestId('record-save').click();
    await expect.poll(() => page.getByTestId('operation-record').count()).toBe(1);

    // an opinion raised in training
    await page.getByTestId('issue-add').click();
    await pickOption(page, 'issue-source', '分层培训');
    await page.getByTestId('issue-raised-by').fill('王班长');
    await page.getByTestId('issue-description').fill('班组长培训安排在夜班后，建议调整时间');
    await page.getByTestId('issue-save').click();
    await expect.poll(() => page.getByTestId('issue').count()).toBe(1);
    await screenshot(page, '82-implementation-records');

    // the 一企一档 timeline shows every record
    const timeline = page.getByTestId('record-timeline');
    await expect.poll(() => timeline.getByTestId('record-operation_start').count()).toBe(1);
    expect(await timeline.getByTestId('record-operation_record').count()).toBe(1);
    expect(await timeline.getByTestId('record-issue_raised').count()).toBe(1);
    expect(await timeline.getByTestId('record-improvement_team').count()).toBe(2);
    expect(await timeline.textContent()).toContain('首件检验记录抽查');
    await timeline.scrollIntoViewIfNeeded();
    await screenshot(page, '83-record-timeline');
    await page.context().close();
  });

  it('the enterprise reads and adds to its own records on a phone', async () => {
    const page = await open('ent06', PHONE);
    await page.goto(`${journey.server.url}/`);
    // the contact's home is its own file
    await page.getByTestId('implementation-section').waitFor();
    expect(await page.getByTestId('team-card').textContent()).toContain('赵工艺');
    expect(await page.getByTestId('operation-start-open').count()).toBe(0); // the assistance side records the start
    await page.getByTestId('record-add').click();
    await page.getByTestId('record-title').fill('11月进货检验记录');
    await page.getByTestId('record-save').click();
    await expect.poll(() => page.getByTestId('operation-record').count()).toBe(2);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page.getByTestId('implementation-section').scrollIntoViewIfNeeded();
    await screenshot(page, '84-implementation-phone');
    await page.context().close();
  });
});
