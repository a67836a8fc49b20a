/**
 * The implementation records through the API (003 §6.7; 000 §二(4)): the improvement team, the recorded operation
 * start as the one way to "operating" (not before the accepted plan, not in the future, never the bare command), the
 * operation records and the issue log, each scoped (the enterprise writes its own, the bureau reads, another
 * enterprise finds nothing), the overdue flags on the injectable clock, and the timeline showing every record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';
import { realPng } from '../src/platform/files/image-fixtures.js';
import { trainingAttendance, trainingSessions } from '../src/modules/training/training.table.js';

let t: TestApp;
let id: string; // e06, implementing, assisted by 王建国 (expert), contact ent06
beforeAll(async () => {
  t = await buildTestApp();
  id = t.ids.participations.e06!;
});
afterAll(async () => t?.close());

const base = () => `/api/v1/participations/${id}`;
const versionOf = async (c: Client) => (await c.get(base())).json().version as number;

describe('the demo’s operating enterprises reached "operating" through their records', () => {
  it('e01 has its team, its recorded start, operation records and a resolved issue, all on the timeline', async () => {
    const contact = await t.as('enterprise');
    const e01 = t.ids.participations.e01!;
    const overview = (await contact.get(`/api/v1/participations/${e01}/implementation`)).json();
    expect(overview.team.leader).toMatchObject({ isTopManager: true });
    expect(overview.operationStart.startedOn).toBe(t.calendar.steps.start_operation);
    expect(overview.operationCompleteOn).toBe('2026-10-15');
    expect(overview.records.map((r: { kind: string }) => r.kind)).toEqual([
      'performance_improvement',
      'data',
      'control_point',
      'run_record',
    ]);
    expect(overview.issues[0]).toMatchObject({ source: 'operation', resolvedOn: t.calendar.day('2026-09-05') });
    expect(overview.overdue).toEqual([]);
    const detail = (await contact.get(`/api/v1/participations/${e01}`)).json();
    expect(detail.milestones.operationStartedOn).toBe(t.calendar.steps.start_operation);
    expect(new Set(detail.records.map((r: { kind: string }) => r.kind))).toEqual(
      // the demo's trainings (demo-training.ts) and its QMS documents (demo-qms-documents.ts) are on the timeline too
      new Set([
        'improvement_team',
        'operation_start',
        'operation_record',
        'issue_raised',
        'issue_resolved',
        'training_attended',
        'qms_document_effective',
      ]),
    );
    expect(detail.events.map((e: { command: string }) => e.command)).toContain('start_operation');
  });
});

describe('the operation start (000 §二(4))', () => {
  it('refuses the bare start_operation command through the transitions endpoint', async () => {
    const expert = await t.as('expert');
    const bare = await expert.post(`${base()}/transitions`, {
      command: 'start_operation',
      version: await versionOf(expert),
      operationStartedOn: '2026-11-20',
    });
    expect(bare.statusCode).toBe(409);
    expect(bare.json()).toMatchObject({ code: 'OPERATION_START_RECORD_REQUIRED', field: 'command' });
    expect((await expert.get(base())).json()).toMatchObject({ stage: 'implementing' });
    expect((await expert.get(base())).json().availableCommands).not.toContain('start_operation');
  });

  it('refuses a start before the plan was accepted, and one in the future, leaving nothing recorded', async () => {
    const expert = await t.as('expert');
    const accepted = (await expert.get(`${base()}/implementation`)).json().planAcceptedOn;
    expect(accepted).toBe(t.calendar.steps.agree_plan);
    const dayBefore = t.calendar.day('2026-06-27');
    const early = await expert.post(`${base()}/implementation/operation-start`, {
      operationStartedOn: dayBefore,
      version: await versionOf(expert),
    });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ code: 'OPERATION_BEFORE_PLAN', field: 'operationStartedOn' });
    expect(early.json().message).toContain(accepted);
    const future = await expert.post(`${base()}/implementation/operation-start`, {
      operationStartedOn: '2026-11-24', // the clock's today is 2026-11-23
      version: await versionOf(expert),
    });
    expect(future.json()).toMatchObject({ code: 'DATE_IN_FUTURE', field: 'operationStartedOn' });
    const overview = (await expert.get(`${base()}/implementation`)).json();
    expect(overview.operationStart).toBeNull();
    expect(overview.may.startOperation).toBe(true);
    expect((await expert.get(base())).json().stage).toBe('implementing');
  });

  it('is recorded by the assistance side only; the bureau reads, another enterprise finds nothing', async () => {
    const contact = await t.as('ent06');
    const body = { operationStartedOn: '2026-11-20', version: await versionOf(contact) };
    expect((await contact.post(`${base()}/implementation/operation-start`, body)).json().code).toBe('FORBIDDEN');
    const bureau = await t.as('xuzhou');
    expect((await bureau.get(`${base()}/implementation`)).statusCode).toBe(200);
    expect((await bureau.post(`${base()}/implementation/operation-start`, body)).statusCode).toBe(403);
    const other = await t.as('ent02');
    expect((await other.get(`${base()}/implementation`)).statusCode).toBe(404);
    expect((await (await t.as('expert2')).get(`${base()}/implementation`)).statusCode).toBe(404);
  });

  it('needs the improvement team first (003 §6.7.2.4 a): the team leads the operation)', async () => {
    const e07 = t.ids.participations.e07!; // plan agreed, no team yet
    const manager = await t.as('cbmanager');
    const version = async () => (await manager.get(`/api/v1/participations/${e07}`)).json().version;
    const started = await manager.post(`/api/v1/participations/${e07}/transitions`, {
      command: 'start_implementation',
      version: await version(),
    });
    expect(started.statusCode, started.body).toBe(200);
    const refused = await manager.post(`/api/v1/participations/${e07}/implementation/operation-start`, {
      operationStartedOn: '2026-11-20',
      version: await version(),
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('TEAM_REQUIRED');
    expect((await manager.get(`/api/v1/participations/${e07}/implementation`)).json()).toMatchObject({
      stage: 'implementing',
      operationStart: null,
      may: { startOperation: false, writeTeam: true },
    });
  });

  it('moves the participation to operating with the recorded date', async () => {
    const expert = await t.as('expert');
    const started = await expert.post(`${base()}/implementation/operation-start`, {
      operationStartedOn: '2026-11-20',
      note: '体系文件发布实施',
      version: await versionOf(expert),
    });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({
      stage: 'operating',
      operationStart: { startedOn: '2026-11-20' },
      operationCompleteOn: '2027-02-20',
    });
    const detail = (await expert.get(base())).json();
    expect(detail).toMatchObject({ stage: 'operating', milestones: { operationStartedOn: '2026-11-20' } });
    expect(detail.events.at(-1)).toMatchObject({ command: 'start_operation', toStage: 'operating' });
  });
});

describe('the improvement team (003 §6.7.2.1)', () => {
  it('a delegate leads only with the authorisation recorded; each change is a new version with its history', async () => {
    const contact = await t.as('ent06');
    const delegate = await contact.post(`${base()}/implementation/team`, {
      leader: { name: '周副总', isTopManager: false },
      members: [{ name: '李质量', role: '副组长' }],
    });
    expect(delegate.statusCode).toBe(400);
    expect(delegate.json()).toMatchObject({ code: 'TEAM_LEADER_DELEGATION_REASON', field: 'leader.delegationReason' });
    const saved = await contact.post(`${base()}/implementation/team`, {
      leader: { name: '周副总', post: '生产副总', isTopManager: false, delegationReason: '总经理书面授权' },
      members: [
        { name: '李质量', role: '副组长', post: '质量负责人', department: '质量部' },
        { name: '王班长', role: '组员', department: '生产部' },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const overview = saved.json();
    expect(overview.team).toMatchObject({ version: 2, leader: { name: '周副总', isTopManager: false } });
    expect(overview.teamHistory.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const team = { leader: { name: '某', isTopManager: true }, members: [{ name: '某某', role: '组员' }] };
    expect((await (await t.as('xuzhou')).post(`${base()}/implementation/team`, team)).statusCode).toBe(403);
    const other = await t.as('ent02');
    expect(
      (
        await other.post(`${base()}/implementation/team`, {
          leader: { name: '某', isTopManager: true },
          members: [{ name: '某某', role: '组员' }],
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('operation records (001 annex; 003 §6.7.2.4)', () => {
  it('dates a record within the operation, names the plan’s control point, and carries its files', async () => {
    const contact = await t.as('ent06');
    const add = (over: Record<string, unknown>) =>
      contact.post(`${base()}/implementation/records`, {
        kind: 'run_record',
        recordedOn: '2026-11-21',
        title: '11月过程检验记录',
        ...over,
      });
    expect((await add({ recordedOn: '2026-11-19' })).json()).toMatchObject({
      code: 'RECORD_BEFORE_OPERATION',
      field: 'recordedOn',
    });
    expect((await add({ recordedOn: '2026-11-24' })).json()).toMatchObject({ code: 'DATE_IN_FUTURE' });
    expect((await add({ kind: 'control_point', controlPoint: '包装' })).json()).toMatchObject({
      code: 'CONTROL_POINT_NOT_IN_PLAN',
      field: 'controlPoint',
    });
    const upload = await contact.post(
      `${base()}/files?purpose=operation_record&name=${encodeURIComponent('记录.png')}`,
      realPng(),
      {
        'content-type': 'application/octet-stream',
      },
    );
    expect(upload.statusCode, upload.body).toBe(201);
    const fileId = upload.json().id;
    // a file of another purpose or participation is not an operation record's
    expect((await add({ fileIds: ['00000000-0000-4000-8000-000000000000'] })).json()).toMatchObject({
      code: 'NOT_FOUND',
      field: 'fileIds',
    });
    const added = await add({ fileIds: [fileId], body: '巡检 20 次，记录齐全' });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().records[0]).toMatchObject({
      kind: 'run_record',
      recordedOn: '2026-11-21',
      files: [{ id: fileId, fileName: '记录.png', mime: 'image/png' }],
      recordedRole: 'enterprise_contact',
    });
    const cp = await (await t.as('expert')).post(`${base()}/implementation/records`, {
      kind: 'control_point',
      recordedOn: '2026-11-22',
      title: '关键工序抽查',
      controlPoint: '关键工序控制点与检验记录表',
    });
    expect(cp.statusCode, cp.body).toBe(201);
    const record = { kind: 'data', recordedOn: '2026-11-21', title: '数据' };
    expect((await (await t.as('xuzhou')).post(`${base()}/implementation/records`, record)).statusCode).toBe(403);
    expect((await (await t.as('ent02')).post(`${base()}/implementation/records`, record)).statusCode).toBe(404);
  });

  it('flags a month without records and six months without review, on the clock', async () => {
    const expert = await t.as('expert');
    expect((await expert.get(`${base()}/implementation`)).json().overdue).toEqual([]);
    t.clock.set('2026-12-22T02:00:00Z'); // a month after the last record (2026-11-22)
    expect((await (await t.as('expert')).get(`${base()}/implementation`)).json().overdue).toEqual([
      'operation_records_missing',
    ]);
    // the participation list carries the same flags
    const list = (
      await (await t.as('xuzhou')).get(`/api/v1/participations?q=${encodeURIComponent('沛县宏图')}`)
    ).json();
    expect(list.items[0].overdue).toEqual(['operation_records_missing']);
    const e01 = (await (await t.as('xuzhou')).get(`/api/v1/participations?q=${encodeURIComponent('华康食品')}`)).json();
    expect(e01.items[0].overdue).toEqual(['operation_records_missing']); // its last record: 2026-11-10
    t.clock.set('2027-05-20T02:00:00Z'); // six months after the start (2026-11-20)
    expect((await (await t.as('expert')).get(`${base()}/implementation`)).json().overdue).toEqual([
      'operation_records_missing',
      'review_overdue',
    ]);
    t.clock.set('2026-11-23T02:00:00Z');
  });
});

describe('the issue log (003 §6.7.3)', () => {
  it('logs a problem, refuses a resolution out of order or naming no amendment, resolves it once', async () => {
    const contact = await t.as('ent06');
    const logged = await contact.post(`${base()}/implementation/issues`, {
      source: 'training',
      kind: 'opinion',
      raisedOn: '2026-11-21',
      raisedByName: '王班长',
      description: '班组长培训安排在夜班后，建议调整时间',
    });
    expect(logged.statusCode, logged.body).toBe(201);
    const issueId = logged.json().issues[0].id;
    const resolve = (over: Record<string, unknown>) =>
      contact.post(`${base()}/implementation/issues/${issueId}/resolution`, {
        resolution: '改为白班前一小时',
        resolvedOn: '2026-11-22',
        ...over,
      });
    expect((await resolve({ resolvedOn: '2026-11-20' })).json()).toMatchObject({
      code: 'DATE_ORDER',
      field: 'resolvedOn',
    });
    expect((await resolve({ planVersion: 9 })).json()).toMatchObject({
      code: 'PLAN_AMENDMENT_UNKNOWN',
      field: 'planVersion',
    });
    expect((await resolve({})).statusCode).toBe(200);
    expect((await resolve({})).json().code).toBe('ISSUE_ALREADY_RESOLVED');
    expect(
      (
        await (
          await t.as('ent02')
        ).post(`${base()}/implementation/issues/${issueId}/resolution`, {
          resolution: 'x',
          resolvedOn: '2026-11-22',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('links the plan amendment made for a deviation', async () => {
    const expert = await t.as('expert');
    const logged = await expert.post(`${base()}/implementation/issues`, {
      source: 'operation',
      kind: 'problem',
      raisedOn: '2026-11-22',
      raisedByName: '王建国',
      description: '原定月度指标统计口径与企业 ERP 不一致',
    });
    const issueId = logged.json().issues.find((i: { raisedOn: string }) => i.raisedOn === '2026-11-22').id;
    const plan = (await expert.get(`${base()}/plan`)).json();
    const amended = await expert.post(`${base()}/plan/actions`, {
      action: 'amend',
      lockVersion: plan.current.lockVersion,
      reason: '统计口径调整',
    });
    expect(amended.statusCode, amended.body).toBe(200);
    const version = amended.json().current.version;
    const resolved = await expert.post(`${base()}/implementation/issues/${issueId}/resolution`, {
      resolution: '按 ERP 口径修订指标计算方法，方案调整',
      resolvedOn: '2026-11-23',
      planVersion: version,
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json().planAmendments.map((a: { version: number }) => a.version)).toContain(version);
    expect(resolved.json().issues.find((i: { id: string }) => i.id === issueId).planVersion).toBe(version);
  });
});

describe('the 一企一档 timeline', () => {
  it('shows every record of the file, newest first, to everyone who reads it', async () => {
    const detail = (await (await t.as('xuzhou')).get(base())).json();
    const kinds = detail.records.map((r: { kind: string }) => r.kind);
    for (const kind of ['improvement_team', 'operation_start', 'operation_record', 'issue_raised', 'issue_resolved'])
      expect(kinds).toContain(kind);
    const days = detail.records.map((r: { on: string }) => r.on);
    expect(days).toEqual([...days].sort().reverse());
    expect(detail.records.find((r: { kind: string }) => r.kind === 'operation_record')).toMatchObject({
      labelKey: expect.stringMatching(/^implementation\.recordKind\./),
      section: 'implementation',
    });
  });

  it('shows the training the enterprise’s people attended, once per session (a fixture of the training tables)', async () => {
    const db = t.ctx.database.db;
    const [session] = await db
      .insert(trainingSessions)
      .values({
        campaignId: t.ids.campaigns.xz,
        kind: 'tiered',
        title: '班组长质量管理工具培训',
        organizerOrganizationId: t.ids.orgs.cb1!,
        organizerUserId: t.ids.users.expert!,
        heldOn: '2026-11-22',
        endsOn: '2026-11-22',
        delivery: 'offline',
        durationHours: '3.0',
        place: '企业会议室',
        regionCode: '320322',
        createdBy: t.ids.users.expert!,
      })
      .returning({ id: trainingSessions.id });
    for (const personName of ['王班长', '李组长'])
      await db.insert(trainingAttendance).values({
        sessionId: session!.id,
        participationId: id,
        personName,
        source: 'manual',
        recordedBy: t.ids.users.expert!,
      });
    const records = (await (await t.as('ent06')).get(base())).json().records;
    // the fixture's session (the demo's own trainings of this enterprise are there too)
    const training = records.filter(
      (r: { kind: string; text: string }) => r.kind === 'training_attended' && r.text === '班组长质量管理工具培训',
    );
    expect(training).toEqual([
      {
        kind: 'training_attended',
        on: '2026-11-22',
        at: '2026-11-22T00:00:00.000Z',
        labelKey: 'timelineRecord.trainingKind.tiered',
        text: '班组长质量管理工具培训',
        section: 'training',
      },
    ]);
  });
});
