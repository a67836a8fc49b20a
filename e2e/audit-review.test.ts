/**
 * The internal audit and the management review as the people walk them (000 §二(4); 002 steps 4, 6–8; 003 §6.8):
 * 丰县华康食品有限公司 (demo e01) has operated since the demo's 2026-07-15, more than three months before the demo's
 * today, and two of its people attended the internal-auditor training. Its expert (expert) sees the gate, is refused
 * an audit starting inside the three months, plans the audit with the trained auditors and a checklist, raises a
 * minor nonconformity; the enterprise contact (enterprise), on a phone, records the correction, the root cause and the
 * corrective action; the expert verifies it effective, closes it, completes the audit answering the diagnosis pain
 * points, and holds the review whose platform inputs show the closed NC: the stage shows 内审与管理评审 (reviewed) and the
 * lifecycle timeline its entry. Screenshots 100–109 go to artifacts/e2e/.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from './helpers/journey.js';
import { pickOption, screenshot, signIn } from './helpers/browser.js';
import { demoDay } from './helpers/demo-calendar.js';

const journey = useServerAndBrowser();
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const ENTERPRISE = '丰县华康食品有限公司';

const AUDIT_START = demoDay('2026-11-10');
const AUDIT_END = demoDay('2026-11-11');
const REVIEW_ON = demoDay('2026-11-20');

async function open(username: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await journey.browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page, journey.server.url, username);
  return page;
}

/** The enterprise's file id, found by the signed-in page's own session (a read needs no CSRF token). */
async function fileId(page: Page): Promise<string> {
  return page.evaluate(async (q) => {
    const list = await fetch(`/api/v1/participations?q=${encodeURIComponent(q)}`).then((r) => r.json());
    return list.items[0].id as string;
  }, ENTERPRISE);
}

