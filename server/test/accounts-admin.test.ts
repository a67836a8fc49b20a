/**
 * Accounts for every party (ADR 0034): 分级管理 (each administrator manages its own organization and the level below
 * only), the 三员 apart, one-time links (expired, reused, superseded and forged tokens refused), a disabled account's
 * sessions ending at once, duplicates named, the bulk upload all-or-nothing with its error file, moving with the
 * history kept, and the enterprise contact's account at selection. Runs on PGlite and PostgreSQL.
 */
import ExcelJS from 'exceljs';
import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';
import { memberships, users } from '../src/platform/auth/identity.table.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';
import { invitations } from '../src/modules/accounts/accounts.table.js';
import { SESSION_COOKIE } from '../src/platform/auth/session-store.js';
import { withUsccCheckChar } from '../../domain/uscc/uscc.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const PASSWORD = 'Uplift#Pass2026';
let mobileSeq = 13100000000;
const nextMobile = () => String(++mobileSeq);

/** Activates a link and signs in as its account. */
async function activateAndLogin(token: string): Promise<Client> {
  const activated = await t.anonymous.post('/api/v1/public/invitations/activate', { token, password: PASSWORD });
  expect(activated.statusCode, activated.body).toBe(200);
  const { client, response } = await t.login(activated.json().username, PASSWORD);
  expect(response.statusCode, response.body).toBe(200);
  return client!;
}

async function post(client: Client, url: string, body?: unknown) {
  const response = await client.post(url, body);
  return { status: response.statusCode, json: response.body ? response.json() : undefined };
}

