/**
 * The QMS document register through the API (001 annex 体系建设; 003 §6.7.2.3; GB/T 19001-2016 7.5): documents from a
 * starter outline or by hand, approval by someone other than the author, effective not before approval, a new
 * version keeping the history, the coverage of clauses and mandatory items with gaps and recorded non-applicability,
 * the scope (outside → the same 404 as unknown), bad input refused with its code and nothing written, the audit
 * trail, the 一企一档 timeline and the Word register. The demo's e06 is implementing with an empty register.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import fs from 'node:fs';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';
import { realPng } from '../src/platform/files/image-fixtures.js';
import { canRender, renderDocx } from './helpers/render-docx.js';
import type { QmsRegister } from '../../contracts/qms-documents.js';

let t: TestApp;
let e06: string;
let e01: string;
let manager: Client;
let contact: Client;
const base = () => `/api/v1/participations/${e06}/qms-documents`;
const register = async (): Promise<QmsRegister> => {
  const r = await manager.get(base());
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};
type Covered = { state: string; documentIds: string[]; notApplicable: unknown };
const clauseOf = (reg: QmsRegister, id: string): Covered => reg.coverage.clauses.find((c) => c.clause === id)!;
const itemOf = (reg: QmsRegister, id: string): Covered => reg.coverage.items.find((c) => c.item === id)!;

beforeAll(async () => {
  t = await buildTestApp();
  e06 = t.ids.participations.e06!;
  e01 = t.ids.participations.e01!;
  manager = await t.as('cbmanager');
  contact = await t.as('enterprise');
});
afterAll(async () => t?.close());

describe('the register of an implementing enterprise', () => {
  let procedureId: string;
  let version: number;

  it('starts empty: every clause and item a gap; the outlines are there', async () => {
    const reg = await register();
    expect(reg.stage).toBe('implementing');
    expect(reg.mayWrite).toBe(true);
    expect(reg.documents).toEqual([]);
    expect(reg.coverage.gaps).toEqual({ clauses: reg.coverage.clauses.length, items: 26 });
    const outlines = (await manager.get('/api/v1/qms-documents/outlines')).json();
    expect(outlines.items.find((o: { key: string }) => o.key === 'internal_audit')).toMatchObject({
      level: 'procedure',
      zh: '内部审核控制程序',
      clauses: ['9.2'],
    });
  });

  it('copies an outline as a draft with the next number; a draft covers nothing', async () => {
    const copied = await manager.post(`${base()}/from-outline`, {
      outlineKey: 'internal_audit',
      authorName: '陈晓燕',
      draftedOn: '2026-11-02',
    });
    expect(copied.statusCode, copied.body).toBe(201);
    procedureId = copied.json().id;
    version = copied.json().version;
    const reg = await register();
    expect(reg.documents[0]).toMatchObject({
      number: 'QP-01',
      title: '内部审核控制程序',
      level: 'procedure',
      status: 'draft',
      revision: 'A/0',
      clauses: ['9.2'],
      inForce: null,
      particularsOpen: true,
    });
    expect(reg.documents[0]!.outline[0]).toBe('1 目的');
    expect(clauseOf(reg, '9.2').state).toBe('gap');
  });

  it('refuses a draft made effective directly, and an approval by its author', async () => {
    const status = (body: Record<string, unknown>) =>
      manager.post(`${base()}/${procedureId}/status`, { version, ...body });
    expect((await status({ to: 'effective', effectiveOn: '2026-11-05' })).json()).toMatchObject({
      code: 'QMS_STATUS_TRANSITION',
      field: 'to',
    });
    const self = await status({ to: 'approved', approverName: '陈晓燕', approvedOn: '2026-11-03' });
    expect(self.statusCode).toBe(422);
    expect(self.json()).toMatchObject({ code: 'QMS_APPROVER_IS_AUTHOR', field: 'approverName' });
    expect((await status({ to: 'approved', approverName: '周宏图', approvedOn: '2026-11-01' })).json()).toMatchObject({
      code: 'DATE_ORDER',
      field: 'approvedOn',
    });
    expect((await status({ to: 'approved', approverName: '周宏图', approvedOn: '2026-11-24' })).json()).toMatchObject({
      code: 'DATE_IN_FUTURE',
    });
    expect((await register()).documents[0]!.status).toBe('draft'); // nothing written
  });

  it('approved, then effective not before the approval: the clause is covered', async () => {
    const approved = await manager.post(`${base()}/${procedureId}/status`, {
      to: 'approved',
      approverName: '周宏图',
      approvedOn: '2026-11-04',
      version,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    version = approved.json().version;
    const early = await manager.post(`${base()}/${procedureId}/status`, {
      to: 'effective',
      effectiveOn: '2026-11-03',
      version,
    });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ code: 'DATE_ORDER', field: 'effectiveOn' });
    const stale = await manager.post(`${base()}/${procedureId}/status`, {
      to: 'effective',
      effectiveOn: '2026-11-05',
      version: version - 1,
    });
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const effective = await manager.post(`${base()}/${procedureId}/status`, {
      to: 'effective',
      effectiveOn: '2026-11-05',
      version,
    });
    expect(effective.statusCode, effective.body).toBe(200);
    version = effective.json().version;
    const reg = await register();
    expect(reg.documents[0]).toMatchObject({
      status: 'effective',
      inForce: { revision: 'A/0', effectiveOn: '2026-11-05' },
      particularsOpen: false,
    });
    expect(clauseOf(reg, '9.2')).toMatchObject({ state: 'covered', documentIds: [procedureId] });
    expect(itemOf(reg, 'R19').state).toBe('gap'); // the record itself is not yet in the register
  });

  it('a new version keeps the history; the old one is superseded when the new one takes effect', async () => {
    const revise = (body: Record<string, unknown>) =>
      manager.post(`${base()}/${procedureId}/revisions`, {
        authorName: '陈晓燕',
        draftedOn: '2026-11-10',
        changeNote: '增加内审员资格要求',
        version,
        ...body,
      });
    expect((await revise({ revision: 'A/0' })).json()).toMatchObject({ code: 'QMS_REVISION_NOT_NEWER' });
    expect((await revise({ revision: 'V2' })).json()).toMatchObject({ code: 'QMS_REVISION_FORMAT' });
    expect((await revise({ revision: 'A/1', draftedOn: '2026-11-04' })).json()).toMatchObject({
      code: 'DATE_ORDER',
      field: 'draftedOn',
    });
    const added = await revise({ revision: 'A/1', clauses: ['9.2', '7.2'] });
    expect(added.statusCode, added.body).toBe(201);
    version = added.json().version;
    // a second revision while one is pending is refused
    expect((await revise({ revision: 'A/2' })).json()).toMatchObject({ code: 'QMS_REVISION_PENDING' });
    let reg = await register();
    expect(reg.documents[0]).toMatchObject({ status: 'draft', revision: 'A/1', inForce: { revision: 'A/0' } });
    // the version in force still covers 9.2 only
    expect(clauseOf(reg, '9.2').state).toBe('covered');
    expect(clauseOf(reg, '7.2').state).toBe('gap');
    for (const body of [
      { to: 'approved', approverName: '周宏图', approvedOn: '2026-11-11' },
      { to: 'effective', effectiveOn: '2026-11-12' },
    ]) {
      const r = await manager.post(`${base()}/${procedureId}/status`, { ...body, version });
      expect(r.statusCode, r.body).toBe(200);
      version = r.json().version;
    }
    reg = await register();
    expect(reg.documents[0]!.revisions.map((r) => [r.revision, r.status, r.obsoletedOn])).toEqual([
      ['A/0', 'obsolete', '2026-11-12'],
      ['A/1', 'effective', null],
    ]);
    expect(reg.documents[0]!.revisions[0]!.clauses).toEqual(['9.2']);
    expect(clauseOf(reg, '7.2').documentIds).toEqual([procedureId]);
  });

  it('only a draft is edited; numbers are unique; bad particulars are refused with their codes', async () => {
    const edit = await manager.post(`${base()}/${procedureId}`, {
      number: 'QP-01',
      title: '内部审核控制程序',
      level: 'procedure',
      authorName: '陈晓燕',
      draftedOn: '2026-11-10',
      version,
    });
    expect(edit.json()).toMatchObject({ code: 'QMS_NOT_DRAFT' });
    const create = (body: Record<string, unknown>) =>
      manager.post(base(), { title: '记录', level: 'form', authorName: '陈晓燕', draftedOn: '2026-11-10', ...body });
    expect((await create({ number: 'qp-01' })).json()).toMatchObject({
      code: 'QMS_DOCUMENT_NUMBER_TAKEN',
      field: 'number',
    });
    expect((await create({ number: 'QR-01', level: 'chapter' })).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await create({ number: 'QR-01', clauses: ['11.1'] })).json()).toMatchObject({ code: 'QMS_CLAUSE_UNKNOWN' });
    expect((await create({ number: 'QP-02', level: 'procedure', items: ['R19'] })).json()).toMatchObject({
      code: 'QMS_RECORD_ITEM_NEEDS_FORM',
      field: 'items',
    });
    expect((await create({ number: 'QM-01', level: 'manual', parentId: procedureId })).json()).toMatchObject({
      code: 'QMS_PARENT_LEVEL',
      field: 'parentId',
    });
    expect((await create({ number: 'QR-01', draftedOn: '2026-11-24' })).json()).toMatchObject({
      code: 'DATE_IN_FUTURE',
    });
    expect((await create({ number: 'QR-01', fileId: '00000000-0000-4000-8000-000000000000' })).json()).toMatchObject({
      code: 'NOT_FOUND',
      field: 'fileId',
    });
    expect((await register()).documents).toHaveLength(1); // nothing half-written
  });

  it('a form with its file below the procedure covers the record to retain; its draft can be edited', async () => {
    const upload = await manager.post(
      `/api/v1/participations/${e06}/files?purpose=qms_document&name=${encodeURIComponent('内审记录.png')}`,
      realPng(),
      {
        'content-type': 'application/octet-stream',
      },
    );
    expect(upload.statusCode, upload.body).toBe(201);
    const created = await manager.post(base(), {
      number: 'QR-09',
      title: '内部审核记录',
      level: 'form',
      parentId: procedureId,
      clauses: ['9.2'],
      items: ['R19'],
      authorName: '陈晓燕',
      draftedOn: '2026-11-10',
      fileId: upload.json().id,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const edited = await manager.post(`${base()}/${id}`, {
      number: 'QR-02',
      title: '内部审核记录（方案、计划、检查表、报告）',
      level: 'form',
      parentId: procedureId,
      clauses: ['9.2'],
      items: ['R19'],
      authorName: '陈晓燕',
      draftedOn: '2026-11-10',
      fileId: upload.json().id,
      version: 1,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    for (const body of [
      { to: 'approved', approverName: '周宏图', approvedOn: '2026-11-11', version: 2 },
      { to: 'effective', effectiveOn: '2026-11-12', version: 3 },
    ]) {
      const r = await manager.post(`${base()}/${id}/status`, body);
      expect(r.statusCode, r.body).toBe(200);
    }
    const reg = await register();
    const form = reg.documents.find((d) => d.id === id);
    expect(form).toMatchObject({ number: 'QR-02', parentId: procedureId, status: 'effective' });
    expect(form!.revisions[0]!.file).toMatchObject({ fileName: '内审记录.png' });
    expect(itemOf(reg, 'R19')).toMatchObject({ state: 'covered', documentIds: [id] });
  });

  it('8.3 not applicable with its reason: the clause, its parts and R7–R11; withdrawn, the gap is back', async () => {
    expect((await manager.post(`${base()}/not-applicable`, { clause: '9.2', reason: '无' })).json()).toMatchObject({
      code: 'QMS_CLAUSE_NOT_EXCLUDABLE',
      field: 'clause',
    });
    expect((await manager.post(`${base()}/not-applicable`, { clause: '8.9', reason: '无' })).json()).toMatchObject({
      code: 'QMS_CLAUSE_UNKNOWN',
    });
    const na = await manager.post(`${base()}/not-applicable`, {
      clause: '8.3',
      reason: '按客户图样印刷加工，无产品设计开发',
    });
    expect(na.statusCode, na.body).toBe(201);
    const again = await manager.post(`${base()}/not-applicable`, { clause: '8.3.2', reason: '重复' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'QMS_NA_ALREADY_RECORDED' });
    let reg = await register();
    expect(clauseOf(reg, '8.3.4')).toMatchObject({
      state: 'not_applicable',
      notApplicable: { clause: '8.3', reason: '按客户图样印刷加工，无产品设计开发' },
    });
    expect(itemOf(reg, 'R9').state).toBe('not_applicable');
    expect(reg.nonApplicable).toMatchObject([{ clause: '8.3', recordedBy: expect.any(String) }]);
    const withdrawn = await manager.post(`${base()}/not-applicable/${na.json().id}/withdraw`);
    expect(withdrawn.statusCode).toBe(204);
    expect((await manager.post(`${base()}/not-applicable/${na.json().id}/withdraw`)).statusCode).toBe(404);
    reg = await register();
    expect(clauseOf(reg, '8.3.4').state).toBe('gap');
    expect(reg.nonApplicable).toEqual([]);
  });

  it('every write is in the audit trail', async () => {
    const rows = await t.ctx.database.db
      .select({ action: auditTrail.action })
      .from(auditTrail)
      .where(and(eq(auditTrail.objectId, e06), like(auditTrail.action, 'qms_document.%')));
    expect(new Set(rows.map((r) => r.action))).toEqual(
      new Set([
        'qms_document.copy_outline',
        'qms_document.create',
        'qms_document.edit',
        'qms_document.status',
        'qms_document.revise',
        'qms_document.not_applicable',
        'qms_document.withdraw_not_applicable',
      ]),
    );
  });

  it('the 一企一档 timeline shows the versions made effective, one record per day', async () => {
    const detail = (await manager.get(`/api/v1/participations/${e06}`)).json();
    const effective = detail.records.filter((r: { kind: string }) => r.kind === 'qms_document_effective');
    expect(
      effective.map((r: { on: string; text: string; labelKey: string | null }) => [r.on, r.text, r.labelKey]),
    ).toEqual([
      ['2026-11-12', 'QP-01 内部审核控制程序（A/1）、QR-02 内部审核记录（方案、计划、检查表、报告）（A/0）', null],
      ['2026-11-05', 'QP-01 内部审核控制程序（A/0）', 'qmsLevel.procedure'],
    ]);
    expect(effective[0]).toMatchObject({ section: 'qms-documents' });
  });

  it('the register as a Word document (文件清单), rendered through LibreOffice', async () => {
    const r = await manager.get(`${base()}/register.docx`);
    expect(r.statusCode).toBe(200);
    expect(r.rawPayload.subarray(0, 2).toString()).toBe('PK');
    if (!canRender()) return;
    const { text, png } = renderDocx(r.rawPayload, 'qms-document-register');
    expect(text).toContain('质量管理体系文件清单');
    expect(text).toContain('QP-01');
    expect(text).toContain('内部审核记录');
    expect(text).toContain('程序文件');
    expect(text).toContain('现行有效');
    expect(fs.existsSync(png)).toBe(true);
  }, 180_000);
});

describe('scope and stage', () => {
  it('outside the scope is the same 404 as unknown; a bureau of the region reads, never writes', async () => {
    for (const who of ['tianjin', 'expert2', 'enterprise']) {
      const r = await (await t.as(who)).get(base());
      expect(r.statusCode, who).toBe(404);
    }
    expect((await (await t.as('xuzhou')).get(base())).statusCode).toBe(200);
    const write = await (await t.as('xuzhou')).post(`${base()}/not-applicable`, { clause: '8.3', reason: '无' });
    expect(write.statusCode).toBe(403);
    expect(
      (await manager.get(`/api/v1/participations/00000000-0000-4000-8000-000000000000/qms-documents`)).statusCode,
    ).toBe(404);
  });

  it("the enterprise's contact writes its own register", async () => {
    const r = await contact.post(`/api/v1/participations/${e01}/qms-documents/from-outline`, {
      outlineKey: 'work_instruction',
      number: 'WI-99',
      authorName: '李娜',
      draftedOn: '2026-11-20',
    });
    expect(r.statusCode, r.body).toBe(201);
  });

  it('before implementation the register is locked', async () => {
    const e07 = t.ids.participations.e07!;
    const r = await manager.post(`/api/v1/participations/${e07}/qms-documents/from-outline`, {
      outlineKey: 'quality_manual',
      authorName: '李娜',
      draftedOn: '2026-11-20',
    });
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ code: 'QMS_DOCUMENTS_LOCKED' });
  });
});

describe("the demo's operating enterprises have a real register", () => {
  it('e01: manual, procedures, instructions and forms in force, no gap, 8.3 not applicable, the manual amended', async () => {
    const reg: QmsRegister = (await contact.get(`/api/v1/participations/${e01}/qms-documents`)).json();
    const levels = new Set(reg.documents.filter((d) => d.inForce).map((d) => d.level));
    expect(levels).toEqual(new Set(['manual', 'procedure', 'instruction', 'form']));
    expect(reg.coverage.gaps).toEqual({ clauses: 0, items: 0 });
    expect(reg.nonApplicable.map((n) => n.clause)).toEqual(['8.3']);
    const manual = reg.documents.find((d) => d.level === 'manual')!;
    expect(manual.revisions.map((r) => [r.revision, r.status])).toEqual([
      ['A/0', 'obsolete'],
      ['A/1', 'effective'],
    ]);
    // approved by the top manager, not the author; effective before operation started
    expect(manual.revisions[1]!.approverName).not.toBe(manual.revisions[1]!.authorName);
    expect(manual.inForce!.effectiveOn < t.calendar.steps.start_operation!).toBe(true);
    expect(reg.documents.find((d) => d.number === 'QP-10')?.parentId).toBe(manual.id);
  });
});
