/**
 * Bad input gets a 4xx, never a 500: NUL characters and lone surrogates in any request string, and
 * impossible calendar dates, are refused with VALIDATION_FAILED naming the field; a query that fails
 * leaves no personal data in the server log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';
import { withUsccCheckChar } from '../../domain/uscc/uscc.js';
import { demoSurvey } from '../seeds/demo-assistance.js';

let t: TestApp;
let log = '';
beforeAll(async () => {
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      log += chunk.toString();
      done();
    },
  });
  t = await buildTestApp({ logStream });
});
afterAll(async () => t?.close());

const LONE_HIGH = '\ud83d'; // the first half of 😀 without its second half
const LONE_LOW = '\ude00';

function expectRefused(
  response: { statusCode: number; body: string; json(): { code?: string; field?: string } },
  field: string,
) {
  expect(response.statusCode, response.body).toBe(400);
  expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', field });
}

const kickOff = (over: Record<string, unknown> = {}) => ({
  heldOn: '2026-03-02',
  place: '徐州市市场监管局三楼会议室',
  attendees: '市局、认证机构、企业代表',
  ...over,
});
const application = (over: Record<string, unknown> = {}) => ({
  uscc: withUsccCheckChar('91320321MA1BAD001'),
  name: '丰县坏输入测试有限公司',
  regionCode: '320321',
  industryCode: '18',
  sizeIndustry: 'industrial',
  employees: 45,
  revenueWan: 1500,
  assetsWan: 900,
  certificationStatus: 'none',
  legalRepresentative: '孙新元',
  contactName: '孙丽',
  contactPhone: '13912345678',
  willing: true,
  resources: '质量负责人1名',
  ...over,
});

describe('NUL characters and lone surrogates', () => {
  let xuzhou: Client;
  beforeAll(async () => {
    xuzhou = await t.as('xuzhou');
  });
  const kickOffs = () => `/api/v1/campaigns/${t.ids.campaigns.xz}/kick-offs`;

  it('are refused in a body field, naming it (PostgreSQL would answer a NUL with an error, a 500)', async () => {
    expectRefused(await xuzhou.post(kickOffs(), kickOff({ place: '会议室\u0000A' })), 'body.place');
    expectRefused(await xuzhou.post(kickOffs(), kickOff({ attendees: `市局${LONE_HIGH}` })), 'body.attendees');
    expectRefused(await xuzhou.post(kickOffs(), kickOff({ attendees: `${LONE_LOW}市局` })), 'body.attendees');
    expectRefused(
      await xuzhou.post(
        `/api/v1/campaigns/${t.ids.campaigns.xz}/applications`,
        application({ name: '丰县\u0000有限公司' }),
      ),
      'body.name',
    );
    expectRefused(
      await t.anonymous.post(
        `/api/v1/public/campaigns/${t.ids.campaigns.xz}/applications`,
        application({ contactName: `孙${LONE_HIGH}` }),
      ),
      'body.contactName',
    );
    const after = (await xuzhou.get(`/api/v1/campaigns/${t.ids.campaigns.xz}`)).json();
    expect(
      after.kickOffs.some(
        (k: { place: string; attendees: string }) => k.place.startsWith('会议室') || k.attendees.includes('\ufffd'),
      ),
    ).toBe(false);
  });

  it('are refused deep inside a body, with the path to the field', async () => {
    const expert = await t.as('expert4');
    const id = t.ids.participations.e09!;
    const survey = demoSurvey({
      name: '睢宁县佳美纺织有限公司',
      legalRepresentative: '吴佳美',
      contactName: '吴静',
      index: 8,
    });
    const withBadFinding = {
      ...survey,
      answers: { ...survey.answers, 'resources.2': { status: 'partial', finding: `台账\u0000缺失` } },
    };
    expectRefused(
      await expert.post(`/api/v1/participations/${id}/survey`, { baseRevision: 0, survey: withBadFinding }),
      'body.survey.answers.resources.2.finding',
    );

    const manager = await t.as('cbmanager');
    const { profile } = (await manager.get(`/api/v1/experts/${t.ids.users.expert2}`)).json();
    const { homeRegionName: _n, updatedAt: _u, ...rest } = profile;
    const withBadNote = { ...rest, unavailable: [{ from: '2026-12-01', to: '2026-12-05', note: `年假${LONE_LOW}` }] };
    expectRefused(
      await manager.post(`/api/v1/experts/${t.ids.users.expert2}/profile`, withBadNote),
      'body.unavailable.0.note',
    );
  });

  it('are refused in the query string', async () => {
    expectRefused(await xuzhou.get('/api/v1/participations?q=%E5%BE%90%00'), 'query.q');
    expectRefused(await xuzhou.get('/api/v1/participations?q=%00'), 'query.q');
  });

  it('are refused in route parameters', async () => {
    expectRefused(await xuzhou.get('/api/v1/regions/3203%0021'), 'params.code');
  });

  it('leave good text alone, emoji (surrogate pairs) included', async () => {
    const created = await xuzhou.post(kickOffs(), kickOff({ place: '会议室 😀 B', attendees: '市局' }));
    expect(created.statusCode, created.body).toBe(201);
  });
});

describe('impossible calendar dates', () => {
  it('are refused with VALIDATION_FAILED naming the field, in every kind of date field', async () => {
    const xuzhou = await t.as('xuzhou');
    expectRefused(
      await xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}/kick-offs`, kickOff({ heldOn: '2026-02-30' })),
      'body.heldOn',
    );
    expectRefused(
      await xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}/kick-offs`, kickOff({ heldOn: '2026-13-45' })),
      'body.heldOn',
    );
    expectRefused(
      await xuzhou.post(
        `/api/v1/campaigns/${t.ids.campaigns.xz}/applications`,
        application({
          uscc: withUsccCheckChar('91320321MA1BAD002'),
          certificationStatus: 'certified',
          certificateNumber: '00126Q30001R0S',
          certificateBody: '苏信认证',
          certificateExpiresOn: '2026-13-45',
        }),
      ),
      'body.certificateExpiresOn',
    );

    const manager = await t.as('cbmanager');
    const { profile } = (await manager.get(`/api/v1/experts/${t.ids.users.expert3}`)).json();
    const { homeRegionName: _n, updatedAt: _u, ...rest } = profile;
    expectRefused(
      await manager.post(`/api/v1/experts/${t.ids.users.expert3}/profile`, {
        ...rest,
        unavailable: [{ from: '2026-02-29', to: '2026-03-05' }],
      }),
      'body.unavailable.0.from',
    );
    expectRefused(
      await manager.post(`/api/v1/working-groups/${t.ids.workingGroups.xz}/proposal`, { onDate: '2026-04-31' }),
      'body.onDate',
    );

    const expert = await t.as('expert4');
    const survey = demoSurvey({
      name: '睢宁县佳美纺织有限公司',
      legalRepresentative: '吴佳美',
      contactName: '吴静',
      index: 8,
    });
    expectRefused(
      await expert.post(`/api/v1/participations/${t.ids.participations.e09}/survey`, {
        baseRevision: 0,
        survey: { ...survey, surveyedOn: '2100-02-29' },
      }),
      'body.survey.surveyedOn',
    );
  });

  it('accept real dates at the edges: 29 February of a leap year, the 31st of a long month', async () => {
    const xuzhou = await t.as('xuzhou');
    for (const heldOn of ['2028-02-29', '2026-03-31']) {
      const created = await xuzhou.post(
        `/api/v1/campaigns/${t.ids.campaigns.xz}/kick-offs`,
        kickOff({ heldOn, place: `会议室 ${heldOn}` }),
      );
      expect(created.statusCode, created.body).toBe(201);
    }
  });
});

describe('values the schemas let through but a column cannot hold', () => {
  it('get a 4xx, not a 500', async () => {
    const xuzhou = await t.as('xuzhou');
    const url = `/api/v1/campaigns/${t.ids.campaigns.xz}/applications`;
    for (const over of [{ employees: 3_000_000_000 }, { assetsWan: 1e13 }]) {
      const response = await xuzhou.post(url, application({ uscc: withUsccCheckChar('91320321MA1BAD003'), ...over }));
      expect(response.statusCode, `${JSON.stringify(over)}: ${response.body}`).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, `${JSON.stringify(over)}: ${response.body}`).toBeLessThan(500);
    }
  });
});

describe('the server log when a query fails', () => {
  const PHONE = '13955501234';
  const NAME = '钱多多';
  const logLines = () =>
    log
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));

  it('names the SQLSTATE, the statement and the request, never the values', async () => {
    const { db } = t.ctx.database;
    await db.execute(
      sql.raw(
        `create function refuse_test_kick_off() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$`,
      ),
    );
    await db.execute(
      sql.raw(
        `create trigger refuse_test_kick_off before insert on kick_offs for each row when (new.place like '测试拒绝%') execute function refuse_test_kick_off()`,
      ),
    );
    const xuzhou = await t.as('xuzhou');
    const response = await xuzhou.post(
      `/api/v1/campaigns/${t.ids.campaigns.xz}/kick-offs`,
      kickOff({ place: `测试拒绝 ${NAME}`, attendees: `${NAME} ${PHONE}` }),
    );
    expect(response.statusCode).toBe(500);
    expect(response.json().code).toBe('INTERNAL_ERROR');
    const logged = logLines().find((l) => l.msg === 'unhandled error');
    expect(logged, log.slice(-3000)).toBeDefined();
    expect(logged.reqId).toBeDefined();
    expect(JSON.stringify(logged.err)).toContain('P0001');
    expect(logged.err.statement).toMatch(/^insert into "kick_offs"/);
    expect(log).not.toContain(PHONE);
    expect(log).not.toContain(NAME);
  });

  it('logs a unique-key race with its constraint and table, without the key value (PostgreSQL’s detail)', async () => {
    const { db } = t.ctx.database;
    await db.execute(
      sql.raw(`create unique index kick_offs_place_test_unique on kick_offs (place) where place like '唯一%'`),
    );
    const xuzhou = await t.as('xuzhou');
    const place = `唯一 ${NAME} ${PHONE}`;
    expect(
      (await xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}/kick-offs`, kickOff({ place }))).statusCode,
    ).toBe(201);
    const again = await xuzhou.post(`/api/v1/campaigns/${t.ids.campaigns.xz}/kick-offs`, kickOff({ place }));
    expect(again.statusCode).toBe(409);
    const logged = logLines().find((l) => l.msg === 'unique key taken by a concurrent request');
    expect(logged, log.slice(-3000)).toBeDefined();
    expect(logged.reqId).toBeDefined();
    expect(JSON.stringify(logged.err)).toContain('23505');
    expect(JSON.stringify(logged.err)).toContain('kick_offs_place_test_unique');
    expect(JSON.stringify(logged.err)).toContain('"table":"kick_offs"');
    expect(log).not.toContain(PHONE);
    expect(log).not.toContain(NAME);
  });
});