describe('分级管理: the chain from the system administrator down', () => {
  let provinceOfficer: Client;
  let provinceId: string;

  it('the system administrator creates a provincial bureau and its first officer, who activates the link', async () => {
    const sysadmin = await t.as('sysadmin');
    const created = await post(sysadmin, '/api/v1/organizations', {
      kind: 'bureau',
      name: '江苏省市场监督管理局（试点）',
      regionCode: '320000',
      firstAdministrator: { displayName: '省局 王试', mobile: nextMobile() },
    });
    expect(created.status).toBe(201);
    provinceId = created.json.id;
    const invitation = created.json.administrator.invitation;
    expect(invitation.link).toBe(`/activate?token=${invitation.token}`);
    expect(invitation.purpose).toBe('activation');
    // the token is kept only as its hash
    const stored = await t.ctx.database.db.select().from(invitations);
    expect(stored.some((i) => i.tokenHash === invitation.token)).toBe(false);
    const inspected = await post(t.anonymous, '/api/v1/public/invitations/inspect', { token: invitation.token });
    expect(inspected.json).toMatchObject({ purpose: 'activation', displayName: '省局 王试' });
    // a pending account cannot sign in before activation
    expect((await t.login(created.json.administrator.username, PASSWORD)).response.statusCode).toBe(401);
    const weak = await post(t.anonymous, '/api/v1/public/invitations/activate', {
      token: invitation.token,
      password: 'short',
    });
    expect(weak.json.code).toBe('PASSWORD_POLICY');
    provinceOfficer = await activateAndLogin(invitation.token);
    const reused = await post(t.anonymous, '/api/v1/public/invitations/activate', {
      token: invitation.token,
      password: PASSWORD,
    });
    expect([reused.status, reused.json.code]).toEqual([410, 'INVITATION_USED']);
  });

  it('the provincial officer creates a city bureau and its officer, but not a county (two levels down) nor a body elsewhere', async () => {
    const city = await post(provinceOfficer, '/api/v1/organizations', {
      kind: 'bureau',
      name: '徐州市市场监督管理局（试点）',
      regionCode: '320300',
      firstAdministrator: { displayName: '市局 李试', mobile: nextMobile() },
    });
    expect(city.status).toBe(201);
    const county = await post(provinceOfficer, '/api/v1/organizations', {
      kind: 'bureau',
      name: '丰县市场监督管理局（试点）',
      regionCode: '320321',
    });
    expect([county.status, county.json.code, county.json.field]).toEqual([
      403,
      'ORGANIZATION_NOT_ALLOWED',
      'regionCode',
    ]);
    const elsewhere = await post(provinceOfficer, '/api/v1/organizations', {
      kind: 'certification_body',
      name: '津门认证（试点）',
      regionCode: '120000',
      approvalNumber: 'CNCA-R-2026-901',
    });
    expect(elsewhere.json.code).toBe('ORGANIZATION_NOT_ALLOWED');
    // only the first officer of the level below: the city now manages its own people
    const second = await post(provinceOfficer, '/api/v1/accounts', {
      displayName: '市局 第二人',
      mobile: nextMobile(),
      organizationId: city.json.id,
      role: 'bureau_officer',
    });
    expect([second.status, second.json.code]).toEqual([403, 'GRANT_NOT_ALLOWED']);
    // never a role above its own
    const platformGrant = await post(provinceOfficer, '/api/v1/accounts', {
      displayName: '越级',
      mobile: nextMobile(),
      organizationId: t.ids.orgs.platform,
      role: 'system_admin',
    });
    expect(platformGrant.json.code).toBe('GRANT_NOT_ALLOWED');
    // its own officers, yes
    const colleague = await post(provinceOfficer, '/api/v1/accounts', {
      displayName: '省局 同事',
      mobile: nextMobile(),
      organizationId: provinceId,
      role: 'bureau_officer',
    });
    expect(colleague.status).toBe(201);

    // it sees its own and the level below, not the demo's 丰县 nor 天津
    const list = (await provinceOfficer.get('/api/v1/accounts?pageSize=100')).json();
    const names = list.items.map((i: { displayName: string }) => i.displayName);
    expect(names).toEqual(expect.arrayContaining(['省局 王试', '省局 同事', '市局 李试']));
    const usernames = list.items.map((i: { username: string }) => i.username);
    // not the bureaus two levels down, beside it or elsewhere, nor bodies' staff or the platform (徐州 is directly below)
    for (const other of ['fengxian', 'tianjin', 'jiangsu', 'cbmanager', 'expert', 'sysadmin', 'ent15']) {
      expect(usernames).not.toContain(other);
    }
    expect(list.items.every((i: { mobile: string | null }) => !i.mobile || i.mobile.includes('****'))).toBe(true);
    const fengxian = await provinceOfficer.get(`/api/v1/accounts/${t.ids.users.fengxian}`);
    expect(fengxian.statusCode).toBe(404);
  });

  it('a city bureau creates a body and its administrator, who adds an expert but not another administrator', async () => {
    const xuzhou = await t.as('xuzhou');
    const body = await post(xuzhou, '/api/v1/organizations', {
      kind: 'certification_body',
      name: '彭城质量认证（试点）',
      regionCode: '320300',
      approvalNumber: 'CNCA-R-2026-902',
      firstAdministrator: { displayName: '机构 赵管', email: 'zhao@pengcheng.example.cn' },
    });
    expect(body.status).toBe(201);
    const cbAdmin = await activateAndLogin(body.json.administrator.invitation.token);
    const expert = await post(cbAdmin, '/api/v1/accounts', {
      displayName: '专家 钱试',
      mobile: nextMobile(),
      organizationId: body.json.id,
      role: 'assistance_expert',
    });
    expect(expert.status).toBe(201);
    const admin2 = await post(cbAdmin, '/api/v1/accounts', {
      displayName: '机构 第二管',
      mobile: nextMobile(),
      organizationId: body.json.id,
      role: 'cb_admin',
    });
    expect(admin2.json.code).toBe('GRANT_NOT_ALLOWED');
    const otherBody = await post(cbAdmin, '/api/v1/accounts', {
      displayName: '他处',
      mobile: nextMobile(),
      organizationId: t.ids.orgs.cb1,
      role: 'assistance_expert',
    });
    expect(otherBody.json.code).toBe('GRANT_NOT_ALLOWED');
    // the same approval number is one body
    const again = await post(xuzhou, '/api/v1/organizations', {
      kind: 'certification_body',
      name: '彭城质量认证二（试点）',
      regionCode: '320300',
      approvalNumber: 'CNCA-R-2026-902',
    });
    expect([again.status, again.json.field]).toEqual([409, 'approvalNumber']);
    // a bureau adds evaluation experts to its own pool
    const evaluator = await post(xuzhou, '/api/v1/accounts', {
      displayName: '评审 孙试',
      mobile: nextMobile(),
      organizationId: t.ids.orgs.xz,
      role: 'evaluation_expert',
    });
    expect(evaluator.status).toBe(201);
  });
});

