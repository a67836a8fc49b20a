/**
 * Accounts from nothing (issue acceptance 1): the server starts with UPLIFT_DEMO=0 on an empty database, so the only
 * account is the one-time system administrator. It creates 江苏省局 and its first officer; that officer activates the
 * shown link and creates 徐州市局 and its officer; the 徐州 officer activates, creates a campaign, a certification body
 * and its administrator; the body's administrator activates and adds an expert; an enterprise applies through
 * /apply, is screened and selected; its contact activates the invitation and sees its own file and nothing else.
 * Screenshots go to artifacts/e2e/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { useServerAndBrowser } from './helpers/journey.js';
import { pickOption, screenshot, signIn } from './helpers/browser.js';
import { withUsccCheckChar } from '../domain/uscc/uscc.js';
import { BODY_CRITERIA } from '../domain/intake/body-criteria.js';
import { AUTOMATIC_SCREENING_ITEMS, SCREENING_ITEMS } from '../domain/intake/screening.js';
import { intake } from '../contracts/intake.js';
import { fillPath } from '../contracts/endpoint.js';
import { ACCOUNT_COLUMNS } from '../domain/access/account-columns.js';

// the journey signs in and activates more than the default 10 times a minute from one address (server/test/rate-limit.test.ts holds the limit)
const journey = useServerAndBrowser({ UPLIFT_DEMO: '0', AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-accounts-'));
afterAll(() => fs.rmSync(files, { recursive: true, force: true }));

/** Every password set in this journey meets the policy (R02) and contains no login name. */
const PASSWORD = 'Qm7#vLp2-Wx';

const desktop = (browser: Browser) =>
  browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', acceptDownloads: true });
const phone = (browser: Browser) =>
  browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });

/** The bootstrap administrator's one-time password, printed once by the server on an empty database. */
async function bootstrapPassword(): Promise<string> {
  const pattern = /first administrator: sysadmin \/ (\S+)/;
  await expect.poll(() => pattern.test(journey.server.output()), { timeout: 10_000 }).toBe(true);
  return pattern.exec(journey.server.output())![1]!;
}

