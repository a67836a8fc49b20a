/**
 * The self-evaluation report (002 Annex 2) and the body's CNCA deliverables (认秘函〔2024〕58号) on the demo data: the
 * draft's figures are the statistics table's; an over-limit 经验启示 is refused naming the field; a region outside the
 * caller's jurisdiction answers 404; a body's enterprise list holds its own participations only (read back with
 * exceljs), a bureau's only its region's; the report and the summary render to PNG (artifacts/documents/).
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SelfEvaluationDraft } from '../../contracts/self-evaluation.js';
import { isWithinRegion } from '../../domain/regions/region-code.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';
import { participations } from '../src/modules/participations/participations.table.js';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { canRender, renderDocx } from './helpers/render-docx.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const render = canRender() ? it : it.skip;

const draftOf = async (username: string, code: string): Promise<SelfEvaluationDraft> => {
  const response = await (await t.as(username)).get(`/api/v1/self-evaluation/regions/${code}/draft`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

async function readSheet(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return rows;
}

const HEADINGS = [
  '一、组织发动',
  '二、宣传培训',
  '三、企业帮扶',
  '四、区域产业试点',
  '五、经验启示',
  '六、存在问题及下一步工作',
];

describe('the self-evaluation draft', () => {
  it('takes its figures from the statistics table of the same region and day', async () => {
    const draft = await draftOf('xuzhou', '320300');
    const table = await (await t.as('xuzhou')).get(`/api/v1/statistics/regions/320300/table?to=${draft.table.to}`);
    expect(table.statusCode).toBe(200);
    expect(draft.table).toEqual(table.json());
    expect(draft.table.assisted.enterprises).toBeGreaterThan(0);
    expect(draft.sections.assistance).toContain(`${draft.table.assisted.enterprises} 家`);
    expect(draft.sections.publicityTraining).toContain(`${draft.table.training.total.personTimes} 人次`);
    expect(draft.sections.mobilisation).toContain(`${draft.table.policies.count} 项`);
    expect(draft.insightsLimit).toBe(500);
    // the published demo case (e02, 丰县) is among the region's best cases and named in 三
    expect(draft.cases.map((c) => c.id)).toContain(t.ids.cases.e02);
    for (const c of draft.cases) expect(draft.sections.assistance).toContain(c.title);
  });

  it('answers 404 for a region outside the jurisdiction, 403 for a body', async () => {
    expect((await (await t.as('xuzhou')).get('/api/v1/self-evaluation/regions/120000/draft')).statusCode).toBe(404);
    expect((await (await t.as('fengxian')).get('/api/v1/self-evaluation/regions/320300/draft')).statusCode).toBe(404);
    expect((await (await t.as('cbadmin')).get('/api/v1/self-evaluation/regions/320300/draft')).statusCode).toBe(403);
  });
});

describe('the self-evaluation report as Word', () => {
  it('refuses 经验启示 over 500 characters naming the field (nothing in the trail); 500 downloads, audited', async () => {
    const draft = await draftOf('xuzhou', '320300');
    const client = await t.as('xuzhou');
    const over = await client.post('/api/v1/self-evaluation/regions/320300/docx', {
      sections: { ...draft.sections, insights: '验'.repeat(501) },
    });
    expect(over.statusCode).toBe(422);
    expect(over.json().code).toBe('SELF_EVALUATION_INSIGHTS_TOO_LONG');
    expect(over.json().message).toContain('经验启示');
    expect(over.json().message).toContain('501 / 500');
    const trail = () =>
      t.ctx.database.db
        .select({ action: auditTrail.action })
        .from(auditTrail)
        .where(and(eq(auditTrail.action, 'self_evaluation.download_docx'), eq(auditTrail.objectId, '320300')));
    expect((await trail()).length).toBe(0);
    const at = await client.post('/api/v1/self-evaluation/regions/320300/docx', {
      sections: { ...draft.sections, insights: `${'验'.repeat(500)}\n  ` },
    });
    expect(at.statusCode, at.body).toBe(200);
    expect(at.headers['content-type']).toContain('wordprocessingml');
    expect(at.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await trail()).length).toBe(1);
  });

  it('refuses a region outside the jurisdiction', async () => {
    const draft = await draftOf('xuzhou', '320300');
    const response = await (await t.as('tianjin')).post('/api/v1/self-evaluation/regions/320300/docx', {
      sections: draft.sections,
    });
    expect(response.statusCode).toBe(404);
  });

  render(
    'renders through LibreOffice: the six headings in order, the edited text, the 附表 with the figures',
    async () => {
      const draft = await draftOf('xuzhou', '320300');
      const insights = '以“政府引导、机构帮扶、企业主体”的协同机制推动提升行动走实走深。';
      const response = await (await t.as('xuzhou')).post('/api/v1/self-evaluation/regions/320300/docx', {
        sections: { ...draft.sections, insights },
      });
      expect(response.statusCode, response.body).toBe(200);
      const d = renderDocx(response.rawPayload, 'self-evaluation-320300');
      const flat = d.text.replace(/\s+/g, '');
      expect(flat).toContain('徐州市小微企业质量管理体系认证提升行动自评报告');
      const at = [...HEADINGS, '附表'].map((h) => flat.indexOf(h));
      for (const i of at) expect(i).toBeGreaterThanOrEqual(0);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(flat).toContain(insights);
      expect(flat).toContain(`帮扶企业数量：${draft.table.assisted.enterprises}家`);
      expect(flat).toContain(`培训人员数量：${draft.table.training.total.personTimes}人次`);
      expect(flat).not.toMatch(/mobilisation|insights|problemsNext/);
      expect(fs.statSync(d.png).size).toBeGreaterThan(10_000);
    },
    240_000,
  );
});

describe('the CNCA deliverables of a body', () => {
  const enterprisesOf = async (username: string, bodyKey: string) =>
    (await t.as(username)).get(`/api/v1/certification-bodies/${t.ids.orgs[bodyKey]}/cnca-enterprises.xlsx`);

  it('lists exactly the body’s own participations, with labels and no internal codes', async () => {
    const response = await enterprisesOf('cbadmin', 'cb1');
    expect(response.statusCode, response.body).toBe(200);
    const rows = await readSheet(response.rawPayload);
    expect(rows[0]).toEqual([
      '序号',
      '企业名称',
      '统一社会信用代码',
      '所在地区',
      '行业类别',
      '帮扶机构',
      '帮扶专家',
      '所处阶段',
      '认证证书编号',
    ]);
    const own = await t.ctx.database.db
      .select({ id: participations.id })
      .from(participations)
      .where(eq(participations.certificationBodyId, t.ids.orgs.cb1!));
    const body = rows.slice(1);
    expect(body.length).toBe(own.length);
    expect(body.length).toBeGreaterThan(0);
    for (const r of body) {
      expect(r[5]).toBe('苏信质量认证中心有限公司');
      expect(r[2]).toMatch(/^[0-9A-Z]{18}$/);
      expect(r[4]).toMatch(/^\d{2} \S+/);
      expect(r[7]).not.toMatch(/^[a-z_]+$/);
    }
    expect(body.some((r) => r[6] !== '')).toBe(true);
  });

  it('refuses another body’s list (404) and gives a bureau only its region’s rows', async () => {
    expect((await enterprisesOf('cbadmin', 'cb2')).statusCode).toBe(404);
    expect(
      (await (await t.as('cbadmin')).get(`/api/v1/certification-bodies/${t.ids.orgs.cb2}/cnca-summary.docx`))
        .statusCode,
    ).toBe(404);
    const all = await t.ctx.database.db
      .select({ regionCode: participations.regionCode })
      .from(participations)
      .where(eq(participations.certificationBodyId, t.ids.orgs.cb1!));
    const fengxian = await enterprisesOf('fengxian', 'cb1');
    expect(fengxian.statusCode).toBe(200);
    const rows = (await readSheet(fengxian.rawPayload)).slice(1);
    expect(rows.length).toBe(all.filter((r) => isWithinRegion(r.regionCode, '320321')).length);
    expect(rows.length).toBeLessThan(all.length);
    for (const r of rows) expect(r[3]).toBe('丰县');
    expect((await enterprisesOf('expert', 'cb1')).statusCode).toBe(403);
  });

  render(
    'the work summary renders through LibreOffice with the body, its figures and the three parts',
    async () => {
      const response = await (await t.as('cbadmin')).get(
        `/api/v1/certification-bodies/${t.ids.orgs.cb1}/cnca-summary.docx`,
      );
      expect(response.statusCode, response.body).toBe(200);
      const d = renderDocx(response.rawPayload, 'cnca-summary-cb1');
      const flat = d.text.replace(/\s+/g, '');
      expect(flat).toContain('苏信质量认证中心有限公司小微企业质量管理体系认证提升行动工作总结');
      const at = ['一、主要措施与成效', '二、存在问题与建议', '三、下一步工作打算'].map((h) => flat.indexOf(h));
      for (const i of at) expect(i).toBeGreaterThanOrEqual(0);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(flat).toMatch(/共帮扶小微企业\d+家/);
      expect(flat).toContain('帮扶企业情况：');
      expect(flat).toContain('丰县鑫达五金制品有限公司');
      expect(flat).not.toMatch(/assigned|implementing|certified/);
      expect(fs.statSync(d.png).size).toBeGreaterThan(10_000);
    },
    240_000,
  );
});
