/**
 * Excellent cases (seed 003 §6.10, Annex D; seed 002 step 10(2), Annex 1): the rule endpoint counts as Annex D
 * asks; the assisting side writes the case of an evaluated enterprise, a draft over 2,000 characters is kept but
 * not submitted; the bureaus of the region hierarchy return, accept and recommend it upward county → city →
 * province → national; published cases form the library; targets per body and district; every write is audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';
import { participationExperts } from '../src/modules/participations/participations.table.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';
import { excellentCases } from '../src/modules/cases/cases.table.js';
import { REAL_JPEG, realPng } from '../src/platform/files/image-fixtures.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

async function upload(client: Client, participationId: string, purpose: string, name: string, bytes: Buffer) {
  return client.post(
    `/api/v1/participations/${participationId}/files?purpose=${purpose}&name=${encodeURIComponent(name)}`,
    bytes,
    { 'content-type': 'application/octet-stream' },
  );
}

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const x = (n: number, ch = '字') => ch.repeat(n);
const parts = (total: number) => ({
  profile: x(total * 0.05),
  problems: x(total * 0.1),
  actions: x(total * 0.6),
  results: x(total * 0.2),
  insights: x(total * 0.05),
});

async function assistingExpert(key: string): Promise<Client> {
  const [row] = await t.ctx.database.db
    .select({ userId: participationExperts.expertUserId })
    .from(participationExperts)
    .where(
      and(eq(participationExperts.participationId, t.ids.participations[key]!), isNull(participationExperts.toOn)),
    );
  const username = Object.entries(t.ids.users).find(([, id]) => id === row!.userId)![0];
  return t.as(username);
}

describe('POST /api/v1/rules/case-check', () => {
  it('counts per part and in all, shares against Annex D, without whitespace', async () => {
    const r = await t.anonymous.post('/api/v1/rules/case-check', {
      title: '标题',
      parts: { ...parts(1000), actions: `${x(300)}\n\n  ${x(300)}` },
      draftingUnits: ['丰县绿源木业有限公司'],
    });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.characters).toBe(1000);
    expect(body.parts[2]).toEqual({ part: 'actions', characters: 600, share: 0.6, target: 0.6, onTarget: true });
    expect(body.problems).toEqual([]);
    expect(body.submittable).toBe(true);
  });
  it('over 2,000 is a blocking problem worded for the caller; off-target shares are advice', async () => {
    const r = await t.anonymous.post(
      '/api/v1/rules/case-check',
      { title: '', parts: { ...parts(2000), actions: x(1300) }, draftingUnits: [] },
      { 'accept-language': 'zh-CN' },
    );
    const body = r.json();
    expect(body.characters).toBe(2100);
    expect(body.submittable).toBe(false);
    const codes = body.problems.map((p: { code: string }) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['CASE_TITLE_REQUIRED', 'CASE_TOO_LONG', 'CASE_DRAFTING_UNITS']));
    const tooLong = body.problems.find((p: { code: string }) => p.code === 'CASE_TOO_LONG');
    expect(tooLong).toMatchObject({ blocking: true });
    expect(tooLong.message).toContain('2100 / 2000');
    expect(tooLong.message).not.toMatch(/CASE_|parts/);
    const en = (
      await t.anonymous.post(
        '/api/v1/rules/case-check',
        { title: 't', parts: { ...parts(1000), profile: x(200) }, draftingUnits: ['a'] },
        { 'accept-language': 'en-US' },
      )
    ).json();
    expect(en.problems[0]).toMatchObject({ code: 'CASE_SHARE_OFF_TARGET', blocking: false, field: 'parts.profile' });
    expect(en.problems[0].message).toContain('Enterprise profile');
    expect(en.submittable).toBe(true);
  });
  it('refuses a malformed body (400), never half an answer', async () => {
    const r = await t.anonymous.post('/api/v1/rules/case-check', { title: 't', parts: { profile: 'a' } });
    expect(r.statusCode).toBe(400);
  });
});

describe('figures of a case (003 Annex D.2 images and charts)', () => {
  it('refuses another participation’s file (404) and a PDF (415 naming figures.N.fileId); nothing is written', async () => {
    const pid = t.ids.participations.e03!;
    const expert = await assistingExpert('e03');
    const own = await upload(expert, pid, 'case_figure', '看板.png', realPng());
    expect(own.statusCode, own.body).toBe(201);
    // another participation's figure (the expert of e01 uploads it there)
    const other = await upload(await t.as('expert'), t.ids.participations.e01!, 'case_figure', 'x.png', realPng());
    expect(other.statusCode, other.body).toBe(201);
    const save = (figures: unknown[]) =>
      expert.post(`/api/v1/participations/${pid}/case`, {
        title: '图文并茂',
        parts: parts(1000),
        draftingUnits: ['丰县绿源木业有限公司'],
        figures,
        version: 0,
      });
    const stranger = await save([
      { fileId: own.json().id, part: 'actions', caption: '本企业的图' },
      { fileId: other.json().id, part: 'results', caption: '别家的图' },
    ]);
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json()).toMatchObject({ code: 'NOT_FOUND', field: 'figures.1.fileId' });

    // a PDF cannot be uploaded as a figure, and a PDF of the participation cannot be used as one
    const pdfFigure = await upload(expert, pid, 'case_figure', '报告.pdf', PDF);
    expect(pdfFigure.statusCode).toBe(415);
    expect(pdfFigure.json().code).toBe('CASE_FIGURE_TYPE');
    const pdf = await upload(expert, pid, 'survey_evidence', '报告.pdf', PDF);
    expect(pdf.statusCode, pdf.body).toBe(201);
    const refused = await save([{ fileId: pdf.json().id, part: 'results', caption: '报告' }]);
    expect(refused.statusCode).toBe(415);
    expect(refused.json()).toMatchObject({ code: 'CASE_FIGURE_TYPE', field: 'figures.0.fileId' });
    expect(refused.json().message).toMatch(/JPEG 或 PNG|JPEG or PNG/);

    // a caption is required and at most 60 characters; at most 8 figures
    expect((await save([{ fileId: own.json().id, part: 'actions', caption: ' ' }])).statusCode).toBe(400);
    expect((await save([{ fileId: own.json().id, part: 'actions', caption: x(61) }])).statusCode).toBe(400);
    const nine = Array.from({ length: 9 }, () => ({ fileId: own.json().id, part: 'actions', caption: '图' }));
    expect((await save(nine)).statusCode).toBe(400);

    const [row] = await t.ctx.database.db
      .select({ id: excellentCases.id })
      .from(excellentCases)
      .where(eq(excellentCases.participationId, pid));
    expect(row).toBeUndefined();
  });
});

describe('the case of an evaluated enterprise, county → city → province → library', () => {
  it('walks the whole way with a return on the way and an audit entry for every write', async () => {
    const pid = t.ids.participations.e03!;
    const expert = await assistingExpert('e03');
    const start = (await expert.get(`/api/v1/participations/${pid}/case`)).json();
    expect(start).toMatchObject({ mayWrite: true, case: null });
    // the before/after figures of the signed-off evaluation are offered to the editor
    expect(start.evaluation.figures.length).toBeGreaterThan(0);
    expect(start.evaluation.figures[0]).toHaveProperty('before');

    // over the limit: kept as a draft, refused on submission
    const long = await expert.post(`/api/v1/participations/${pid}/case`, {
      title: '以数据说话：绿源木业把退货率降下来',
      parts: { ...parts(2000), actions: x(1250) },
      draftingUnits: ['丰县绿源木业有限公司', '苏信认证'],
      version: 0,
    });
    expect(long.statusCode).toBe(200);
    const draft = long.json();
    expect(draft).toMatchObject({ status: 'draft', version: 1 });
    expect(draft.check.characters).toBe(2050);
    const refused = await expert.post(`/api/v1/cases/${draft.id}/submit`, { version: 1 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('CASE_TOO_LONG');
    expect((await expert.get(`/api/v1/cases/${draft.id}`)).json().status).toBe('draft');

    // a stale version is refused
    expect(
      (
        await expert.post(`/api/v1/participations/${pid}/case`, {
          title: 'x',
          parts: parts(1000),
          draftingUnits: ['a'],
          version: 0,
        })
      ).json().code,
    ).toBe('VERSION_CONFLICT');

    // figures are saved with the draft and come back numbered in document order; captions are not counted
    const png = (await upload(expert, pid, 'case_figure', '退货率.png', realPng())).json();
    const jpeg = (await upload(expert, pid, 'case_figure', '看板.jpg', REAL_JPEG)).json();
    expect([png.mime, jpeg.mime]).toEqual(['image/png', 'image/jpeg']);
    const figures = [
      { fileId: png.id, part: 'results', caption: '提升前后的退货率' },
      { fileId: jpeg.id, part: 'actions', caption: x(60, '图') },
    ];
    const fixed = (
      await expert.post(`/api/v1/participations/${pid}/case`, {
        title: '以数据说话：绿源木业把退货率降下来',
        parts: parts(2000),
        draftingUnits: ['丰县绿源木业有限公司', '苏信认证'],
        figures,
        version: 1,
      })
    ).json();
    expect(fixed.check.characters).toBe(2000);
    expect(fixed.check.submittable).toBe(true);
    expect(fixed.figures).toEqual([
      { ...figures[0], number: 2 },
      { ...figures[1], number: 1 },
    ]);
    expect((await expert.get(`/api/v1/cases/${fixed.id}`)).json().figures).toEqual(fixed.figures);
    // the bureau does not see a draft, nor its figures
    const fengxian = await t.as('fengxian');
    expect((await fengxian.get(`/api/v1/cases/${fixed.id}`)).statusCode).toBe(404);
    expect((await fengxian.get(`/api/v1/cases/${fixed.id}/figures/1`)).statusCode).toBe(404);
    const submitted = (await expert.post(`/api/v1/cases/${fixed.id}/submit`, { version: 2 })).json();
    expect(submitted).toMatchObject({ status: 'submitted', atRegionName: '丰县' });
    expect(submitted.chain.map((c: { level: string }) => c.level)).toEqual(['county', 'city', 'province', 'national']);

    // the city cannot act before the county; the county returns with a reason
    const xuzhou = await t.as('xuzhou');
    const early = await xuzhou.post(`/api/v1/cases/${fixed.id}/accept`, { version: 3 });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('CASE_NOT_AT_YOUR_LEVEL');
    const queue = (await fengxian.get('/api/v1/cases/review')).json();
    expect(queue.items.find((i: { id: string }) => i.id === fixed.id).commands).toEqual(['return', 'accept']);
    const returned = (
      await fengxian.post(`/api/v1/cases/${fixed.id}/return`, { version: 3, reason: '请补充提升前后的退货率数据' })
    ).json();
    expect(returned).toMatchObject({ status: 'returned', returnReason: '请补充提升前后的退货率数据' });
    expect((await expert.post(`/api/v1/cases/${fixed.id}/submit`, { version: 4 })).json().status).toBe('submitted');

    // county accepts and recommends; city selects and recommends; province selects and publishes
    let v = 5;
    const step = async (client: Client, cmd: string) => {
      const r = await client.post(`/api/v1/cases/${fixed.id}/${cmd}`, { version: v });
      expect(r.statusCode, `${cmd}: ${r.body}`).toBe(200);
      v++;
      return r.json();
    };
    await step(fengxian, 'accept');
    expect((await step(fengxian, 'recommend')).atRegionName).toBe('徐州市');
    const jiangsu = await t.as('jiangsu');
    await step(xuzhou, 'accept');
    await step(xuzhou, 'recommend');
    await step(jiangsu, 'accept');
    const published = await step(jiangsu, 'publish');
    expect(published).toMatchObject({ status: 'accepted', acceptedLevel: 'province', published: true });
    expect(published.history.map((h: { command: string }) => h.command)).toEqual([
      'submit',
      'return',
      'submit',
      'accept',
      'recommend',
      'accept',
      'recommend',
      'accept',
      'publish',
    ]);

    // in the library for every signed-in user, found by region, industry, year and grade
    const tianjin = await t.as('tianjin');
    const lib = (await tianjin.get('/api/v1/cases/library?regionCode=320300')).json();
    expect(lib.items.map((i: { id: string }) => i.id)).toContain(fixed.id);
    // a library reader outside the enterprise's scope sees the published case's figures through the case
    const figure = await tianjin.get(`/api/v1/cases/${fixed.id}/figures/2`);
    expect(figure.statusCode).toBe(200);
    expect(figure.headers['content-type']).toContain('image/png');
    expect((await tianjin.get(`/api/v1/files/${png.id}`)).statusCode).toBe(404);
    expect((await tianjin.get(`/api/v1/cases/${fixed.id}/figures/3`)).json()).toMatchObject({ code: 'NOT_FOUND' });
    const item = lib.items.find((i: { id: string }) => i.id === fixed.id);
    expect(item).toMatchObject({ industryCode: '06', acceptedLevel: 'province', published: true });
    const byAll = (
      await tianjin.get(
        `/api/v1/cases/library?regionCode=320321&industryCode=06&year=${item.year}&grade=${item.grade}&q=${encodeURIComponent('绿源')}`,
      )
    ).json();
    expect(byAll.items.map((i: { id: string }) => i.id)).toContain(fixed.id);
    expect(
      (await tianjin.get('/api/v1/cases/library?regionCode=120000')).json().items.map((i: { id: string }) => i.id),
    ).not.toContain(fixed.id);
    expect((await tianjin.get(`/api/v1/cases/${fixed.id}`)).statusCode).toBe(200);
    expect((await (await t.as('evaluator')).get(`/api/v1/cases/${fixed.id}`)).statusCode).toBe(200);

    const entries = await t.ctx.database.db
      .select({ action: auditTrail.action })
      .from(auditTrail)
      .where(eq(auditTrail.objectId, fixed.id));
    const actions = entries.map((e) => e.action);
    for (const a of ['case.save', 'case.submit', 'case.return', 'case.accept', 'case.recommend', 'case.publish'])
      expect(actions).toContain(a);
  });

  it('refuses a case before the evaluation, and out of scope answers 404', async () => {
    const expert = await t.as('expert'); // assists e01, operating
    const r = await expert.post(`/api/v1/participations/${t.ids.participations.e01}/case`, {
      title: 'x',
      parts: parts(1000),
      draftingUnits: ['a'],
      version: 0,
    });
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe('CASE_STAGE');
    const out = await expert.post(`/api/v1/participations/${t.ids.participations.e02}/case`, {
      title: 'x',
      parts: parts(1000),
      draftingUnits: ['a'],
      version: 0,
    });
    expect(out.statusCode).toBe(404);
    const [row] = await t.ctx.database.db
      .select({ n: excellentCases.id })
      .from(excellentCases)
      .where(eq(excellentCases.participationId, t.ids.participations.e01!));
    expect(row).toBeUndefined();
  });

  it('shows the targets per body and district of the jurisdiction', async () => {
    const r = (await (await t.as('xuzhou')).get('/api/v1/cases/targets')).json();
    expect(r.rule).toEqual({ bodyMin: 1, bodyMax: 2, districtMin: 1 });
    const fx = r.districts.find((d: { regionCode: string }) => d.regionCode === '320321');
    expect(fx.cases).toBeGreaterThanOrEqual(1);
    expect(fx.status).toBe('met');
    expect(r.districts.some((d: { status: string }) => d.status === 'below')).toBe(true);
    expect(r.met).toBe(false);
  });
});

describe('撤回发布: the publishing bureau withdraws a published case', () => {
  it('only 徐州 (which published e02’s case) withdraws it, with a reason; it leaves the library; audited', async () => {
    const id = t.ids.cases.e02!;
    const xuzhou = await t.as('xuzhou');
    const before = (await xuzhou.get(`/api/v1/cases/${id}`)).json();
    expect(before).toMatchObject({ published: true });
    expect(before.you.commands).toContain('withdraw');
    const tianjin = await t.as('tianjin');
    const inLibrary = async () =>
      (await tianjin.get('/api/v1/cases/library')).json().items.map((i: { id: string }) => i.id) as string[];
    expect(await inLibrary()).toContain(id);

    // another bureau over the enterprise did not publish it
    const jiangsu = await t.as('jiangsu');
    const notTheirs = await jiangsu.post(`/api/v1/cases/${id}/withdraw`, {
      version: before.version,
      reason: '数据待核实',
    });
    expect(notTheirs.statusCode).toBe(403);
    expect(notTheirs.json()).toMatchObject({ code: 'CASE_NOT_YOUR_PUBLICATION' });
    expect(notTheirs.json().message).toContain('徐州市');
    // a bureau outside the enterprise's jurisdiction reads the library but cannot act on it
    expect(
      (await tianjin.post(`/api/v1/cases/${id}/withdraw`, { version: before.version, reason: 'x' })).statusCode,
    ).toBe(404);
    // the reason is required
    const bare = await xuzhou.post(`/api/v1/cases/${id}/withdraw`, { version: before.version, reason: ' ' });
    expect(bare.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.reason' });

    const withdrawn = await xuzhou.post(`/api/v1/cases/${id}/withdraw`, {
      version: before.version,
      reason: '企业提升后数据需重新核实',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ published: false, publishedAt: null, status: before.status });
    expect(withdrawn.json().history.at(-1)).toMatchObject({ command: 'withdraw', reason: '企业提升后数据需重新核实' });
    expect(await inLibrary()).not.toContain(id);
    expect((await tianjin.get(`/api/v1/cases/${id}`)).statusCode).toBe(404);
    // nothing left to withdraw
    const again = await xuzhou.post(`/api/v1/cases/${id}/withdraw`, {
      version: withdrawn.json().version,
      reason: '再次撤回',
    });
    expect(again.json()).toMatchObject({ code: 'CASE_NOT_PUBLISHED' });
    const trail = await t.ctx.database.db
      .select({ action: auditTrail.action, detail: auditTrail.detail })
      .from(auditTrail)
      .where(and(eq(auditTrail.objectId, id), eq(auditTrail.action, 'case.withdraw')));
    expect(trail).toHaveLength(1);
    expect(trail[0]!.detail).toMatchObject({ reason: '企业提升后数据需重新核实' });
  });
});