/** Sign in with a one-time password and replace it on the forced change page. */
async function signInAndChangePassword(
  page: Page,
  username: string,
  oneTime: string,
  newPassword = PASSWORD,
): Promise<void> {
  await page.goto(`${journey.server.url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(oneTime);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-password').fill(oneTime);
  await page.getByTestId('new-password').fill(newPassword);
  await expect.poll(() => page.getByTestId('password-hints').getAttribute('data-ok')).toBe('true');
  await page.getByTestId('confirm-password').fill(newPassword);
  await page.getByTestId('change-password-submit').click();
  await page.getByTestId('current-role').waitFor();
}

/** The activation link shown after creating or inviting an account. */
async function shownActivationLink(page: Page): Promise<string> {
  const link = page.getByTestId('activation-link-url');
  await link.waitFor();
  const shown = ((await link.textContent()) ?? '').trim();
  expect(shown).toMatch(/^http.*\/activate\?token=/);
  // a click that lands while the dialog still animates in can be lost on a busy machine: close again if it stays
  for (let attempt = 0; attempt < 3 && (await page.getByTestId('activation-link').count()) > 0; attempt++) {
    await page.getByTestId('activation-link-close').click();
    await page
      .getByTestId('activation-link')
      .waitFor({ state: 'detached', timeout: 8_000 })
      .catch(() => {});
  }
  await page.getByTestId('activation-link').waitFor({ state: 'detached' });
  return shown;
}

/** Open an activation link in a fresh context, set the password under the policy, then sign in. */
async function activate(
  browser: Browser,
  link: string,
  username: string,
  name: string,
  open: (browser: Browser) => Promise<BrowserContext> = desktop,
): Promise<BrowserContext> {
  const context = await open(browser);
  const page = await context.newPage();
  await page.goto(link);
  await page.getByTestId('activate-password').fill('short');
  expect(await page.getByTestId('password-hints').getAttribute('data-ok')).toBe('false');
  await page.getByTestId('activate-password').fill(PASSWORD);
  await expect.poll(() => page.getByTestId('password-hints').getAttribute('data-ok')).toBe('true');
  await page.getByTestId('activate-confirm').fill(PASSWORD);
  await screenshot(page, `40-activate-${name}`);
  await page.getByTestId('activate-submit').click();
  await page.getByTestId('activate-done').waitFor();
  // the same link a second time says it was used
  await page.goto(link);
  await page.getByTestId('activate-invalid').waitFor();
  await signIn(page, journey.server.url, username, PASSWORD);
  return context;
}

interface NewOrganization {
  kind: 'bureau' | 'certification_body';
  name: string;
  /** The cascader's labels from the province down. */
  region: string[];
  approvalNumber?: string;
  admin: { displayName: string; username: string; mobile: string };
}

/** On /organizations: create an organization with its first administrator; answers the activation link. */
async function createOrganization(page: Page, org: NewOrganization): Promise<string> {
  await page.goto(`${journey.server.url}/organizations`);
  await page.getByTestId('org-create').click();
  await page.getByTestId(`org-kind-${org.kind}`).click();
  await page.getByTestId('org-name').fill(org.name);
  if (org.approvalNumber) await page.getByTestId('org-approvalNumber').fill(org.approvalNumber);
  await pickRegion(page, 'org-region', org.region);
  await page.getByTestId('admin-displayName').fill(org.admin.displayName);
  await page.getByTestId('admin-username').fill(org.admin.username);
  await page.getByTestId('admin-mobile').fill(org.admin.mobile);
  await page.getByTestId('org-submit').click();
  const link = await shownActivationLink(page);
  await page.getByTestId('org-tree').getByText(org.name).waitFor();
  return link;
}

async function typeDate(page: Page, testId: string, date: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Walks an antd cascader down the given labels (each level loads when opened). */
async function pickRegion(page: Page, testId: string, labels: string[]): Promise<void> {
  await page.getByTestId(testId).click();
  for (const [level, label] of labels.entries()) {
    const menu = page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu').nth(level);
    await menu.locator('.ant-cascader-menu-item', { hasText: label }).first().click();
  }
  // a level that may go deeper leaves the menu open: a second click on the field closes it (Escape would close a dialog)
  await page.waitForTimeout(300);
  if (await page.locator('.ant-cascader-dropdown:visible').count()) await page.getByTestId(testId).click();
  await expect.poll(() => page.locator('.ant-cascader-dropdown:visible').count()).toBe(0);
}

/** The 003 §6.2.2 application, as the public form sends it. */
function application(uscc: string, name: string, contactPhone: string) {
  return {
    uscc,
    name,
    regionCode: '320321',
    sizeIndustry: 'industrial',
    industryCode: '18',
    employees: 40,
    revenueWan: 900,
    certificationStatus: 'none' as const,
    contactName: '赵敏',
    contactPhone,
    willing: true,
  };
}

it('goes from the one-time system administrator to an enterprise that sees its own file', async () => {
  const url = journey.server.url;

  // 1. the one-time system administrator: forced password change, then 江苏省局 and its first officer
  const admin = await desktop(journey.browser);
  const adminPage = await admin.newPage();
  await signInAndChangePassword(adminPage, 'sysadmin', await bootstrapPassword());
  await expect.poll(() => adminPage.getByTestId('current-role').getAttribute('data-role')).toBe('system_admin');
  await adminPage.getByTestId('nav-organizations').waitFor();
  const jiangsuLink = await createOrganization(adminPage, {
    kind: 'bureau',
    name: '江苏省市场监督管理局',
    region: ['江苏省'],
    admin: { displayName: '钱江', username: 'js_qian', mobile: '13905140001' },
  });
  await screenshot(adminPage, '41-accounts-organizations-sysadmin');
  await adminPage.goto(`${url}/users`);
  await adminPage.getByTestId('users-table').getByText('js_qian').waitFor();
  // the mobile is masked in the list
  expect(await adminPage.getByTestId('users-table').textContent()).not.toContain('13905140001');
  await screenshot(adminPage, '42-accounts-users-sysadmin');
  await admin.close();

  // 2. the 江苏 officer activates and creates 徐州市局 and its officer
  const jiangsu = await activate(journey.browser, jiangsuLink, 'js_qian', 'jiangsu');
  const jiangsuPage = jiangsu.pages()[0]!;
  const xuzhouLink = await createOrganization(jiangsuPage, {
    kind: 'bureau',
    name: '徐州市市场监督管理局',
    region: ['徐州市'],
    admin: { displayName: '孙徐', username: 'xz_sun', mobile: '13905160002' },
  });
  await screenshot(jiangsuPage, '42-accounts-organizations-jiangsu');
  await jiangsu.close();

  // 3. the 徐州 officer activates, creates a campaign, a certification body and its administrator
  const xuzhou = await activate(journey.browser, xuzhouLink, 'xz_sun', 'xuzhou');
  const xuzhouPage = xuzhou.pages()[0]!;
  const bodyLink = await createOrganization(xuzhouPage, {
    kind: 'certification_body',
    name: '徐州汉邦质量认证有限公司',
    region: ['徐州市'],
    approvalNumber: 'CNCA-R-2026-088',
    admin: { displayName: '李汉', username: 'hb_li', mobile: '13905160003' },
  });
  // the accounts list at phone width
  await xuzhouPage.setViewportSize({ width: 390, height: 844 });
  await xuzhouPage.goto(`${url}/users`);
  await xuzhouPage.getByTestId('users-table').getByText('hb_li').waitFor();
  await screenshot(xuzhouPage, '42-accounts-users-xuzhou-phone');
  await xuzhouPage.setViewportSize({ width: 1366, height: 768 });
  await xuzhouPage.goto(`${url}/campaigns`);
  await xuzhouPage.getByTestId('campaign-create').click();
  await xuzhouPage.getByTestId('field-name').fill('2026年徐州市小微企业质量管理体系认证提升行动');
  // open for applications while its assistance phase runs
  await xuzhouPage.getByTestId('phase-add').click();
  await pickOption(xuzhouPage, 'field-phases-0-kind', '帮扶实施');
  await typeDate(xuzhouPage, 'field-phases-0-startsOn', '2026-12-01');
  await typeDate(xuzhouPage, 'field-phases-0-endsOn', '2027-06-30');
  await xuzhouPage.getByTestId('campaign-save').click();
  await xuzhouPage.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
  const campaignId = xuzhouPage.url().split('/').at(-1)!;
  await xuzhouPage.getByTestId('body-select').click();
  await pickOption(xuzhouPage, 'body-select-org', '徐州汉邦质量认证有限公司');
  for (const key of BODY_CRITERIA) {
    await xuzhouPage.getByTestId(`body-criterion-${key}`).check();
    await xuzhouPage.getByTestId(`body-criterion-${key}-evidence`).fill('资质证书与人员名单已核验');
  }
  await xuzhouPage.getByTestId('body-select-submit').click();
  await expect.poll(async () => (await xuzhouPage.textContent('body')) ?? '').toContain('徐州汉邦质量认证有限公司');

  // 4. the body's administrator activates and adds an assistance expert
  const body = await activate(journey.browser, bodyLink, 'hb_li', 'body');
  const bodyPage = body.pages()[0]!;
  await bodyPage.goto(`${url}/users`);
  await bodyPage.getByTestId('user-create').click();
  await bodyPage.getByTestId('user-displayName').fill('周专');
  await bodyPage.getByTestId('user-username').fill('hb_zhou');
  await bodyPage.getByTestId('user-mobile').fill('13905160004');
  await pickOption(bodyPage, 'user-role', '帮扶专家');
  await bodyPage.getByTestId('user-submit').click();
  expect(await shownActivationLink(bodyPage)).toMatch(/token=/);
  await bodyPage.getByTestId('users-table').getByText('hb_zhou').waitFor();
  await screenshot(bodyPage, '43-accounts-body-users');
  // the expert's account: its history, and a fresh link (the first one stops working)
  await bodyPage.getByTestId('user-manage-hb_zhou').click();
  await bodyPage.getByTestId('account-history').getByText('徐州汉邦质量认证有限公司').waitFor();
  expect(await bodyPage.getByTestId('account-status').first().getAttribute('data-status')).toBe('pending');
  await screenshot(bodyPage, '43-accounts-account-drawer');
  await bodyPage.getByTestId('account-invite').click();
  expect(await shownActivationLink(bodyPage)).toMatch(/token=/);
  await body.close();

  // 5. an enterprise applies through /apply on a phone (another one applies too, through the same public endpoint)
  const uscc = withUsccCheckChar('91320321MA5000001');
  const applicant = await phone(journey.browser);
  const applyPage = await applicant.newPage();
  await applyPage.goto(`${url}/apply`);
  await applyPage.getByTestId(`public-campaign-apply-${campaignId}`).click();
  const form = application(uscc, '丰县润泽食品有限公司', '13905160005');
  await applyPage.getByTestId('field-uscc').fill(form.uscc);
  await applyPage.getByTestId('field-name').fill(form.name);
  // the county from the cascader below the city campaign's 徐州市
  await applyPage.getByTestId('field-regionCode').click();
  await applyPage.locator('.ant-cascader-menu-item', { hasText: '丰县' }).first().click();
  await expect.poll(() => applyPage.locator('[data-testid="field-regionCode"]').textContent()).toContain('丰县');
  await pickOption(applyPage, 'field-sizeIndustry', '工业');
  // a long virtual list: typed to find
  await applyPage.getByTestId('field-industryCode').click();
  await applyPage.keyboard.type('18');
  await applyPage.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '18 ' }).first().click();
  await applyPage.getByTestId('field-employees').fill(String(form.employees));
  await applyPage.getByTestId('field-revenueWan').fill(String(form.revenueWan));
  await applyPage.getByText('未获证').click();
  await applyPage.getByTestId('field-contactName').fill(form.contactName);
  await applyPage.getByTestId('field-contactPhone').fill(form.contactPhone);
  await applyPage.getByTestId('field-willing').check();
  await applyPage.getByTestId('application-submit').click();
  await applyPage.getByTestId('public-apply-done').waitFor();
  await screenshot(applyPage, '44-accounts-apply-phone');
  await applicant.close();
  const other = await fetch(`${url}${fillPath(intake.applyPublicly.spec.path, { id: campaignId })}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(application(withUsccCheckChar('91320321MA5000002'), '丰县另一家有限公司', '13905160006')),
  });
  expect(other.status).toBe(201);
  const otherParticipationId = ((await other.json()) as { participationId: string }).participationId;

  // 6. the 徐州 officer screens and selects it; the contact's invitation link is shown to pass on
  await xuzhouPage.goto(`${url}/participations?campaignId=${campaignId}&q=${encodeURIComponent('润泽')}`);
  await xuzhouPage.getByTestId('participation-table').getByText('丰县润泽食品有限公司').click();
  await xuzhouPage.getByTestId('screening-panel').waitFor();
  const participationId = xuzhouPage.url().split('/').at(-1)!;
  for (const item of SCREENING_ITEMS) {
    if (AUTOMATIC_SCREENING_ITEMS.has(item.key)) continue;
    await xuzhouPage.getByTestId(`screening-result-${item.key}-pass`).click();
    await xuzhouPage.getByTestId(`screening-evidence-${item.key}`).fill('2026-12-02 核查');
  }
  await xuzhouPage.getByTestId('screening-save').click();
  await expect.poll(() => xuzhouPage.getByTestId('screening-outcome').getAttribute('data-outcome')).toBe('eligible');
  await xuzhouPage.getByTestId('command-screen').click();
  await xuzhouPage.getByTestId('command-submit').click();
  await xuzhouPage.getByTestId('command-confirm').click();
  await expect.poll(() => xuzhouPage.getByTestId('stage-tag').getAttribute('data-stage')).toBe('screened');
  await xuzhouPage.getByTestId('command-select').click();
  await pickOption(xuzhouPage, 'field-certificationBodyId', '徐州汉邦质量认证有限公司');
  await xuzhouPage.getByTestId('command-submit').click();
  await xuzhouPage.getByTestId('command-confirm').click();
  await expect.poll(() => xuzhouPage.getByTestId('stage-tag').getAttribute('data-stage')).toBe('selected');
  // the contact named in the application has an account now; the officer issues its link to pass on
  const enterpriseAccount = xuzhouPage.getByTestId('enterprise-account');
  await enterpriseAccount.waitFor();
  await expect.poll(() => enterpriseAccount.getAttribute('data-status')).toBe('pending');
  const contactUsername = ((await xuzhouPage.getByTestId('enterprise-account-username').textContent()) ?? '').trim();
  expect(contactUsername).not.toBe('—');
  await xuzhouPage.getByTestId('enterprise-invite').click();
  const contactLink = await shownActivationLink(xuzhouPage);
  await screenshot(xuzhouPage, '45-accounts-enterprise-link-xuzhou');
  await xuzhou.close();

  // 7. the contact activates, sees its own file, and another participation is not found
  const contact = await activate(journey.browser, contactLink, contactUsername, 'enterprise-phone', phone);
  const contactPage = contact.pages()[0]!;
  await contactPage.goto(`${url}/participations`);
  await contactPage.getByTestId('participation-table').getByText('丰县润泽食品有限公司').waitFor();
  expect(await contactPage.getByTestId('participation-table').textContent()).not.toContain('丰县另一家');
  await contactPage.goto(`${url}/participations/${participationId}`);
  await expect.poll(() => contactPage.getByTestId('stage-tag').getAttribute('data-stage')).toBe('selected');
  await screenshot(contactPage, '46-accounts-enterprise-own-file-phone');
  await contactPage.goto(`${url}/participations/${otherParticipationId}`);
  await expect.poll(async () => (await contactPage.textContent('body')) ?? '').toMatch(/未找到|不存在/);
  expect(await contactPage.textContent('body')).not.toContain('丰县另一家有限公司');

  // 8. the contact adds a colleague (the legal representative who signs B.1)
  await contactPage.goto(`${url}/colleagues`);
  await contactPage.getByTestId('colleague-add').click();
  await contactPage.getByTestId('user-displayName').fill('赵法');
  await contactPage.getByTestId('user-mobile').fill('13905160007');
  await contactPage.getByTestId('user-submit').click();
  expect(await shownActivationLink(contactPage)).toMatch(/token=/);
  await contactPage.getByTestId('colleagues').getByText('赵法').waitFor();
  await screenshot(contactPage, '47-accounts-colleagues-phone');
  await contact.close();
});