async function typeDate(page: Page, testId: string, date: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Records the next step of NC no. 1 through its form. */
async function recordStep(
  page: Page,
  step: { owner: string; doneOn: string; text: string; dueOn?: string; effective?: boolean },
) {
  const form = page.getByTestId('nc-step-form-1');
  await form.getByTestId('nc-step-owner').fill(step.owner);
  if (step.dueOn) await typeDate(page, 'nc-step-due-on', step.dueOn);
  await typeDate(page, 'nc-step-done-on', step.doneOn);
  await form.getByTestId('nc-step-text').fill(step.text);
  if (step.effective !== undefined)
    await form
      .getByTestId('nc-step-effective')
      .getByText(step.effective ? '纠正措施有效' : '无效', { exact: false })
      .click();
  const before = await page.getByTestId('finding-1').getByTestId('nc-step').count();
  await form.getByTestId('nc-step-save').click();
  await expect.poll(() => page.getByTestId('finding-1').getByTestId('nc-step').count()).toBe(before + 1);
}

describe('one nonconformity from finding to closure, and the management review that reads it', () => {
  let id = '';
  let auditors: string[] = [];

  it('the expert sees the gate, is refused an early start, plans the audit and raises a minor NC', async () => {
    const page = await open('expert', DESKTOP);
    id = await fileId(page);
    await page.goto(`${journey.server.url}/participations/${id}`);
    await page.getByTestId('internal-audit-section').waitFor();
    expect(await page.getByTestId('stage-tag').getAttribute('data-stage')).toBe('operating');
    // the three-month gate, named with its dates (000 §二(4))
    const overview = await page.evaluate(
      async (pid) => (await fetch(`/api/v1/participations/${pid}/internal-audit`)).json(),
      id,
    );
    auditors = overview.trainedAuditors.map((a: { name: string }) => a.name);
    expect(auditors.length).toBeGreaterThanOrEqual(2);
    const gate = page.getByTestId('audit-gate');
    expect(await gate.getAttribute('data-open')).toBe('true');
    expect(await gate.textContent()).toContain(overview.earliestStartOn);
    expect(await gate.textContent()).toContain(demoDay('2026-07-15'));
    await page.getByTestId('audit-gate').scrollIntoViewIfNeeded();
    await screenshot(page, '100-audit-gate');

    // the plan: objectives, scope, criteria, dates, a team of trained auditors, a schedule row, the checklist
    await page.getByTestId('audit-objectives').fill('验证质量管理体系运行的符合性和有效性，重点检查诊断问题的解决情况');
    await page.getByTestId('audit-scope').fill('生产部、质量部');
    await typeDate(page, 'audit-starts-on', demoDay('2026-10-01')); // inside the three months: refused
    await typeDate(page, 'audit-ends-on', AUDIT_END);
    await page.getByTestId('audit-team-add').click();
    await pickOption(page, 'audit-team-0-name', auditors[0]!);
    await page.getByTestId('audit-team-0-department').fill('质量部');
    await page.getByTestId('audit-team-add').click();
    await pickOption(page, 'audit-team-1-name', auditors[1]!);
    await page.getByTestId('audit-team-1-department').fill('生产部');
    await page.getByTestId('audit-schedule-add').click();
    await page.getByTestId('audit-schedule-0-department').fill('生产部');
    await page.getByTestId('audit-schedule-0-clauses').fill('8.5.1；8.7');
    await pickOption(page, 'audit-schedule-0-auditor', auditors[0]!);
    await typeDate(page, 'audit-schedule-0-on', AUDIT_START);
    await page.getByTestId('audit-checklist-add').click();
    await page.getByTestId('audit-checklist-0-clause').fill('8.7');
    await page.getByTestId('audit-checklist-0-department').fill('生产部');
    await page.getByTestId('audit-checklist-0-content').fill('不合格品的标识与隔离');
    await page.getByTestId('audit-checklist-0-evidence').fill('抽查3份不合格品记录');
    await pickOption(page, 'audit-checklist-0-result', '不符合');
    await page.getByTestId('audit-plan-save').click();
    // the refusal comes from the error catalog, naming the first allowed day and the field
    const refusal = page.getByTestId('audit-plan-error');
    await expect.poll(async () => (await refusal.textContent()) ?? '').toContain('体系运行时间至少为3个月');
    expect(await refusal.textContent()).toContain(overview.earliestStartOn);
    expect(await refusal.textContent()).toContain('开始日期');
    await refusal.scrollIntoViewIfNeeded();
    await screenshot(page, '101-audit-gate-refusal');

    await typeDate(page, 'audit-starts-on', AUDIT_START);
    await page.getByTestId('audit-plan-save').click();
    await page.getByTestId('audit-plan-view').waitFor();
    expect(await page.getByTestId('audit-dates').textContent()).toBe(`${AUDIT_START} ~ ${AUDIT_END}`);
    expect(await page.getByTestId('audit-plan-view').textContent()).toContain(auditors[1]!);
    expect(await page.getByTestId('audit-checklist-view').textContent()).toContain('不合格品的标识与隔离');
    await screenshot(page, '102-audit-planned');

    // a minor nonconformity
    await page.getByTestId('finding-add').click();
    await page.getByTestId('finding-form').waitFor();
    await page.getByTestId('finding-grade').getByText('一般不符合').click();
    await page.getByTestId('finding-clause').fill('8.7');
    await page.getByTestId('finding-department').fill('生产部');
    await page.getByTestId('finding-evidence').fill('两批不合格品未标识、未隔离，与合格品混放');
    await typeDate(page, 'finding-found-on', AUDIT_START);
    await typeDate(page, 'finding-due-on', demoDay('2026-11-30'));
    await page.getByTestId('finding-save').click();
    await page.getByTestId('finding-1').waitFor();
    expect(await page.getByTestId('finding-1').getAttribute('data-state')).toBe('open');
    expect(await page.getByTestId('finding-1').textContent()).toContain('一般不符合');
    expect(await page.getByTestId('finding-1-state').textContent()).toBe('待纠正');
    await page.getByTestId('finding-1').scrollIntoViewIfNeeded();
    await screenshot(page, '103-audit-finding');
    await page.context().close();
  });

  it('the enterprise contact responds on a phone: correction, root cause, corrective action', async () => {
    const page = await open('enterprise', PHONE);
    await page.goto(`${journey.server.url}/participations/${id}`);
    await page.getByTestId('finding-1').waitFor();
    await recordStep(page, { owner: '张敏', doneOn: demoDay('2026-11-12'), text: '两批产品已标识并移入不合格品区' });
    expect(await page.getByTestId('finding-1').getAttribute('data-state')).toBe('corrected');
    await recordStep(page, {
      owner: '张敏',
      doneOn: demoDay('2026-11-13'),
      text: '《不合格品控制程序》未规定标识方法',
    });
    await recordStep(page, {
      owner: '张敏',
      dueOn: demoDay('2026-11-20'),
      doneOn: demoDay('2026-11-14'),
      text: '修订程序文件，增加标识和隔离要求，并对班组长培训',
    });
    await expect.poll(() => page.getByTestId('finding-1').getAttribute('data-state')).toBe('action_taken');
    // the next step is the verification, not the closure: the cycle offers only what may come next
    expect(await page.getByTestId('nc-step-form-1').getAttribute('data-step')).toBe('verification');
    expect(await noOverflow(page)).toBeLessThanOrEqual(PHONE.width);
    await page.getByTestId('finding-1').scrollIntoViewIfNeeded();
    await screenshot(page, '104-nc-response-phone');
    await page.context().close();
  });

  it('the expert verifies and closes the NC, completes the audit, and holds the review that reads it', async () => {
    const page = await open('expert', DESKTOP);
    await page.goto(`${journey.server.url}/participations/${id}`);
    await page.getByTestId('finding-1').waitFor();
    await recordStep(page, {
      owner: auditors[0]!,
      doneOn: demoDay('2026-11-16'),
      text: '抽查5批不合格品均已标识隔离',
      effective: true,
    });
    await expect.poll(() => page.getByTestId('finding-1').getAttribute('data-state')).toBe('verified');
    await recordStep(page, { owner: auditors[0]!, doneOn: demoDay('2026-11-17'), text: '同意关闭' });
    await expect.poll(() => page.getByTestId('finding-1').getAttribute('data-state')).toBe('closed');
    expect(await page.getByTestId('finding-1-state').textContent()).toBe('已关闭');
    const steps = await page
      .getByTestId('finding-1')
      .getByTestId('nc-step')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-step')));
    expect(steps).toEqual(['correction', 'root_cause', 'corrective_action', 'verification', 'closure']);
    expect(await page.getByTestId('nc-step-form-1').count()).toBe(0);
    await page.getByTestId('finding-1').scrollIntoViewIfNeeded();
    await screenshot(page, '105-nc-closed');

    // the report answers every pain point of the diagnosis (000 §二(4))
    await page.getByTestId('audit-summary').fill('体系运行基本有效，发现一般不符合1项，已整改关闭');
    await page.getByTestId('audit-conclusion').fill('质量管理体系符合标准要求，运行有效');
    const painPoints = await page.locator('[data-testid$="-response"][data-testid^="audit-pain-point-"]').count();
    expect(painPoints).toBeGreaterThan(0);
    for (let i = 0; i < painPoints; i++)
      await page.getByTestId(`audit-pain-point-${i}-response`).fill('已建立制度并运行，内审抽查有效');
    await page.getByTestId('audit-complete').click();
    await page.getByTestId('audit-completed').waitFor();
    expect(await page.getByTestId('audit-report-docx').count()).toBe(1);
    await page.getByTestId('audit-report').scrollIntoViewIfNeeded();
    await screenshot(page, '106-audit-completed');

    // the review's platform inputs show the audit with its closed NC
    const prefill = page.getByTestId('review-prefill-audit');
    await expect.poll(async () => (await prefill.textContent()) ?? '').toContain('已关闭不符合项 1 项，未关闭 0 项');
    expect(await prefill.textContent()).toContain(`${AUDIT_START} 至 ${AUDIT_END}`);
    expect(await page.getByTestId('review-input-performance').inputValue()).toContain('已关闭不符合项 1 项');
    await typeDate(page, 'review-held-on', REVIEW_ON);
    await page.getByTestId('review-chair').fill('张建华');
    await page.getByTestId('review-attendees').fill(`${auditors.join('；')}；张敏`);
    for (const [key, text] of [
      ['previous_actions', '首次管理评审，无以往措施'],
      ['context_changes', '客户对追溯要求提高'],
      ['resources', '检验设备满足要求'],
      ['risk_actions', '原料批次风险已受控'],
      ['improvement_opportunities', '出厂检验可进一步细化'],
    ] as const)
      await page.getByTestId(`review-input-${key}`).fill(text);
    await page.getByTestId('review-output-0-text').fill('完善出厂检验规程');
    await page.getByTestId('review-output-0-owner').fill(auditors[0]!);
    await typeDate(page, 'review-output-0-due-on', demoDay('2026-12-20'));
    await page.getByTestId('review-conclusion').fill('质量管理体系适宜、充分、有效');
    await page.getByTestId('review-form').scrollIntoViewIfNeeded();
    await screenshot(page, '107-review-form');
    await page.getByTestId('review-save').click();

    // reviewed: the stage label of the catalog, the lifecycle timeline's entry, the milestones' dates
    await expect.poll(() => page.getByTestId('stage-tag').getAttribute('data-stage')).toBe('reviewed');
    expect(await page.getByTestId('stage-tag').textContent()).toContain('内审与管理评审');
    await page.getByTestId('review-recorded').waitFor();
    expect(await page.getByTestId('review-recorded').textContent()).toContain(REVIEW_ON);
    expect(await page.getByTestId('review-record-input-performance').textContent()).toContain('已关闭不符合项 1 项');
    expect(await page.getByTestId('improvement-action-0').getAttribute('data-state')).toBe('open');
    await page.getByTestId('review-record').scrollIntoViewIfNeeded();
    await screenshot(page, '108-review-recorded');
    const entry = page.getByTestId('timeline-stage-reviewed');
    await expect.poll(() => entry.getAttribute('data-status')).toBe('current');
    expect(await entry.textContent()).toContain('内审与管理评审');
    const milestones = await page.getByTestId('file-section-progress').textContent();
    expect(milestones).toContain(AUDIT_START);
    expect(milestones).toContain(REVIEW_ON);
    await entry.scrollIntoViewIfNeeded();
    await screenshot(page, '109-reviewed-timeline');
    expect(await noOverflow(page)).toBeLessThanOrEqual(DESKTOP.width);
    await page.context().close();
  });
});
