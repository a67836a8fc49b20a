/**
 * The assistance in the browser (003 §6.5–6.6; ADR 0014): at phone width the assistance expert surveys 睢宁县佳美纺织有限公司 (demo
 * e09, stage assigned) partly offline — sub-items, a measure and a photo kept on the device —
 * comes back online and the draft syncs (and survives a reload); completes the survey and
 * generates the diagnosis report; the enterprise confirms it online; the expert drafts the plan
 * with two indicators (one lower-is-better) and submits it; the enterprise comments, the expert
 * revises, the enterprise accepts. Screenshots 30–39 go to artifacts/e2e/.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ANNEX_A_TEMPLATE } from '../domain/survey/annex-a-template.js';
import { useServerAndBrowser } from './helpers/journey.js';
import { screenshot as fullScreenshot, signIn, pickOption } from './helpers/browser.js';

const journey = useServerAndBrowser();
const ENTERPRISE = '睢宁县佳美纺织有限公司';
const PHONE = { width: 390, height: 844 };

/** A 1×1 PNG: the server tells the type by content. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A full-page screenshot from the top (the survey's status bar is sticky). */
async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullScreenshot(page, name);
}

async function syncState(page: Page): Promise<string | null> {
  return page.getByTestId('survey-sync-status').getAttribute('data-state');
}