describe('三员 stay apart', () => {
  it('the security administrator resets and ends sessions but creates nothing; the system administrator the reverse; the audit administrator reads only the trail', async () => {
    const [sysadmin, secadmin, auditadmin] = await Promise.all([
      t.as('sysadmin'),
      t.as('secadmin'),
      t.as('auditadmin'),
    ]);
    const body = { displayName: '三员', mobile: nextMobile(), organizationId: t.ids.orgs.cb1, role: 'cb_manager' };
    expect((await post(secadmin, '/api/v1/accounts', body)).json.code).toBe('FORBIDDEN');
    expect((await post(auditadmin, '/api/v1/accounts', body)).json.code).toBe('FORBIDDEN');
    expect((await auditadmin.get('/api/v1/accounts')).statusCode).toBe(403);
    const target = t.ids.users.expert3!;
    expect((await post(sysadmin, `/api/v1/accounts/${target}/reset-password`, { mode: 'link' })).json.code).toBe(
      'FORBIDDEN',
    );
    expect((await post(sysadmin, `/api/v1/accounts/${target}/end-sessions`)).json.code).toBe('FORBIDDEN');
    expect((await post(secadmin, `/api/v1/accounts/${target}/disable`, {})).json.code).toBe('FORBIDDEN');
    // the system administrator may staff the platform, one post per person
    const security = await post(sysadmin, '/api/v1/accounts', {
      displayName: '第二安全员',
      mobile: nextMobile(),
      organizationId: t.ids.orgs.platform,
      role: 'security_admin',
    });
    expect(security.status).toBe(201);
    const moveToAudit = await post(sysadmin, `/api/v1/accounts/${t.ids.users.secadmin}/move`, {
      fromMembershipId: (await membershipOf(t.ids.users.secadmin!)).id,
      organizationId: t.ids.orgs.platform,
      role: 'audit_admin',
    });
    expect(moveToAudit.status).toBe(200); // a move ends the old post first: still one post
  });
});

async function membershipOf(userId: string) {
  const [m] = await t.ctx.database.db
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId)));
  return m!;
}

