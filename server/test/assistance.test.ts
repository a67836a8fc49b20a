/**
 * The assistance through the API (003 §6.5–6.6; ADR 0014): the survey with offline merge, evidence uploads by content, the diagnosis
 * report confirmed by the enterprise (digest, scan), the plan with comments, acceptance, an
 * amendment as version 2 with its reason, and the indicators contract.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { auditTrail } from '../src/platform/audit/audit-trail.table.js';
import { demoPlan, demoSurvey } from '../seeds/demo-assistance.js';
import { MAX_UPLOAD_BYTES } from '../src/platform/files/sniff.js';
import { REAL_JPEG } from '../src/platform/files/image-fixtures.js';

let t: TestApp;
let id: string; // e09 佳美纺织: assigned to 冯雪 (expert4), contact ent09
beforeAll(async () => {
  t = await buildTestApp();
  id = t.ids.participations.e09!;
});
afterAll(async () => t?.close());

const subject = { name: '睢宁县佳美纺织有限公司', legalRepresentative: '吴佳美', contactName: '吴静', index: 8 };
/** A real (tiny) JPEG without metadata — a photo is now walked segment by segment to strip it — and a minimal PDF. */
const JPEG = REAL_JPEG;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('survey', () => {
  it('is written by the assigned expert only, read by the enterprise, hidden from other experts', async () => {
    const expert = await t.as('expert4');
    const mine = (await expert.get(`/api/v1/participations/${id}/survey`)).json();
    expect(mine).toMatchObject({ status: 'none', revision: 0, editable: true, progress: { answered: 0, total: 49 } });
    expect(mine.template.items).toHaveLength(9);
    expect((await (await t.as('ent09')).get(`/api/v1/participations/${id}/survey`)).json().editable).toBe(false);
    expect(
      (
        await (
          await t.as('ent09')
        ).post(`/api/v1/participations/${id}/survey`, { baseRevision: 0, survey: mine.survey })
      ).statusCode,
    ).toBe(403);
    expect((await (await t.as('expert3')).get(`/api/v1/participations/${id}/survey`)).statusCode).toBe(404);
    const bad = await expert.post(`/api/v1/participations/${id}/survey`, {
      baseRevision: 0,
      survey: { ...mine.survey, answers: { 'resources.1': { value: 150, unit: '%', period: '2025年' } } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toContain('answers.resources.1');
  });

  it('merges a draft kept offline per sub-item and shows, not overwrites, what both sides changed', async () => {
    const expert = await t.as('expert4');
    const empty = (await expert.get(`/api/v1/participations/${id}/survey`)).json().survey;
    const first = await expert.post(`/api/v1/participations/${id}/survey`, {
      baseRevision: 0,
      survey: {
        ...empty,
        answers: {
          'compliance_integrity.1': { status: 'conforming' },
          'resources.2': { status: 'partial', finding: '设备台账不全' },
        },
      },
    });
    expect(first.json()).toMatchObject({ revision: 1, conflicts: [] });
    const base = first.json().survey;
    // a colleague online changes resources.2 and adds strategy_risk.1 → revision 2
    const online = await (await t.as('cbmanager')).post(`/api/v1/participations/${id}/survey`, {
      baseRevision: 1,
      survey: {
        ...base,
        answers: {
          ...base.answers,
          'resources.2': { status: 'nonconforming', finding: '无设备台账' },
          'strategy_risk.1': { status: 'conforming' },
        },
      },
    });
    expect(online.json().revision).toBe(2);
    // the expert's phone, offline since revision 1, changed resources.2 differently and answered compliance_integrity.2
    const synced = await expert.post(`/api/v1/participations/${id}/survey`, {
      baseRevision: 1,
      survey: {
        ...base,
        answers: {
          ...base.answers,
          'resources.2': { status: 'partial', finding: '台账缺 3 台设备' },
          'compliance_integrity.2': { status: 'conforming' },
        },
      },
    });
    expect(synced.statusCode, synced.body).toBe(200);
    const merged = synced.json();
    expect(merged.revision).toBe(3);
    expect(merged.conflicts).toEqual([
      expect.objectContaining({
        path: 'answers.resources.2',
        local: expect.objectContaining({ finding: '台账缺 3 台设备' }),
      }),
    ]);
    expect(merged.survey.answers['resources.2']).toMatchObject({ status: 'nonconforming', finding: '无设备台账' }); // the server's kept
    expect(merged.survey.answers['strategy_risk.1']).toEqual({ status: 'conforming' }); // the colleague's kept
    expect(merged.survey.answers['compliance_integrity.2']).toEqual({ status: 'conforming' }); // the phone's applied
    expect(
      (await expert.post(`/api/v1/participations/${id}/survey`, { baseRevision: 9, survey: merged.survey })).statusCode,
    ).toBe(409);
  });

  it('takes photos and PDFs by their content, refuses other files and oversize ones, and serves them back', async () => {
    const expert = await t.as('expert4');
    const upload = (
      bytes: Buffer,
      name: string,
      type = 'application/octet-stream',
      client = expert,
      purpose = 'survey_evidence',
    ) =>
      client.post(`/api/v1/participations/${id}/files?purpose=${purpose}&name=${encodeURIComponent(name)}`, bytes, {
        'content-type': type,
      });
    const photo = await upload(JPEG, '现场照片.jpg', 'image/jpeg');
    expect(photo.statusCode, photo.body).toBe(201);
    expect(photo.json()).toMatchObject({ mime: 'image/jpeg', size: JPEG.length, fileName: '现场照片.jpg' });
    const disguised = await upload(Buffer.from('#!/bin/sh\necho hi\n'), '照片.jpg', 'image/jpeg');
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json()).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' });
    const huge = await upload(Buffer.concat([JPEG, Buffer.alloc(MAX_UPLOAD_BYTES)]), 'big.jpg');
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('FILE_TOO_LARGE');
    const back = await (await t.as('ent09')).get(`/api/v1/files/${photo.json().id}`);
    expect(back.statusCode).toBe(200);
    expect(back.headers['content-type']).toContain('image/jpeg');
    expect(back.rawPayload.equals(JPEG)).toBe(true);
    expect((await (await t.as('ent10')).get(`/api/v1/files/${photo.json().id}`)).statusCode).toBe(404);
    expect((await upload(PDF, '确认表.pdf', 'application/pdf', await t.as('ent09'))).statusCode).toBe(403); // evidence is the expert's
  });
});

describe('diagnosis, plan and indicators', () => {
  it('issues the report from the completed survey; the enterprise confirms exactly what it read', async () => {
    const expert = await t.as('expert4');
    const current = (await expert.get(`/api/v1/participations/${id}/survey`)).json();
    expect((await expert.post(`/api/v1/participations/${id}/diagnosis`, {})).json().code).toBe('SURVEY_NOT_COMPLETED');
    const saved = await expert.post(`/api/v1/participations/${id}/survey`, {
      baseRevision: current.revision,
      survey: demoSurvey(subject),
    });
    expect(saved.json().openProblems).toEqual([]);
    expect(
      (await expert.post(`/api/v1/participations/${id}/survey/complete`, { revision: saved.json().revision })).json()
        .status,
    ).toBe('completed');
    const report = (
      await expert.post(`/api/v1/participations/${id}/diagnosis`, { recommendations: ['建立出厂检验制度'] })
    ).json().diagnosis;
    expect(report).toMatchObject({ status: 'issued', confirmation: null });
    expect(report.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(report.report.opinions.length).toBeGreaterThan(0);

    const contact = await t.as('ent09');
    const version = (await contact.get(`/api/v1/participations/${id}`)).json().version;
    const confirm = (body: Record<string, unknown>) =>
      contact.post(`/api/v1/participations/${id}/diagnosis/confirm`, {
        reportId: report.id,
        digest: report.digest,
        method: 'online',
        signerName: '吴佳美',
        signerCapacity: 'legal_representative',
        version,
        ...body,
      });
    expect((await confirm({ digest: 'b'.repeat(64) })).json().code).toBe('DIAGNOSIS_DIGEST_MISMATCH');
    expect((await confirm({ method: 'scan' })).json().code).toBe('DIAGNOSIS_SCAN_REQUIRED');
    const scan = await contact.post(`/api/v1/participations/${id}/files?purpose=diagnosis_scan&name=B1.pdf`, PDF, {
      'content-type': 'application/pdf',
    });
    expect(scan.statusCode, scan.body).toBe(201);
    const confirmed = await confirm({ method: 'scan', scanFileId: scan.json().id });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().diagnosis).toMatchObject({
      status: 'confirmed',
      confirmation: { method: 'scan', signer: { name: '吴佳美' }, scanFileId: scan.json().id },
    });
    expect((await contact.get(`/api/v1/participations/${id}`)).json().stage).toBe('diagnosed');
    const [entry] = await t.ctx.database.db
      .select()
      .from(auditTrail)
      .where(and(eq(auditTrail.objectId, id), eq(auditTrail.action, 'diagnosis.confirm')));
    expect(entry!.detail).toMatchObject({ digest: report.digest, signer: '吴佳美', method: 'scan' });
    expect(entry!.actorUserId).toBe(t.ids.users.ent09);
    // confirmed: the survey no longer changes
    expect(
      (
        await expert.post(`/api/v1/participations/${id}/survey`, { baseRevision: 99, survey: demoSurvey(subject) })
      ).json().code,
    ).toBe('SURVEY_LOCKED');
  });

  it('agrees the plan after a comment and a revision, then amends it as version 2 with a reason; version 1 stays', async () => {
    const expert = await t.as('expert4');
    const contact = await t.as('ent09');
    const plan = demoPlan(demoSurvey(subject));
    const returns = plan.indicators.find((i) => i.direction === 'lower_is_better')!;
    const worse = await expert.post(`/api/v1/participations/${id}/plan`, {
      lockVersion: 0,
      plan: { ...plan, indicators: [{ ...returns, target: returns.baseline! + 1 }] },
    });
    expect(worse.statusCode).toBe(400);
    expect(worse.json()).toMatchObject({ code: 'INDICATOR_TARGET_NOT_IMPROVEMENT' });
    let overview = (await expert.post(`/api/v1/participations/${id}/plan`, { lockVersion: 0, plan })).json();
    overview = (
      await expert.post(`/api/v1/participations/${id}/plan/actions`, {
        action: 'submit',
        lockVersion: overview.current.lockVersion,
      })
    ).json();
    expect(overview.current.status).toBe('submitted');
    const commented = await contact.post(`/api/v1/participations/${id}/plan/responses`, {
      action: 'comment',
      lockVersion: overview.current.lockVersion,
      comment: '退货率目标请再积极一些',
    });
    expect(commented.json().current).toMatchObject({
      status: 'commented',
      comments: [{ body: '退货率目标请再积极一些' }],
    });
    const tighter = {
      ...plan,
      indicators: plan.indicators.map((i) => (i.key === returns.key ? { ...i, target: 1 } : i)),
    };
    overview = (
      await expert.post(`/api/v1/participations/${id}/plan`, {
        lockVersion: commented.json().current.lockVersion,
        plan: tighter,
      })
    ).json();
    overview = (
      await expert.post(`/api/v1/participations/${id}/plan/actions`, {
        action: 'revise',
        lockVersion: overview.current.lockVersion,
      })
    ).json();
    const accepted = await contact.post(`/api/v1/participations/${id}/plan/responses`, {
      action: 'accept',
      lockVersion: overview.current.lockVersion,
    });
    expect(accepted.json()).toMatchObject({ baselineVersion: 1, current: { status: 'accepted', version: 1 } });
    expect((await contact.get(`/api/v1/participations/${id}`)).json().stage).toBe('plan_agreed');

    const indicators = (await (await t.as('xuzhou')).get(`/api/v1/participations/${id}/indicators`)).json();
    expect(indicators.planVersion).toBe(1);
    expect(indicators.indicators).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          itemKey: 'customer_satisfaction',
          name: '客户退货率',
          unit: '%',
          direction: 'lower_is_better',
          baseline: returns.baseline,
          target: 1,
        }),
        expect.objectContaining({ itemKey: 'realization_delivery', direction: 'higher_is_better' }),
      ]),
    );

    // accepted is locked; a change is an amendment with a reason (003 §6.7.3)
    expect(
      (
        await expert.post(`/api/v1/participations/${id}/plan`, {
          lockVersion: accepted.json().current.lockVersion,
          plan,
        })
      ).json().code,
    ).toBe('PLAN_LOCKED');
    const noReason = await expert.post(`/api/v1/participations/${id}/plan/actions`, {
      action: 'amend',
      lockVersion: accepted.json().current.lockVersion,
    });
    expect(noReason.json().code).toBe('REASON_REQUIRED');
    const amended = (
      await expert.post(`/api/v1/participations/${id}/plan/actions`, {
        action: 'amend',
        lockVersion: accepted.json().current.lockVersion,
        reason: '新增客户订单，交付节点调整',
      })
    ).json();
    expect(amended.current).toMatchObject({ version: 2, status: 'draft', amendReason: '新增客户订单，交付节点调整' });
    expect(amended.baselineVersion).toBe(1);
    const v2 = (
      await expert.post(`/api/v1/participations/${id}/plan`, {
        lockVersion: amended.current.lockVersion,
        plan: {
          ...tighter,
          indicators: tighter.indicators.map((i) => (i.key === returns.key ? { ...i, target: 0.8 } : i)),
        },
      })
    ).json();
    const submitted = (
      await expert.post(`/api/v1/participations/${id}/plan/actions`, {
        action: 'submit',
        lockVersion: v2.current.lockVersion,
      })
    ).json();
    const final = (
      await contact.post(`/api/v1/participations/${id}/plan/responses`, {
        action: 'accept',
        lockVersion: submitted.current.lockVersion,
      })
    ).json();
    expect(final.baselineVersion).toBe(2);
    expect(final.versions.map((v: { version: number; status: string }) => `${v.version}:${v.status}`)).toEqual([
      '1:superseded',
      '2:accepted',
    ]);
    expect(
      (await contact.get(`/api/v1/participations/${id}/indicators`))
        .json()
        .indicators.find((i: { key: string }) => i.key === returns.key).target,
    ).toBe(0.8);
    const v1 = (await contact.get(`/api/v1/participations/${id}/plan/versions/1`)).json();
    expect(v1).toMatchObject({ version: 1, status: 'superseded' });
    expect(v1.plan.indicators.find((i: { key: string }) => i.key === returns.key).target).toBe(1);
    expect((await contact.get(`/api/v1/participations/${id}`)).json().stage).toBe('plan_agreed'); // no second transition
  });
});