it('the security administrator resets a password with a temporary one and ends the sessions (三员)', async () => {
  const url = journey.server.url;
  // the system administrator adds the security administrator to the platform
  const admin = await desktop(journey.browser);
  const adminPage = await admin.newPage();
  await signIn(adminPage, url, 'sysadmin', PASSWORD);
  await adminPage.goto(`${url}/users`);
  await adminPage.getByTestId('user-create').click();
  await pickOption(adminPage, 'user-organization', '平台运维中心');
  await pickOption(adminPage, 'user-role', '安全管理员');
  await adminPage.getByTestId('user-displayName').fill('安全员');
  await adminPage.getByTestId('user-username').fill('sec_wu');
  await adminPage.getByTestId('user-submit').click();
  const securityLink = await shownActivationLink(adminPage);
  await admin.close();

  // the 江苏 officer is signed in somewhere
  const jiangsu = await desktop(journey.browser);
  const jiangsuPage = await jiangsu.newPage();
  await signIn(jiangsuPage, url, 'js_qian', PASSWORD);

  // the security administrator: no create button, but reset and end sessions
  const security = await activate(journey.browser, securityLink, 'sec_wu', 'security');
  const securityPage = security.pages()[0]!;
  await securityPage.goto(`${url}/users?q=js_qian`);
  await securityPage.getByTestId('user-manage-js_qian').click();
  await securityPage.getByTestId('account-actions').waitFor();
  expect(await securityPage.getByTestId('user-create').count()).toBe(0);
  expect(await securityPage.getByTestId('account-edit').count()).toBe(0);
  await securityPage.getByTestId('account-reset-temporary').click();
  await securityPage.locator('.ant-popover:visible .ant-btn-primary').click();
  const temporary = ((await securityPage.getByTestId('temporary-password').textContent()) ?? '').trim();
  expect(temporary.length).toBeGreaterThanOrEqual(8);
  await screenshot(securityPage, '48-accounts-security-temporary-password');
  await securityPage.getByTestId('activation-link-close').click();

  // the reset ended the officer's session; the temporary password must be changed at sign-in
  await jiangsuPage.goto(`${url}/organizations`);
  await jiangsuPage.getByTestId('login-username').waitFor();
  await signInAndChangePassword(jiangsuPage, 'js_qian', temporary, 'Rt5$kNw8-Zy');

  // ending all sessions signs the officer out again
  await securityPage.getByTestId('account-end-sessions').click();
  await securityPage.locator('.ant-popover:visible .ant-btn-primary').click();
  await expect.poll(async () => (await securityPage.textContent('body')) ?? '').toMatch(/已结束 [1-9]\d* 个会话/);
  await jiangsuPage.goto(`${url}/organizations`);
  await jiangsuPage.getByTestId('login-username').waitFor();
  await jiangsu.close();
  await security.close();
});