describe('one-time links', () => {
  it('refuses an expired, a superseded and a forged token; a new link can be issued', async () => {
    const cbadmin = await t.as('cbadmin');
    const created = await post(cbadmin, '/api/v1/accounts', {
      displayName: '链接 测试',
      mobile: nextMobile(),
      organizationId: t.ids.orgs.cb1,
      role: 'cb_manager',
    });
    const first = created.json.invitation.token;
    const forged = await post(t.anonymous, '/api/v1/public/invitations/activate', {
      token: `${first.slice(0, -2)}xx`,
      password: PASSWORD,
    });
    expect([forged.status, forged.json.code]).toEqual([400, 'INVITATION_INVALID']);
    const reissued = await post(cbadmin, `/api/v1/accounts/${created.json.id}/invitation`);
    expect(reissued.status).toBe(200);
    const superseded = await post(t.anonymous, '/api/v1/public/invitations/inspect', { token: first });
    expect([superseded.status, superseded.json.code]).toEqual([410, 'INVITATION_EXPIRED']);
    t.clock.advance(72 * 3600_000);
    const expired = await post(t.anonymous, '/api/v1/public/invitations/activate', {
      token: reissued.json.token,
      password: PASSWORD,
    });
    expect([expired.status, expired.json.code]).toEqual([410, 'INVITATION_EXPIRED']);
    const later = await t.as('cbadmin'); // the earlier session timed out meanwhile
    const fresh = await post(later, `/api/v1/accounts/${created.json.id}/invitation`);
    await activateAndLogin(fresh.json.token);
    // an active account gets no activation link
    expect((await post(later, `/api/v1/accounts/${created.json.id}/invitation`)).json.code).toBe(
      'ACCOUNT_ALREADY_ACTIVE',
    );
  });

  it('a reset link from the security administrator sets a new password and ends the sessions', async () => {
    const victim = await t.as('expert4');
    const secadmin = await t.as('secadmin');
    const reset = await post(secadmin, `/api/v1/accounts/${t.ids.users.expert4}/reset-password`, { mode: 'link' });
    expect(reset.json.invitation.purpose).toBe('reset');
    expect((await victim.get('/api/v1/auth/session')).statusCode).toBe(401);
    await activateAndLogin(reset.json.invitation.token);
    const temporary = await post(secadmin, `/api/v1/accounts/${t.ids.users.expert4}/reset-password`, {
      mode: 'temporary',
    });
    const { client } = await t.login('expert4', temporary.json.temporaryPassword);
    expect((await client!.get('/api/v1/participations')).json().code).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});

describe('lifecycle', () => {
  it("disabling ends the account's sessions at once; re-enabling lets it sign in again", async () => {
    const expert = await t.as('expert2');
    expect((await expert.get('/api/v1/auth/session')).statusCode).toBe(200);
    const cbadmin = await t.as('cbadmin');
    expect((await post(cbadmin, `/api/v1/accounts/${t.ids.users.expert2}/disable`, { reason: '离职' })).status).toBe(
      204,
    );
    expect((await expert.get('/api/v1/auth/session')).statusCode).toBe(401);
    expect((await t.login('expert2')).response.statusCode).toBe(401);
    const detail = (await cbadmin.get(`/api/v1/accounts/${t.ids.users.expert2}`)).json();
    expect(detail).toMatchObject({ status: 'disabled', allowed: { enable: true, disable: false } });
    expect((await post(cbadmin, `/api/v1/accounts/${t.ids.users.expert2}/enable`)).status).toBe(204);
    expect((await t.login('expert2')).response.statusCode).toBe(200);
    // another body's administrator does not even see the account; nobody disables itself
    const tianjin = await t.as('tianjin');
    expect((await tianjin.get(`/api/v1/accounts/${t.ids.users.expert2}`)).statusCode).toBe(404);
    expect((await post(cbadmin, `/api/v1/accounts/${t.ids.users.cbadmin}/disable`, {})).json.code).toBe('NOT_FOUND');
    const xuzhou = await t.as('xuzhou');
    expect((await post(xuzhou, `/api/v1/accounts/${t.ids.users.xuzhou}/disable`, {})).json.code).toBe(
      'GRANT_NOT_ALLOWED',
    );
    const actions = await t.ctx.database.db
      .select({ action: auditTrail.action, actor: auditTrail.actorUserId })
      .from(auditTrail)
      .where(eq(auditTrail.objectId, t.ids.users.expert2!));
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'account.disable', actor: t.ids.users.cbadmin },
        { action: 'account.enable', actor: t.ids.users.cbadmin },
      ]),
    );
  });

  it('a duplicate username, mobile or email is a 409 naming the field', async () => {
    const cbadmin = await t.as('cbadmin');
    const base = { displayName: '重复', organizationId: t.ids.orgs.cb1, role: 'cb_manager' };
    const mobile = await post(cbadmin, '/api/v1/accounts', { ...base, mobile: '13800000001' });
    expect([mobile.status, mobile.json.code, mobile.json.field]).toEqual([409, 'ACCOUNT_DUPLICATE', 'mobile']);
    const username = await post(cbadmin, '/api/v1/accounts', { ...base, username: 'Expert', mobile: nextMobile() });
    expect(username.json.field).toBe('username');
    await post(cbadmin, '/api/v1/accounts', { ...base, email: 'dup@example.cn' });
    const email = await post(cbadmin, '/api/v1/accounts', { ...base, email: 'DUP@example.cn', mobile: nextMobile() });
    expect(email.json.field).toBe('email');
    const edit = await post(cbadmin, `/api/v1/accounts/${t.ids.users.expert3}`, { mobile: '13800000001' });
    expect([edit.status, edit.json.field]).toEqual([409, 'mobile']);
  });

  it('moving a person ends the old membership with its date and keeps it in the history', async () => {
    const sysadmin = await t.as('sysadmin');
    const expert5 = await t.as('expert5');
    const from = await membershipOf(t.ids.users.expert5!);
    const moved = await post(sysadmin, `/api/v1/accounts/${t.ids.users.expert5}/move`, {
      fromMembershipId: from.id,
      organizationId: t.ids.orgs.cb2,
      role: 'assistance_expert',
      reason: '调动',
    });
    expect(moved.status).toBe(200);
    expect(moved.json.history).toHaveLength(2);
    expect(moved.json.history[0]).toMatchObject({ id: from.id, endedAt: expect.any(String) });
    expect(moved.json.memberships.map((m: { organizationId: string }) => m.organizationId)).toEqual([t.ids.orgs.cb2]);
    expect((await expert5.get('/api/v1/auth/session')).statusCode).toBe(401);
    const ended = await t.ctx.database.db.select().from(memberships).where(isNotNull(memberships.endedAt));
    expect(ended.map((m) => m.id)).toContain(from.id);
    // the old body's administrator no longer manages the person
    expect((await (await t.as('cbadmin')).get(`/api/v1/accounts/${t.ids.users.expert5}`)).statusCode).toBe(404);
  });
});