async function typeDate(page: Page, testId: string, date: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Opens a survey item's panel unless it is open. */
async function openItem(page: Page, itemKey: string, probeSubItem: string) {
  if (!(await page.getByTestId(`survey-sub-${probeSubItem}`).isVisible()))
    await page.getByTestId(`survey-item-${itemKey}`).click();
  await page.getByTestId(`survey-sub-${probeSubItem}`).waitFor();
}

it('surveys offline on a phone, syncs, diagnoses, and agrees the plan with the enterprise', {
  timeout: 300_000,
}, async () => {
  const base = journey.server.url;

  // ---- the expert, on a phone ----
  const expertContext = await journey.browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
  const expert = await expertContext.newPage();
  await signIn(expert, base, 'expert4');
  await expert.goto(`${base}/participations`);
  await expert.getByTestId('participation-table').getByText(ENTERPRISE).first().click();
  await expert.waitForURL(/\/participations\/[0-9a-f-]{36}$/);
  const fileUrl = expert.url();
  await expert.getByTestId('survey-card').waitFor();
  expect(await expert.getByTestId('survey-status').getAttribute('data-status')).toBe('none');
  await screenshot(expert, '30-assistance-expert-file');

  await expert.getByTestId('survey-open').click();
  await expert.waitForURL(/\/survey$/);
  await expect.poll(() => syncState(expert)).toBe('saved');

  // 1. offline: the draft stays on the device
  await expertContext.setOffline(true);
  await expect.poll(() => syncState(expert)).toBe('offline');
  await typeDate(expert, 'survey-surveyed-on', '2026-06-10');
  await expert.getByTestId('survey-method-site_observation').check();
  await expert.getByTestId('survey-method-interview').check();
  await expert.getByTestId('survey-interviewee-add').click();
  await expert.getByTestId('survey-interviewee-0-name').fill('吴佳美');
  await expert.getByTestId('survey-interviewee-0-position').fill('总经理');

  await openItem(expert, 'compliance_integrity', 'compliance_integrity.1');
  await expert.getByTestId('survey-status-compliance_integrity.1-conforming').click();
  await expert.getByTestId('survey-finding-compliance_integrity.1').fill('营业执照在有效期内');
  await expert
    .getByTestId('survey-photo-input-compliance_integrity.1')
    .setInputFiles({ name: '营业执照.png', mimeType: 'image/png', buffer: PHOTO });
  await expert.getByTestId('survey-photo-pending-compliance_integrity.1-0').waitFor();
  await expert.getByTestId('survey-status-compliance_integrity.2-conforming').click();

  await openItem(expert, 'customer_satisfaction', 'customer_satisfaction.5');
  await expert.getByTestId('survey-status-customer_satisfaction.5-partial').click();
  await expert.getByTestId('survey-value-customer_satisfaction.5').fill('3.2');
  await expert.getByTestId('survey-period-customer_satisfaction.5').fill('2025年');
  await expert.getByTestId('survey-finding-customer_satisfaction.5').fill('退货只做返工处理，未分析原因');

  await expect.poll(() => syncState(expert)).toBe('offline');
  await expert.getByTestId('survey-offline').waitFor();
  const stored = await expert.evaluate(
    () => Object.entries(localStorage).find(([k]) => k.startsWith('uplift.survey-draft.'))?.[1] ?? null,
  );
  expect(JSON.parse(stored!)).toMatchObject({ baseRevision: 0, dirty: true, survey: { surveyedOn: '2026-06-10' } });
  await screenshot(expert, '31-assistance-survey-offline');

  // 2. back online: the photo uploads first, then the draft syncs
  await expertContext.setOffline(false);
  await expect.poll(() => syncState(expert), { timeout: 20_000 }).toBe('saved');
  await expect
    .poll(() => expert.getByTestId('survey-photos-compliance_integrity.1').getAttribute('data-count'))
    .toBe('1');
  expect(await expert.getByTestId('survey-photos-compliance_integrity.1').getAttribute('data-pending')).toBe('0');

  // … and a reload shows the server's copy with the values
  await expert.reload();
  await expect.poll(() => syncState(expert)).toBe('saved');
  expect(await expert.getByTestId('survey-surveyed-on').inputValue()).toBe('2026-06-10');
  await openItem(expert, 'customer_satisfaction', 'customer_satisfaction.5');
  expect(await expert.getByTestId('survey-value-customer_satisfaction.5').inputValue()).toBe('3.2');
  expect(await expert.getByTestId('survey-sub-customer_satisfaction.5').getAttribute('data-status')).toBe('partial');
  await openItem(expert, 'compliance_integrity', 'compliance_integrity.1');
  await expert.getByTestId('survey-photo-compliance_integrity.1-0').waitFor();
  await screenshot(expert, '32-assistance-survey-synced');

  // 3. the rest: 其余设为符合 for the sub-items that are not measures, then every measure's value
  await expert.getByTestId('survey-fill-conforming').click();
  if ((await expert.getByTestId('survey-expand-all').textContent())?.includes('展开'))
    await expert.getByTestId('survey-expand-all').click();
  let first = true;
  for (const item of ANNEX_A_TEMPLATE.items) {
    for (const sub of item.subItems) {
      if (!sub.measure || sub.key === 'customer_satisfaction.5') continue;
      await expert.getByTestId(`survey-status-${sub.key}-conforming`).click();
      const value = sub.measure.unit === '%' ? (sub.measure.direction === 'higher_is_better' ? '92' : '3') : '2';
      await expert.getByTestId(`survey-value-${sub.key}`).fill(value);
      // the period entered once is suggested for the next values
      if (first) await expect.poll(() => expert.getByTestId(`survey-period-${sub.key}`).inputValue()).toBe('2025年');
      first = false;
    }
  }
  for (const check of ['qualifications_valid', 'not_dishonest_2y', 'no_quality_penalty_or_exposure']) {
    await expert.getByTestId(`survey-check-${check}-pass`).click();
  }
  await expert.getByTestId('survey-check-qualifications_valid-note').fill('营业执照、排污许可证有效');
  await expert.getByTestId('survey-problem-add').click();
  await expert.getByTestId('survey-problem-0-title').fill('客户退货缺少原因分析');
  await expert.getByTestId('survey-problem-0-description').fill('退货只做返工处理，未统计原因、未采取纠正措施');
  await expert.getByTestId('survey-ideas').fill('希望先把检验和不合格品控制做扎实');
  await expert.getByTestId('survey-has-measures-no').click();
  await expert.getByTestId('survey-resource-add').click();
  await expert.getByTestId('survey-resource-0-description').fill('质量负责人 1 名');
  await expert.getByTestId('survey-resource-0-limit').fill('每周 2 天');

  await expect.poll(() => expert.getByTestId('survey-open-problems').count()).toBe(0);
  await expect.poll(() => syncState(expert), { timeout: 20_000 }).toBe('saved');
  await expect.poll(() => expert.getByTestId('survey-complete').isEnabled()).toBe(true);
  await expert.getByTestId('survey-complete').click();
  await expert.getByTestId('survey-completed').waitFor();
  await screenshot(expert, '33-assistance-survey-completed');

  // 4. the diagnosis report
  await expert.getByTestId('survey-back-to-file').click();
  await expert.getByTestId('diagnosis-section').waitFor();
  await expect.poll(() => expert.getByTestId('survey-status').getAttribute('data-status')).toBe('completed');
  await expert.getByTestId('diagnosis-issue').click();
  await expect.poll(() => expert.getByTestId('diagnosis-status').getAttribute('data-status')).toBe('issued');
  expect(await expert.getByTestId('diagnosis-opinions').textContent()).toContain('客户退货缺少原因分析');
  const [docx] = await Promise.all([expert.waitForEvent('download'), expert.getByTestId('diagnosis-docx').click()]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  await screenshot(expert, '34-assistance-diagnosis-issued');

  // ---- the enterprise confirms the report online (desktop) ----
  const enterpriseContext = await journey.browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
  });
  const enterprise = await enterpriseContext.newPage();
  await signIn(enterprise, base, 'ent09');
  await enterprise.goto(fileUrl);
  await enterprise.getByTestId('diagnosis-confirm-panel').waitFor();
  await enterprise.getByTestId('diagnosis-signer-name').fill('吴佳美');
  await enterprise.getByTestId('diagnosis-read').check();
  await enterprise.getByTestId('diagnosis-confirm').click();
  await expect.poll(() => enterprise.getByTestId('diagnosis-status').getAttribute('data-status')).toBe('confirmed');
  await expect.poll(() => enterprise.getByTestId('stage-tag').getAttribute('data-stage')).toBe('diagnosed');
  await enterprise.getByTestId('diagnosis-confirmation').waitFor();
  await screenshot(enterprise, '35-assistance-diagnosis-confirmed');

  // ---- the expert drafts the plan with two indicators and submits it ----
  await expert.reload();
  await expert.getByTestId('plan-editor').waitFor();
  await expert.getByTestId('plan-prefill').click();
  await expert.getByTestId('plan-training-3').waitFor();
  // a lower-is-better indicator from the survey: 客户退货率, surveyed 3.2 %
  await expert.getByTestId('plan-indicator-add').click();
  await pickOption(expert, 'plan-indicator-0-item', '顾客关系及顾客满意');
  await pickOption(expert, 'plan-indicator-0-subitem', '客户退货率');
  await expect.poll(() => expert.getByTestId('plan-indicator-0-baseline').inputValue()).toBe('3.2');
  expect(await expert.getByTestId('plan-indicator-0-name').inputValue()).toBe('客户退货率');
  await expect
    .poll(async () => (await expert.getByTestId('plan-indicator-0-direction').textContent()) ?? '')
    .toContain('越低越好');
  await expert.getByTestId('plan-indicator-0-target').fill('1.5');
  await expert.getByTestId('plan-indicator-0-method').fill('退货台账按季度统计');
  // a higher-is-better one typed by hand
  await expert.getByTestId('plan-indicator-add').click();
  await pickOption(expert, 'plan-indicator-1-item', '产品实现与服务提供');
  await expert.getByTestId('plan-indicator-1-name').fill('关键工序检验记录完整率');
  await expert.getByTestId('plan-indicator-1-unit').fill('%');
  await expert.getByTestId('plan-indicator-1-baseline').fill('60');
  await expert.getByTestId('plan-indicator-1-target').fill('95');
  await expert.getByTestId('plan-indicator-1-method').fill('抽查检验记录，按月统计');
  await expect.poll(() => expert.getByTestId('plan-submission-problems').count()).toBe(0);
  await expert.getByTestId('plan-save').click();
  await expect.poll(() => expert.getByTestId('plan-editor').getAttribute('data-dirty')).toBe('false');
  await expert.getByTestId('plan-submit').click();
  await expect.poll(() => expert.getByTestId('plan-status').getAttribute('data-status')).toBe('submitted');
  await screenshot(expert, '36-assistance-plan-submitted');

  // ---- the enterprise comments ----
  await enterprise.reload();
  await enterprise.getByTestId('plan-respond').waitFor();
  expect(await enterprise.getByTestId('plan-indicators-table').textContent()).toContain('客户退货率');
  await enterprise.getByTestId('plan-comment').fill('退货率目标可否分两阶段实现？第一阶段先降到 2.5%。');
  await enterprise.getByTestId('plan-comment-send').click();
  await expect.poll(() => enterprise.getByTestId('plan-status').getAttribute('data-status')).toBe('commented');
  await screenshot(enterprise, '37-assistance-plan-commented');

  // ---- the expert revises ----
  await expert.reload();
  await expert.getByTestId('plan-editor').waitFor();
  expect(await expert.getByTestId('plan-comments').textContent()).toContain('分两阶段');
  await expert.getByTestId('plan-indicator-0-method').fill('退货台账按季度统计；第一阶段（三个月）降至 2.5%');
  await expert.getByTestId('plan-revise').click();
  await expect.poll(() => expert.getByTestId('plan-status').getAttribute('data-status')).toBe('revised');
  await screenshot(expert, '38-assistance-plan-revised');

  // ---- the enterprise accepts ----
  await enterprise.reload();
  await enterprise.getByTestId('plan-accept').click();
  await enterprise.getByTestId('plan-accept-ok').click();
  await expect.poll(() => enterprise.getByTestId('plan-status').getAttribute('data-status')).toBe('accepted');
  await expect.poll(() => enterprise.getByTestId('stage-tag').getAttribute('data-stage')).toBe('plan_agreed');
  await enterprise.getByTestId('plan-baseline-1').waitFor();
  await enterprise.getByTestId('plan-docx-1').waitFor();
  await screenshot(enterprise, '39-assistance-plan-accepted');

  await enterpriseContext.close();
  await expertContext.close();
});