/** An accounts sheet with the template's headers. */
async function accountSheet(name: string, rows: Array<Record<string, string>>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('账号');
  sheet.addRow(ACCOUNT_COLUMNS.map((c) => c.header));
  for (const row of rows) sheet.addRow(ACCOUNT_COLUMNS.map((c) => row[c.key] ?? null));
  const file = path.join(files, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

it('the 徐州 officer creates evaluation experts in bulk: a bad row stops all, the fixed sheet creates them', async () => {
  const context = await desktop(journey.browser);
  const page = await context.newPage();
  await signIn(page, journey.server.url, 'xz_sun', PASSWORD);
  await page.goto(`${journey.server.url}/users`);
  await page.getByTestId('user-import').click();
  const good = { displayName: '吴评', mobile: '13905160011', organization: '徐州市市场监督管理局', role: '评审专家' };
  const bad = { displayName: '郑评', mobile: '13905160012', organization: '徐州市市场监督管理局', role: '系统管理员' };
  await page.getByTestId('account-import-file').setInputFiles(await accountSheet('有错.xlsx', [good, bad]));
  await expect.poll(() => page.getByTestId('account-import-result').getAttribute('data-status')).toBe('rejected');
  await page.getByTestId('account-import-errors').getByText('3').first().waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('account-import-error-file').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  await screenshot(page, '49-accounts-import-rejected');
  await page
    .getByTestId('account-import-file')
    .setInputFiles(await accountSheet('已改正.xlsx', [good, { ...bad, role: '评审专家' }]));
  await expect.poll(() => page.getByTestId('account-import-result').getAttribute('data-status')).toBe('created');
  expect(await page.getByTestId('account-import-created').textContent()).toContain('/activate?token=');
  await screenshot(page, '49-accounts-import-created');
  await page.goto(`${journey.server.url}/users?role=evaluation_expert`);
  await page.getByTestId('users-table').getByText('吴评').waitFor();
  await page.getByTestId('users-table').getByText('郑评').waitFor();
  await context.close();
});