async function workbook(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('账号');
  sheet.addRow(['姓名', '手机', '邮箱', '单位', '角色', '地区']);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(client: Client, file: Buffer) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/accounts/import',
    payload: file,
    headers: {
      cookie: `${SESSION_COOKIE}=${client.cookie}`,
      'x-csrf-token': client.csrfToken!,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'x-file-name': encodeURIComponent('账号.xlsx'),
    },
  });
  return response;
}

describe('bulk accounts from an XLSX', () => {
  it('writes nothing when one row is wrong, names it in the answer and the error file, then creates all', async () => {
    const cbadmin = await t.as('cbadmin');
    const good = ['批量 一', '13200000001', '', '苏信质量认证中心有限公司', '帮扶专家', ''];
    const bad = ['批量 二', '13200000002', '', '苏信质量认证中心有限公司', '认证机构管理员', ''];
    const rejected = await upload(cbadmin, await workbook([good, bad]));
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', createdRows: 0, invalidRows: 1 });
    expect(rejected.json().errors[0]).toMatchObject({ row: 3, field: 'role', code: 'GRANT_NOT_ALLOWED' });
    const none = await t.ctx.database.db.select().from(users).where(eq(users.phone, '13200000001'));
    expect(none).toHaveLength(0);
    const errors = await cbadmin.get(`/api/v1/accounts/imports/${rejected.json().importId}/errors.xlsx`);
    expect(errors.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(errors.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getRow(3).getCell(7).value)).toContain('角色');
    expect(sheet.getRow(2).getCell(7).value ?? null).toBeNull();
    // someone else's upload is not found
    expect(
      (await (await t.as('xuzhou')).get(`/api/v1/accounts/imports/${rejected.json().importId}/errors.xlsx`)).statusCode,
    ).toBe(404);

    const fixedBad = bad.map((cell, i) => (i === 4 ? '认证机构项目经理' : cell));
    const fixed = await upload(cbadmin, await workbook([good, fixedBad]));
    expect(fixed.json()).toMatchObject({ status: 'created', createdRows: 2, invalidRows: 0 });
    expect(fixed.json().created[0].invitation.link).toMatch(/^\/activate\?token=/);
    const dup = await upload(cbadmin, await workbook([good]));
    expect(dup.json().errors[0]).toMatchObject({ field: 'mobile', code: 'ACCOUNT_DUPLICATE' });
  });
});

