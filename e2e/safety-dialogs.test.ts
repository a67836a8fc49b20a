/**
 * The safety dialogs walked as users walk them: a contact reveal with a reason, a direct assignment
 * that keeps the pair rules, a certification with an audit team and decision makers, a screening the
 * rule cannot settle, a campaign with several report-due dates, the sign-out warning for unsynced
 * drafts (phone width), and a region list without retired counties. Screenshots 50– go to artifacts/e2e/.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { withUsccCheckChar } from '../domain/uscc/uscc.js';
import { useServerAndBrowser } from './helpers/journey.js';
import { screenshot, signIn } from './helpers/browser.js';
import { demoCal, demoDay } from './helpers/demo-calendar.js';

const journey = useServerAndBrowser();
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
/** Enum values, field names and error codes never reach the screen: a lower_snake or UPPER_SNAKE word. */
const INTERNAL = /\b[a-z]+_[a-z_]+\b|\b[A-Z]+_[A-Z_]+\b/;

/** Sign-ins are rate-limited per minute: each user signs in once per file, through the API and in the browser. */
const apiSessions = new Map<string, ReturnType<typeof signInApi>>();
const browserSessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();

function api(username: string) {
  if (!apiSessions.has(username)) apiSessions.set(username, signInApi(username));
  return apiSessions.get(username)!;
}

async function signInApi(username: string) {
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

async function participationId(name: string): Promise<string> {
  const list = await (await api('national')).get(`/api/v1/participations?q=${encodeURIComponent(name)}`);
  return list.json.items[0].id;
}

async function desktop(browser: Browser, username: string): Promise<Page> {
  const storageState = browserSessions.get(username);
  const context = await browser.newContext({
    viewport: DESKTOP,
    locale: 'zh-CN',
    ...(storageState ? { storageState } : {}),
  });
  const page = await context.newPage();
  if (!storageState) {
    await signIn(page, journey.server.url, username);
    browserSessions.set(username, await context.storageState());
  }
  return page;
}

async function visibleText(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).textContent()) ?? '';
}

/** Types a name into a (multiple) select, chooses the match with Enter, and closes the list by a click on the dialog's title. */
async function pickBySearch(page: Page, testId: string, name: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(name);
  await expect.poll(() => page.locator('.ant-select-item-option-active', { hasText: name }).count()).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await page.locator('.ant-modal-title').click(); // Escape would close the dialog
  await expect.poll(() => visibleText(page, testId)).toContain(name);
}

