/**
 * 优良案例 as Word in Annex D's structure (003 Annex D; 002 Annex 1): the demo's published case (鑫达五金) downloads
 * as DOCX for any signed-in reader, converts through LibreOffice and renders to PNG (artifacts/documents/); the PDF's
 * text carries the title, the five headings in order, the body and the drafting units. The download is audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import fs from 'node:fs';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { canRender, renderDocx } from './helpers/render-docx.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';
import { DEMO_CASES } from '../seeds/demo-cases.js';
import { participationExperts } from '../src/modules/participations/participations.table.js';
import { realPng } from '../src/platform/files/image-fixtures.js';
import { isNull } from 'drizzle-orm';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const render = canRender() ? it : it.skip;
const HEADINGS = [
  '企业简介',
  '企业急需解决的质量管理问题',
  '提升行动主要做法',
  '企业质量提升成效',
  '启示',
  '主要起草单位',
];

describe('the excellent case as Word', () => {
  it('downloads as DOCX for a reader of the library, with the download in the trail', async () => {
    const id = t.ids.cases.e02!;
    const response = await (await t.as('tianjin')).get(`/api/v1/cases/${id}/docx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('优良案例'));
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const entries = await t.ctx.database.db
      .select({ action: auditTrail.action })
      .from(auditTrail)
      .where(and(eq(auditTrail.objectId, id), eq(auditTrail.action, 'case.download_docx')));
    expect(entries.length).toBe(1);
  });

  render(
    'renders through LibreOffice: title, the five parts under their headings in order, the drafting units',
    async () => {
      const response = await (await t.as('xuzhou')).get(`/api/v1/cases/${t.ids.cases.e02}/docx`);
      const d = renderDocx(response.rawPayload, 'case-e02');
      const flat = d.text.replace(/\s+/g, '');
      expect(flat).toContain(DEMO_CASES.e02.title.replace(/\s+/g, ''));
      const at = HEADINGS.map((h) => flat.indexOf(h));
      for (const i of at) expect(i).toBeGreaterThanOrEqual(0);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(flat).toContain('一次交检合格率从91%提高到98%');
      for (const unit of DEMO_CASES.e02.draftingUnits) expect(flat).toContain(unit);
      expect(flat).not.toMatch(/profile|insights|draftingUnits/);
      expect(fs.statSync(d.png).size).toBeGreaterThan(10_000);
    },
    240_000,
  );

  render(
    'embeds a PNG figure after its part, scaled to the page, with 图N and the caption below',
    async () => {
      const pid = t.ids.participations.e03!;
      const [row] = await t.ctx.database.db
        .select({ userId: participationExperts.expertUserId })
        .from(participationExperts)
        .where(and(eq(participationExperts.participationId, pid), isNull(participationExperts.toOn)));
      const username = Object.entries(t.ids.users).find(([, id]) => id === row!.userId)![0];
      const expert = await t.as(username);
      const png = await expert.post(
        `/api/v1/participations/${pid}/files?purpose=case_figure&name=chart.png`,
        realPng(),
        {
          'content-type': 'image/png',
        },
      );
      expect(png.statusCode, png.body).toBe(201);
      const c = DEMO_CASES.e02;
      const saved = await expert.post(`/api/v1/participations/${pid}/case`, {
        title: '插图案例',
        parts: { ...c.parts },
        draftingUnits: ['丰县绿源木业有限公司'],
        figures: [{ fileId: png.json().id, part: 'results', caption: '提升前后一次交检合格率对比' }],
        version: 0,
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const response = await expert.get(`/api/v1/cases/${saved.json().id}/docx`);
      expect(response.statusCode).toBe(200);
      // the image is inside the package (word/media/…png), not only its caption
      expect(response.rawPayload.toString('latin1')).toMatch(/word\/media\/[^\0]*?\.png/);
      const d = renderDocx(response.rawPayload, 'case-figure');
      const flat = d.text.replace(/\s+/g, '');
      const caption = flat.indexOf('图1提升前后一次交检合格率对比');
      expect(caption).toBeGreaterThan(flat.indexOf('企业质量提升成效'));
      expect(caption).toBeLessThan(flat.indexOf('启示'));
      expect(fs.statSync(d.png).size).toBeGreaterThan(10_000);
    },
    240_000,
  );
});
