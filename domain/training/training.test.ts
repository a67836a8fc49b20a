import { describe, expect, it } from 'vitest';
import {
  type AttendanceFact,
  coverage,
  coverageRegionOf,
  filterFacts,
  planTrainingProgress,
  rollUp,
  type SessionDraft,
  sessionProblems,
} from './training.js';

const base: SessionDraft = {
  kind: 'centralized',
  subKind: null,
  delivery: 'offline',
  title: '质量管理体系标准集中培训',
  heldOn: '2026-03-10',
  endsOn: '2026-03-10',
  durationHours: 3,
  place: '市场监管局三楼会议室',
  url: null,
  topics: ['GB/T 19001 标准理解'],
  audiences: [],
  industryCode: null,
};
const fields = (d: SessionDraft) => sessionProblems(d).map((p) => `${p.field}:${p.code}`);

describe('sessionProblems (001 annex 一、1; 003 §6.7.2.2)', () => {
  it('accepts a complete offline session, and a one-day session ending the day it starts', () => {
    expect(sessionProblems(base)).toEqual([]);
  });
  it('refuses an end before the start, naming endsOn', () => {
    expect(fields({ ...base, endsOn: '2026-03-09' })).toEqual(['endsOn:DATE_ORDER']);
    expect(fields({ ...base, endsOn: '2026-03-11' })).toEqual([]);
  });
  it('needs a duration above 0', () => {
    expect(fields({ ...base, durationHours: 0 })).toEqual(['durationHours:TRAINING_DURATION_INVALID']);
    expect(fields({ ...base, durationHours: 0.5 })).toEqual([]);
    expect(fields({ ...base, durationHours: Number.NaN })).toEqual(['durationHours:TRAINING_DURATION_INVALID']);
  });
  it('an offline session needs a place, an online one a http(s) URL', () => {
    expect(fields({ ...base, place: ' ' })).toEqual(['place:REQUIRED']);
    const online: SessionDraft = { ...base, kind: 'online', delivery: 'online', place: null, url: null };
    expect(fields(online)).toEqual(['url:REQUIRED']);
    expect(fields({ ...online, url: 'javascript:alert(1)' })).toEqual(['url:VALIDATION_FAILED']);
    expect(fields({ ...online, url: 'https://train.example.cn/c/1' })).toEqual([]);
    expect(fields({ ...online, delivery: 'offline', place: '会议室' })).toEqual([
      'delivery:TRAINING_DELIVERY_MISMATCH',
    ]);
  });
  it('an industry session names its industry and sub-kind; an individual one on site or remote', () => {
    const industry: SessionDraft = { ...base, kind: 'industry' };
    expect(fields(industry)).toEqual(['industryCode:REQUIRED', 'subKind:REQUIRED']);
    expect(fields({ ...industry, industryCode: '18', subKind: 'sectoral' })).toEqual([]);
    const individual: SessionDraft = { ...base, kind: 'individual', subKind: 'remote' };
    expect(fields(individual)).toEqual(['delivery:TRAINING_DELIVERY_MISMATCH']);
    expect(fields({ ...individual, delivery: 'online', url: 'https://meet.example.cn/x', place: null })).toEqual([]);
    expect(fields({ ...individual, subKind: 'on_site' })).toEqual([]);
    expect(fields({ ...base, subKind: 'common' })).toEqual(['subKind:VALIDATION_FAILED']);
  });
  it('a tiered session names at least one audience of a)–d), each a known one', () => {
    expect(fields({ ...base, kind: 'tiered' })).toEqual(['audiences:REQUIRED']);
    expect(fields({ ...base, kind: 'tiered', audiences: ['leadership'] })).toEqual([]);
    expect(fields({ ...base, kind: 'tiered', audiences: ['board'] })).toEqual(['audiences.0:VALIDATION_FAILED']);
  });
  it('needs a title and a topic', () => {
    expect(fields({ ...base, title: '', topics: [] })).toEqual(['title:REQUIRED', 'topics:REQUIRED']);
  });
});

// The fixture of the issue: online + offline, two cities and two industries, one person attending twice.
// Enterprise A (330102, industry 18, body B1): 张三 at the centralized session and again at the online one, 李四 at
// the centralized session → 3 人次, 1 enterprise. Enterprise B (330203, industry 29, body B2): 王五 at the industry
// session → 1 人次. Totals: 4 人次, 2 enterprises; offline 3 人次 / 2 enterprises, online 1 / 1.
const fact = (o: Partial<AttendanceFact>): AttendanceFact => ({
  sessionId: 's1',
  participationId: 'A',
  kind: 'centralized',
  delivery: 'offline',
  regionCode: '330102',
  industryCode: '18',
  bodyId: 'B1',
  heldOn: '2026-03-10',
  ...o,
});
const facts: AttendanceFact[] = [
  fact({}), // 张三
  fact({}), // 李四
  fact({ sessionId: 's2', kind: 'online', delivery: 'online', heldOn: '2026-04-02' }), // 张三 again
  fact({
    sessionId: 's3',
    participationId: 'B',
    kind: 'industry',
    regionCode: '330203',
    industryCode: '29',
    bodyId: 'B2',
    heldOn: '2026-04-15',
  }),
];