async function typeDate(page: Page, testId: string, date: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** An application by the 徐州 bureau to its walked campaign (an education school unless overridden). */
async function applyAs(client: Awaited<ReturnType<typeof signInApi>>, over: Record<string, unknown>): Promise<string> {
  const campaigns = await client.get('/api/v1/campaigns');
  const campaignId = (campaigns.json.items as Array<{ id: string; name: string }>).find((c) =>
    c.name.startsWith(`${demoCal.year}年徐州市`),
  )!.id;
  const created = await client.post(`/api/v1/campaigns/${campaignId}/applications`, {
    name: '徐州启明职业培训学校有限公司',
    regionCode: '320321',
    industryCode: '35',
    certificationStatus: 'none',
    contactName: '钱明',
    contactPhone: '13912340001',
    willing: true,
    resources: '校长牵头，每周1天',
    ...over,
  });
  expect(created.status).toBe(201);
  return created.json.participationId as string;
}

/** The eight items the officer checks by hand, all passed with evidence and source. */
async function answerManualItems(page: Page) {
  for (const key of [
    'registered_in_region',
    'licences',
    'not_abnormal_list',
    'not_dishonesty_list',
    'no_major_accident',
    'no_quality_penalty',
    'operating_normally',
    'willing_and_resourced',
  ]) {
    await page.getByTestId(`screening-result-${key}-pass`).click();
    await page.getByTestId(`screening-evidence-${key}`).fill('核查无异常');
    await page.getByTestId(`screening-source-${key}`).fill('国家企业信用信息公示系统');
  }
}

describe('safety dialogs at 1366×768', () => {
  it('reveals a contact only with a reason; "other" needs a note', async () => {
    const page = await desktop(journey.browser, 'fengxian');
    await page.goto(`${journey.server.url}/participations/${await participationId('丰县绿源木业')}`);
    await page.getByTestId('contact-reveal').click();
    const dialog = page.getByTestId('reveal-dialog');
    await dialog.waitFor();
    expect(await visibleText(page, 'contact-phone')).not.toContain('13600000003');

    // "other" without a note is refused in the dialog
    await page.getByTestId('reveal-reason-other').click();
    await dialog.locator('.ant-btn-primary').click();
    await expect.poll(async () => (await dialog.textContent()) ?? '').toMatch(/说明|备注/);
    await screenshot(page, '50-reveal-other-needs-note');
    expect(await dialog.textContent()).not.toMatch(INTERNAL);

    await page.getByTestId('reveal-note').fill('企业电话变更，核对新号码');
    await dialog.locator('.ant-btn-primary').click();
    await expect.poll(() => visibleText(page, 'contact-phone')).toContain('13600000003');
    expect(await visibleText(page, 'contact-name')).toContain('陈晓');
    await screenshot(page, '51-reveal-shown');
    await page.context().close();
  });

  it('a direct assignment warns of a hard rule, requires a reason, then assigns', async () => {
    const page = await desktop(journey.browser, 'cbmanager');
    await page.goto(`${journey.server.url}/participations/${await participationId('徐州鼓楼智联')}`);
    await page.getByTestId('command-assign').click();
    await page.getByTestId('command-form-assign').waitFor();
    await pickBySearch(page, 'field-expertUserIds', '冯雪');
    await expect
      .poll(async () => (await page.getByTestId('assign-hard').allTextContents()).join(' '))
      .toContain('专业类别');
    const form = page.getByTestId('command-form-assign');
    await page.getByTestId('command-submit').click();
    await expect.poll(async () => (await form.textContent()) ?? '').toMatch(/请填写|原因/);
    await screenshot(page, '52-assign-hard-rule-reason-required');
    expect(await page.getByRole('dialog').textContent()).not.toMatch(INTERNAL);

    await page.getByTestId('field-reason').fill('企业主营系统集成，冯雪有同类项目帮扶经验');
    await page.getByTestId('command-submit').click();
    await page.getByTestId('command-confirm').click();
    await expect.poll(() => page.getByTestId('stage-tag').getAttribute('data-stage')).toBe('assigned');
    await screenshot(page, '53-assign-done');
    await page.context().close();
  });

  it('Enter in the operation-start date moves nothing; the move asks first, naming the stage and the date', async () => {
    const page = await desktop(journey.browser, 'expert');
    await page.goto(`${journey.server.url}/participations/${await participationId('沛县宏图包装印刷')}`);
    // 000 §二(4): operation starts through its record in the 方案实施 section, never a bare stage button
    expect(await page.getByTestId('command-start_operation').count()).toBe(0);
    await page.getByTestId('operation-start-open').click();
    await page.getByTestId('operation-start-form').waitFor();
    const started = demoDay('2026-11-20');
    await typeDate(page, 'field-operationStartedOn', started);
    // Enter took the typed date and sent nothing: no confirmation, the stage unchanged
    expect(await page.getByTestId('field-operationStartedOn').inputValue()).toBe(started);
    await page.waitForTimeout(500);
    expect(await page.getByTestId('command-confirmation').count()).toBe(0);
    expect(await page.getByTestId('stage-tag').getAttribute('data-stage')).toBe('implementing');
    await page.getByTestId('command-submit').click();
    const confirmation = page.getByTestId('command-confirmation');
    await expect.poll(async () => (await confirmation.textContent()) ?? '').toContain('体系运行');
    expect(await confirmation.textContent()).toContain(started);
    await screenshot(page, '64-start-operation-confirm');
    expect(await page.getByRole('dialog').textContent()).not.toMatch(INTERNAL);
    expect(await page.getByTestId('stage-tag').getAttribute('data-stage')).toBe('implementing');
    await page.getByTestId('command-confirm').click();
    await expect.poll(() => page.getByTestId('stage-tag').getAttribute('data-stage')).toBe('operating');
    await page.context().close();
  });

  it('certifies with an audit team and decision makers; the assisting expert is barred', async () => {
    const page = await desktop(journey.browser, 'cbmanager');
    await page.goto(`${journey.server.url}/participations/${await participationId('丰县绿源木业')}`);
    await page.getByTestId('command-certify').click();
    const form = page.getByTestId('command-form-certify');
    await form.waitFor();
    await page.getByTestId('field-auditorUserIds').click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    const barred = page.locator('.ant-select-dropdown:visible .ant-select-item-option-disabled');
    await expect.poll(async () => (await barred.allTextContents()).join(' ')).toContain('黄涛');
    await screenshot(page, '54-certify-team-barred-expert');
    const dropdownText = (await options.allTextContents()).join(' ');
    expect(dropdownText).not.toMatch(INTERNAL);
    await barred.filter({ hasText: '黄涛' }).first().click({ force: true });
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '刘洋' }).first().click();
    await page.locator('.ant-modal-title').click();
    expect(await page.getByTestId('field-auditorUserIds').textContent()).not.toContain('黄涛');
    await pickBySearch(page, 'field-decisionMakerUserIds', '吴敏');
    await page.getByTestId('field-certificateNumber').fill(`026${demoCal.year}Q00003R0S`);
    await typeDate(page, 'field-certificateIssuedOn', demoDay('2026-11-10'));
    await screenshot(page, '55-certify-filled');
    await page.getByTestId('command-submit').click();
    await page.getByTestId('command-confirm').click();
    await expect.poll(() => page.getByTestId('stage-tag').getAttribute('data-stage')).toBe('certified');
    await screenshot(page, '56-certified');
    await page.context().close();
  });

  it('screens an education enterprise whose size the rule cannot settle, answered with evidence', async () => {
    const id = await applyAs(await api('xuzhou'), {
      uscc: withUsccCheckChar('91320321MA1EDUC01'),
      sizeIndustry: 'education',
      employees: 18,
      revenueWan: 300,
    });

    const page = await desktop(journey.browser, 'xuzhou');
    await page.goto(`${journey.server.url}/participations/${id}`);
    await page.getByTestId('screening-panel').waitFor();
    await page.getByTestId('screening-undecided-small_or_micro').waitFor();
    await answerManualItems(page);
    await page.getByTestId('screening-result-small_or_micro-pass').click();
    await page.getByTestId('screening-evidence-small_or_micro').fill('2025年年报：从业人员18人，营业收入300万元');
    await page.getByTestId('screening-source-small_or_micro').fill('企业2025年度报告');
    await screenshot(page, '57-screening-size-answered');
    expect(await visibleText(page, 'screening-panel')).not.toMatch(INTERNAL);
    await page.getByTestId('screening-save').click();
    await expect.poll(() => page.getByTestId('screening-outcome').getAttribute('data-outcome')).toBe('eligible');
    await page.getByTestId('command-screen').click();
    await page.getByTestId('command-submit').click();
    await page.getByTestId('command-confirm').click();
    await expect.poll(() => page.getByTestId('stage-tag').getAttribute('data-stage')).toBe('screened');
    await screenshot(page, '58-screening-screened');
    await page.context().close();
  });

  it('passing a screening that found the enterprise not eligible asks for a reason, which the file then shows', async () => {
    const xuzhou = await api('xuzhou');
    const id = await applyAs(xuzhou, {
      uscc: withUsccCheckChar('91320321MA1EDUC03'),
      name: '丰县复核机械有限公司',
      industryCode: '18',
      sizeIndustry: 'industrial',
      employees: 45,
      revenueWan: 1500,
    });
    const page = await desktop(journey.browser, 'xuzhou');
    await page.goto(`${journey.server.url}/participations/${id}`);
    await page.getByTestId('screening-panel').waitFor();
    await answerManualItems(page);
    await page.getByTestId('screening-result-no_quality_penalty-fail').click();
    await page.getByTestId('screening-save').click();
    await expect.poll(() => page.getByTestId('screening-outcome').getAttribute('data-outcome')).toBe('ineligible');
    await page.getByTestId('command-screen').click();
    await page.getByTestId('screen-ineligible-warning').waitFor();
    // no reason: the dialog asks for it and sends nothing
    await page.getByTestId('command-submit').click();
    await expect
      .poll(async () => (await page.getByTestId('command-form-screen').textContent()) ?? '')
      .toContain('请填写原因');
    expect(await page.getByTestId('command-confirmation').count()).toBe(0);
    await screenshot(page, '65-screen-ineligible-reason-required');
    expect(await page.getByRole('dialog').textContent()).not.toMatch(INTERNAL);
    const reason = '处罚已于两年前履行完毕，经复核同意进入遴选';
    await page.getByTestId('field-reason').fill(reason);
    await page.getByTestId('command-submit').click();
    await expect
      .poll(async () => (await page.getByTestId('command-confirmation').textContent()) ?? '')
      .toContain(reason);
    await page.getByTestId('command-confirm').click();
    await expect.poll(() => page.getByTestId('stage-tag').getAttribute('data-stage')).toBe('screened');
    await expect
      .poll(async () => (await page.getByTestId('timeline-stage-screened').textContent()) ?? '')
      .toContain(reason);
    await page.context().close();
  });

  it('screens an enterprise with a missing figure after a recorded correction of its figures', async () => {
    const xuzhou = await api('xuzhou');
    const id = await applyAs(xuzhou, {
      uscc: withUsccCheckChar('91320321MA1EDUC02'),
      name: '丰县精工机械有限公司',
      industryCode: '18',
      sizeIndustry: 'industrial',
      employees: 45,
    });

    const page = await desktop(journey.browser, 'xuzhou');
    await page.goto(`${journey.server.url}/participations/${id}`);
    await page.getByTestId('screening-undecided-small_or_micro').waitFor();
    await page.getByTestId('figures-correct').click();
    const dialog = page.getByTestId('figures-modal');
    await page.getByTestId('figures-revenueWan').fill('1500');
    // the reason is required before the correction can be made
    await expect.poll(() => visibleText(page, 'figures-problems')).toMatch(/原因|理由/);
    expect(await page.getByTestId('figures-ok').isDisabled()).toBe(true);
    await screenshot(page, '59-screening-figures-reason-required');
    expect(await dialog.textContent()).not.toMatch(INTERNAL);
    await page.getByTestId('figures-reason').fill('企业补报2025年营业收入（年报）');
    await expect.poll(() => page.getByTestId('figures-ok').isDisabled()).toBe(false);
    await page.getByTestId('figures-ok').click();
    // the platform derives the size again: the item is settled by the rule, the correction recorded
    await expect.poll(() => page.getByTestId('screening-undecided-small_or_micro').count()).toBe(0);
    await expect.poll(() => visibleText(page, 'figures-corrections')).toContain('企业补报2025年营业收入');
    await answerManualItems(page);
    await page.getByTestId('screening-save').click();
    await expect.poll(() => page.getByTestId('screening-outcome').getAttribute('data-outcome')).toBe('eligible');
    await screenshot(page, '60-screening-figures-corrected');
    expect(await visibleText(page, 'screening-panel')).not.toMatch(INTERNAL);
    await page.getByTestId('command-screen').click();
    await page.getByTestId('command-submit').click();
    await page.getByTestId('command-confirm').click();
    await expect.poll(() => page.getByTestId('stage-tag').getAttribute('data-stage')).toBe('screened');
    await page.context().close();
  });

  it('a campaign holds two more report-due dates; a mid-term evaluation outside the assistance period is named live', async () => {
    const xuzhou = await api('xuzhou');
    const campaigns = await xuzhou.get('/api/v1/campaigns');
    const campaignId = (campaigns.json.items as Array<{ id: string; name: string }>).find((c) =>
      c.name.startsWith(`${demoCal.year}年徐州市`),
    )!.id;
    const page = await desktop(journey.browser, 'xuzhou');
    await page.goto(`${journey.server.url}/campaigns/${campaignId}/edit`);
    await page.getByTestId('field-phases').waitFor();
    const rows = await page.locator('[data-testid^="phase-row-"]').count();
    await page.getByTestId('phase-add-report-due').click();
    await page.getByTestId('phase-add-report-due').click();
    // a report-due row asks for its one date
    expect(await visibleText(page, `phase-row-${rows}`)).toContain('截止日期');
    await typeDate(page, `field-phases-${rows}-startsOn`, demoDay('2026-07-20'));
    await typeDate(page, `field-phases-${rows + 1}-startsOn`, demoDay('2026-09-20'));
    const midTerm = await page
      .locator('[data-testid^="phase-row-"]', { hasText: '中期评估' })
      .first()
      .getAttribute('data-testid');
    const midIndex = Number(midTerm!.replace('phase-row-', ''));
    // the assistance period ends on 31 October: a mid-term evaluation running into November leaves it
    await typeDate(page, `field-phases-${midIndex}-endsOn`, demoDay('2026-11-15'));
    await expect.poll(() => visibleText(page, `phase-row-${midIndex}`)).toContain('中期评估须在帮扶实施阶段之内');
    await screenshot(page, '61-campaign-midterm-outside');
    expect(await visibleText(page, `phase-row-${midIndex}`)).not.toMatch(INTERNAL);
    await typeDate(page, `field-phases-${midIndex}-endsOn`, demoDay('2026-08-31'));
    await expect.poll(() => page.getByTestId('campaign-problems').count()).toBe(0);
    expect(await visibleText(page, `phase-row-${midIndex}`)).not.toContain('中期评估须在');
    await page.getByTestId('campaign-save').click();
    await page.waitForURL(new RegExp(`/campaigns/${campaignId}$`));
    // a report-due date is one day: shown as a deadline, not as "from"
    await expect.poll(async () => (await page.textContent('body')) ?? '').toContain(`${demoDay('2026-09-20')} 截止`);
    expect(await page.textContent('body')).not.toContain(`${demoDay('2026-05-20')} 起`);
    // in date order, wherever the dates were added
    const phases = (await page.textContent('body'))!;
    expect(phases.indexOf(`${demoDay('2026-07-20')} 截止`)).toBeLessThan(
      phases.indexOf(`${demoDay('2026-11-20')} 截止`),
    );
    await screenshot(page, '62-campaign-saved-report-dues');
    await page.context().close();
  });

  it('the region list does not offer 港闸区 under 南通市', async () => {
    const page = await desktop(journey.browser, 'jiangsu');
    await page.goto(`${journey.server.url}/participations`);
    await page.getByTestId('participation-region').click();
    await page.locator('.ant-cascader-menu-item', { hasText: '江苏省' }).first().click();
    await page.locator('.ant-cascader-menu-item', { hasText: '南通市' }).first().click();
    const counties = page.locator('.ant-cascader-menu').nth(2).locator('.ant-cascader-menu-item');
    await expect.poll(async () => (await counties.allTextContents()).join(' ')).toContain('崇川区');
    await screenshot(page, '63-regions-nantong-without-gangzha');
    expect((await counties.allTextContents()).join(' ')).not.toContain('港闸区');
    await page.context().close();
  });
});