describe('enterprise onboarding', () => {
  it("gives the selected enterprise's contact an account and a link the bureau can show; never a second", async () => {
    const xuzhou = await t.as('xuzhou');
    const applied = await post(xuzhou, `/api/v1/campaigns/${t.ids.campaigns.xz}/applications`, {
      uscc: withUsccCheckChar('91320321MA1ACCT01'),
      name: '丰县开户测试有限公司',
      regionCode: '320321',
      industryCode: '18',
      certificationStatus: 'none',
      contactName: '开户 联系人',
      contactPhone: '13900009999',
      willing: true,
      employees: 20,
      revenueWan: 500,
      sizeIndustry: 'industrial',
    });
    if (applied.status !== 201) throw new Error(JSON.stringify(applied.json));
    const id = applied.json.participationId;
    const before = (await xuzhou.get(`/api/v1/participations/${id}/enterprise-account`)).json();
    expect(before.account).toBeNull();
    expect((await post(xuzhou, `/api/v1/participations/${id}/enterprise-account/invitation`)).json.code).toBe(
      'ENTERPRISE_NOT_SELECTED',
    );
    const screening = (await xuzhou.get(`/api/v1/participations/${id}/screening`)).json();
    const items = screening.items
      .filter((i: { result: string }) => i.result !== 'pass')
      .map((i: { key: string }) => ({ key: i.key, result: 'pass', evidence: '核查' }));
    expect(
      (await post(xuzhou, `/api/v1/participations/${id}/screening`, { version: screening.version, items })).status,
    ).toBe(200);
    const v = async () => (await xuzhou.get(`/api/v1/participations/${id}`)).json().version;
    expect(
      (await post(xuzhou, `/api/v1/participations/${id}/transitions`, { command: 'screen', version: await v() }))
        .status,
    ).toBe(200);
    const selected = await post(xuzhou, `/api/v1/participations/${id}/transitions`, {
      command: 'select',
      version: await v(),
      certificationBodyId: t.ids.orgs.cb1,
    });
    expect(selected.status, JSON.stringify(selected.json)).toBe(200);
    const after = (await xuzhou.get(`/api/v1/participations/${id}/enterprise-account`)).json();
    expect(after.account).toMatchObject({ username: '13900009999', status: 'pending', displayName: '开户 联系人' });
    expect(after.invitationExpiresAt).not.toBeNull();
    const link = await post(xuzhou, `/api/v1/participations/${id}/enterprise-account/invitation`);
    const contact = await activateAndLogin(link.json.token);
    const own = await contact.get(`/api/v1/participations/${id}`);
    expect(own.statusCode).toBe(200);
    expect((await contact.get(`/api/v1/participations/${t.ids.participations.e01}`)).statusCode).toBe(404);
    // the contact adds a colleague of its enterprise
    const colleague = await post(contact, '/api/v1/accounts', {
      displayName: '质量负责人',
      mobile: nextMobile(),
      organizationId: after.enterpriseId,
      role: 'enterprise_contact',
    });
    expect(colleague.status).toBe(201);
    const contacts = await t.ctx.database.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.organizationId, after.enterpriseId), eq(memberships.role, 'enterprise_contact')));
    expect(contacts).toHaveLength(2);
  });
});
