/**
 * R13: an expert sees an enterprise while assisting it. Once the assistance relation has ended —
 * by the close of the participation, a withdrawal or a re-plan — every participation route answers
 * 404 as for any enterprise out of scope; the expert keeps only the past-assignment list of their
 * own profile (enterprise, campaign, stage, from–to), which the impartiality register also uses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

/** The reason a reveal carries (the contact reveal is audited with its reason). */
const REVEAL = { reason: 'verify_application' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** Every read and action of one participation an expert may reach, with the file uploaded to it. */
function participationCalls(id: string, fileId: string): Array<[string, (c: Client) => ReturnType<Client['get']>]> {
  const base = `/api/v1/participations/${id}`;
  return [
    ['detail', (c) => c.get(base)],
    ['survey', (c) => c.get(`${base}/survey`)],
    ['diagnosis', (c) => c.get(`${base}/diagnosis`)],
    ['diagnosis docx', (c) => c.get(`${base}/diagnosis/docx`)],
    ['plan', (c) => c.get(`${base}/plan`)],
    ['plan version', (c) => c.get(`${base}/plan/versions/1`)],
    ['plan docx', (c) => c.get(`${base}/plan/versions/1/docx`)],
    ['indicators', (c) => c.get(`${base}/indicators`)],
    ['file', (c) => c.get(`/api/v1/files/${fileId}`)],
    ['contact reveal', (c) => c.post(`${base}/contact/reveal`, REVEAL)],
    [
      'upload',
      (c) => c.post(`${base}/files?purpose=survey_evidence&name=x.pdf`, PDF, { 'content-type': 'application/pdf' }),
    ],
    ['transition', (c) => c.post(`${base}/transitions`, { command: 'start_implementation', version: 9999 })],
  ];
}

async function uploadAsManager(participationId: string): Promise<string> {
  const manager = await t.as('cbmanager');
  const uploaded = await manager.post(
    `/api/v1/participations/${participationId}/files?purpose=survey_evidence&name=${encodeURIComponent('证据.pdf')}`,
    PDF,
    { 'content-type': 'application/pdf' },
  );
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  return uploaded.json().id;
}

async function listedIds(client: Client): Promise<string[]> {
  return (await client.get('/api/v1/participations?pageSize=100')).json().items.map((i: { id: string }) => i.id);
}

describe('an expert whose assistance ended by the close of the participation', () => {
  // e02 (鑫达五金) was assisted by 郑丽 (expert2) and closed on 2026-11-18; she still assists e07
  it('gets 404 on every route of it, and no longer finds it in the list', async () => {
    const closed = t.ids.participations.e02!;
    const fileId = await uploadAsManager(closed);
    const expert2 = await t.as('expert2');
    for (const [name, call] of participationCalls(closed, fileId)) {
      const response = await call(expert2);
      expect(response.statusCode, `${name}: ${response.body.slice(0, 120)}`).toBe(404);
      expect(response.json().code, name).toBe('NOT_FOUND');
    }
    expect(await listedIds(expert2)).not.toContain(closed);
    // the body that held it still reads it
    const manager = await t.as('cbmanager');
    expect((await manager.get(`/api/v1/participations/${closed}/survey`)).statusCode).toBe(200);
    expect((await manager.get(`/api/v1/files/${fileId}`)).statusCode).toBe(200);
  });

  it('keeps reading the enterprise still assigned to her', async () => {
    const current = t.ids.participations.e07!; // plan agreed, assisted by expert2 now
    const fileId = await uploadAsManager(current);
    const expert2 = await t.as('expert2');
    const reads = participationCalls(current, fileId).filter(([name]) => !['upload', 'transition'].includes(name));
    for (const [name, call] of reads) {
      const response = await call(expert2);
      expect(response.statusCode, `${name}: ${response.body.slice(0, 120)}`).toBe(200);
    }
    expect(await listedIds(expert2)).toContain(current);
  });

  it('keeps the past assignment in her own profile: enterprise, campaign, stage and dates', async () => {
    const expert2 = await t.as('expert2');
    const profile = (await expert2.get(`/api/v1/experts/${t.ids.users.expert2}`)).json();
    expect(profile.assignments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          participationId: t.ids.participations.e02,
          enterpriseName: '丰县鑫达五金制品有限公司',
          stage: 'closed',
          fromOn: t.calendar.day('2026-06-05'),
          toOn: t.calendar.day('2026-11-18'),
        }),
        expect.objectContaining({ participationId: t.ids.participations.e07, toOn: null }),
      ]),
    );
  });
});

describe('an expert re-planned away', () => {
  it('loses the enterprise the same day; the new expert gains it', async () => {
    const manager = await t.as('cbmanager');
    const group = t.ids.workingGroups.xz;
    // 黄涛 (expert3, 睢宁县) learns category 04: e09 佳美纺织 (睢宁县, 04) moves to him from 冯雪 (expert4)
    const { profile } = (await manager.get(`/api/v1/experts/${t.ids.users.expert3}`)).json();
    const { homeRegionName: _n, updatedAt: _u, ...rest } = profile;
    const saved = await manager.post(`/api/v1/experts/${t.ids.users.expert3}/profile`, {
      ...rest,
      categories: [...profile.categories, '04'],
      capacity: 3,
      capacityReason: '本季度专职帮扶',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const moved = t.ids.participations.e09!;
    const expert4 = await t.as('expert4');
    expect((await expert4.get(`/api/v1/participations/${moved}`)).statusCode).toBe(200);

    const proposal = (await manager.post(`/api/v1/working-groups/${group}/proposal`, { mode: 'replan' })).json()
      .proposal;
    expect(proposal.items.find((i: { participationId: string }) => i.participationId === moved)).toMatchObject({
      expertUserId: t.ids.users.expert3,
      currentExpertUserId: t.ids.users.expert4,
    });
    const confirmed = await manager.post(`/api/v1/working-groups/${group}/proposal/confirm`, {
      version: proposal.version,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    const fileId = await uploadAsManager(moved);
    for (const [name, call] of participationCalls(moved, fileId)) {
      const response = await call(expert4);
      expect(response.statusCode, `${name}: ${response.body.slice(0, 120)}`).toBe(404);
    }
    expect(await listedIds(expert4)).not.toContain(moved);
    const expert3 = await t.as('expert3');
    expect((await expert3.get(`/api/v1/participations/${moved}`)).statusCode).toBe(200);
    expect((await expert3.get(`/api/v1/participations/${moved}/survey`)).statusCode).toBe(200);
    expect((await expert3.post(`/api/v1/participations/${moved}/contact/reveal`, REVEAL)).statusCode).toBe(200);
  });
});

describe('an expert whose enterprise withdrew', () => {
  it('loses it, and the withdrawn enterprise is gone from every list of theirs', async () => {
    // e14 (乐音乐器) withdrew in the demo; 何伟 (expert5) assisted it
    const expert5 = await t.as('expert5');
    const withdrawn = t.ids.participations.e14!;
    expect((await expert5.get(`/api/v1/participations/${withdrawn}`)).statusCode).toBe(404);
    expect((await expert5.post(`/api/v1/participations/${withdrawn}/contact/reveal`, REVEAL)).statusCode).toBe(404);
    expect(await listedIds(expert5)).not.toContain(withdrawn);
    expect(await listedIds(expert5)).toContain(t.ids.participations.e05);
  });
});