describe('sign-out at phone width', () => {
  it('warns of an unsynced survey draft, and staying is the default', async () => {
    const context = await journey.browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
    const page = await context.newPage();
    await signIn(page, journey.server.url, 'expert4');
    await page.goto(`${journey.server.url}/participations/${await participationId('睢宁县佳美纺织')}/survey`);
    await expect.poll(() => page.getByTestId('survey-sync-status').getAttribute('data-state')).toBe('saved');
    await context.setOffline(true);
    await expect.poll(() => page.getByTestId('survey-sync-status').getAttribute('data-state')).toBe('offline');
    await typeDate(page, 'survey-surveyed-on', demoDay('2026-06-10'));
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('uplift.survey-draft.'))))
      .toBe(true);

    await page.getByTestId('logout').click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.waitFor();
    await expect
      .poll(async () => await page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('留下来同步');
    await screenshot(page, '64-logout-unsynced-warning');
    expect(await confirm.textContent()).not.toMatch(INTERNAL);
    // it names what is pending, and nothing that is not
    expect(await confirm.textContent()).toContain('1 份调研草稿尚未同步');
    expect(await confirm.textContent()).not.toContain('0 张照片');
    await page.keyboard.press('Enter'); // the default: stay
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await page.getByTestId('current-role').isVisible()).toBe(true);
    await context.close();
  });
});