describe('rollUp (002 Annex 2 row 2: 人次 and enterprises trained)', () => {
  it('counts every attendance as one person-time and distinct enterprises, online and offline apart and together', () => {
    const r = rollUp(facts, 'kind');
    expect(r.total).toEqual({ personTimes: 4, enterprises: 2 });
    expect(r.offline).toEqual({ personTimes: 3, enterprises: 2 });
    expect(r.online).toEqual({ personTimes: 1, enterprises: 1 });
  });
  it('one person twice is 2 person-times and 1 enterprise', () => {
    const a = filterFacts(facts, { regionCode: '330100' });
    expect(rollUp(a, 'region').total).toEqual({ personTimes: 3, enterprises: 1 });
  });
  it('groups by region (city by default), industry, body, kind and month', () => {
    expect(rollUp(facts, 'region').rows.map((r) => [r.key, r.total.personTimes, r.total.enterprises])).toEqual([
      ['330100', 3, 1],
      ['330200', 1, 1],
    ]);
    expect(rollUp(facts, 'region', { regionDepth: 1 }).rows.map((r) => r.key)).toEqual(['330000']);
    expect(rollUp(facts, 'industry').rows.map((r) => [r.key, r.offline.personTimes, r.online.personTimes])).toEqual([
      ['18', 2, 1],
      ['29', 1, 0],
    ]);
    expect(rollUp(facts, 'body').rows.map((r) => r.key)).toEqual(['B1', 'B2']);
    expect(rollUp(facts, 'kind').rows.map((r) => [r.key, r.total.personTimes])).toEqual([
      ['centralized', 2],
      ['industry', 1],
      ['online', 1],
    ]);
    expect(rollUp(facts, 'month').rows.map((r) => [r.key, r.total.personTimes, r.total.enterprises])).toEqual([
      ['2026-03', 2, 1],
      ['2026-04', 2, 2],
    ]);
  });
  it('filters by period, inclusive at both ends, and by kind, industry and body', () => {
    expect(filterFacts(facts, { from: '2026-04-02', to: '2026-04-15' })).toHaveLength(2);
    expect(filterFacts(facts, { from: '2026-04-03' })).toHaveLength(1);
    expect(filterFacts(facts, { kind: 'online' })).toHaveLength(1);
    expect(filterFacts(facts, { industryCode: '29', bodyId: 'B2' })).toHaveLength(1);
    expect(rollUp([], 'region')).toEqual({
      rows: [],
      online: { personTimes: 0, enterprises: 0 },
      offline: { personTimes: 0, enterprises: 0 },
      total: { personTimes: 0, enterprises: 0 },
    });
  });
});

describe('coverage (001 annex 一、1 (1)(2))', () => {
  it('checks one level below the campaign region', () => {
    expect(coverageRegionOf('330102', '330000')).toBe('330100');
    expect(coverageRegionOf('330102', '330100')).toBe('330102');
    expect(coverageRegionOf('330102', '330102')).toBe('330102');
    expect(coverageRegionOf('330102', '000000')).toBe('330000');
  });
  const participations = [
    { regionCode: '330102', industryCode: '18' },
    { regionCode: '330106', industryCode: '18' },
    { regionCode: '330203', industryCode: '29' },
  ];
  const input = { campaignRegion: '330000', from: '2026-03-01', to: '2026-10-31', participations };
  it('flags each region without a centralized session and each region × industry without an industry session', () => {
    const r = coverage({
      ...input,
      sessions: [
        { kind: 'centralized', regionCode: '330100', industryCode: null, heldOn: '2026-03-10' },
        { kind: 'industry', regionCode: '330200', industryCode: '29', heldOn: '2026-04-15' },
        // wrong industry and outside the period: cover nothing
        { kind: 'industry', regionCode: '330100', industryCode: '29', heldOn: '2026-04-15' },
        { kind: 'centralized', regionCode: '330200', industryCode: null, heldOn: '2026-11-01' },
      ],
    });
    expect(r.checks).toHaveLength(4);
    expect(r.missing.map((m) => `${m.check}:${m.regionCode}:${m.industryCode}`)).toEqual([
      'centralized:330200:null',
      'industry:330100:18',
    ]);
  });
  it('a session for a region above covers it; the last day of the campaign counts', () => {
    const r = coverage({
      ...input,
      sessions: [
        { kind: 'centralized', regionCode: '330000', industryCode: null, heldOn: '2026-10-31' },
        { kind: 'industry', regionCode: '330000', industryCode: '18', heldOn: '2026-03-01' },
        { kind: 'industry', regionCode: '330200', industryCode: '29', heldOn: '2026-05-01' },
      ],
    });
    expect(r.missing).toEqual([]);
    // a county session does not cover its whole city
    const county = coverage({
      ...input,
      participations: [{ regionCode: '330102', industryCode: '18' }],
      sessions: [{ kind: 'centralized', regionCode: '330102', industryCode: null, heldOn: '2026-05-01' }],
    });
    expect(county.missing.map((m) => m.check)).toEqual(['centralized', 'industry']);
  });
});

describe('planTrainingProgress (003 §6.6.1 e))', () => {
  const items = [
    { audience: 'leadership', topics: ['管理原则'], plannedOn: '2026-04-01' },
    { audience: 'frontline', topics: ['现场管理'], plannedOn: '2026-05-01' },
    { audience: 'awareness', topics: ['质量意识'], plannedOn: '2026-05-01' },
  ];
  it('an item is done by the first session held for its audience, by session audiences or attendance level', () => {
    const r = planTrainingProgress(
      items,
      [
        { sessionId: 't2', heldOn: '2026-04-20', audiences: ['leadership'], audienceLevel: null },
        { sessionId: 't1', heldOn: '2026-04-10', audiences: ['leadership', 'system_builders'], audienceLevel: null },
        { sessionId: 't3', heldOn: '2026-04-12', audiences: [], audienceLevel: 'frontline' },
        { sessionId: 't4', heldOn: '2026-06-01', audiences: ['awareness'], audienceLevel: null },
      ],
      '2026-05-31',
    );
    expect(r.map((i) => i.doneBy?.sessionId ?? null)).toEqual(['t1', 't3', null]);
  });
});
