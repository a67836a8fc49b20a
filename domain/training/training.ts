/**
 * Training (000 §二(3) / 001 annex 一、1 培训: "起到决定性作用且贯穿始终"; 003 §6.7.2.2 a)–d); 002 Annex 2 row 2
 * 培训人次 and 培训企业数). Pure rules: the session kinds, a session's checks, the person-times roll-ups and the
 * coverage checks of a campaign.
 */
import { isIsoDate } from '../dates/iso-date.js';
import type { ErrorCode } from '../errors/codes.js';
import { TRAINING_AUDIENCES, type TrainingAudience } from '../plans/plan.js';
import { NATIONAL_REGION_CODE, isWithinRegion, regionLineage } from '../regions/region-code.js';

/** 001 annex 一、1 (1)–(5) and 002 step 8 (1) 内审员培训, a kind of its own. */
export const TRAINING_KINDS = [
  'centralized', // (1) 集中培训: per region
  'industry', // (2) 行业培训: per region × industry
  'individual', // (3) 个性化培训: one-to-one, on site or remote
  'tiered', // (4) 分层级培训: 003 §6.7.2.2 a)–d)
  'online', // (5) 网络培训: the platform's link and the enterprise's completion evidence
  'internal_auditor', // 002 step 8 (1): "内审开始前，内审员应当参加内审员培训"
] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/** 001 annex 一、1 (2): 一是共性问题, 二是行业性问题, 三是个性化问题. */
export const INDUSTRY_SUB_KINDS = ['common', 'sectoral', 'specific'] as const;
/** 001 annex 一、1 (3): "到小微企业现场" or "“一对一”远程". */
export const INDIVIDUAL_SUB_KINDS = ['on_site', 'remote'] as const;
export type TrainingSubKind = (typeof INDUSTRY_SUB_KINDS)[number] | (typeof INDIVIDUAL_SUB_KINDS)[number];

export const TRAINING_DELIVERIES = ['offline', 'online'] as const;
export type TrainingDelivery = (typeof TRAINING_DELIVERIES)[number];

/** 003 §6.7.2.2 a)–d), defined once in domain/plans. */
export const AUDIENCE_LEVELS: ReadonlyArray<TrainingAudience> = TRAINING_AUDIENCES.map((a) => a.key);

export const ATTENDANCE_SOURCES = ['manual', 'import'] as const;
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];

export interface TrainingProblem {
  field: string;
  code: ErrorCode;
  detail?: string;
}

export interface SessionDraft {
  kind: TrainingKind;
  subKind?: string | null;
  delivery: TrainingDelivery;
  title: string;
  heldOn: string;
  endsOn: string;
  durationHours: number;
  place?: string | null;
  url?: string | null;
  topics: ReadonlyArray<string>;
  audiences: ReadonlyArray<string>;
  industryCode?: string | null;
}

const blank = (s: string | null | undefined) => s === null || s === undefined || s.trim() === '';

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The checks of a session before it is saved; each problem names its field. */
export function sessionProblems(s: SessionDraft): TrainingProblem[] {
  const problems: TrainingProblem[] = [];
  const add = (field: string, code: ErrorCode, detail?: string) =>
    problems.push(detail === undefined ? { field, code } : { field, code, detail });
  if (blank(s.title)) add('title', 'REQUIRED');
  if (!isIsoDate(s.heldOn)) add('heldOn', 'VALIDATION_FAILED', s.heldOn);
  if (!isIsoDate(s.endsOn)) add('endsOn', 'VALIDATION_FAILED', s.endsOn);
  // a session ends on or after the day it starts
  if (isIsoDate(s.heldOn) && isIsoDate(s.endsOn) && s.endsOn < s.heldOn) add('endsOn', 'DATE_ORDER');
  if (!(Number.isFinite(s.durationHours) && s.durationHours > 0 && s.durationHours <= 999))
    add('durationHours', 'TRAINING_DURATION_INVALID', String(s.durationHours));
  // 001 annex 一、1 (5): an online session is the platform's link; every other session is held somewhere
  if (s.kind === 'online' && s.delivery !== 'online') add('delivery', 'TRAINING_DELIVERY_MISMATCH', s.kind);
  if (s.kind === 'individual' && s.subKind === 'remote' && s.delivery !== 'online')
    add('delivery', 'TRAINING_DELIVERY_MISMATCH', s.subKind);
  if (s.kind === 'individual' && s.subKind === 'on_site' && s.delivery !== 'offline')
    add('delivery', 'TRAINING_DELIVERY_MISMATCH', s.subKind);
  if (s.delivery === 'online') {
    if (blank(s.url)) add('url', 'REQUIRED');
    else if (!isHttpUrl(String(s.url))) add('url', 'VALIDATION_FAILED', String(s.url));
  } else if (blank(s.place)) add('place', 'REQUIRED');
  if (s.topics.length === 0 || s.topics.some((t) => blank(t))) add('topics', 'REQUIRED');
  s.audiences.forEach((a, i) => {
    if (!(AUDIENCE_LEVELS as ReadonlyArray<string>).includes(a)) add(`audiences.${i}`, 'VALIDATION_FAILED', a);
  });
  // 001 annex 一、1 (2): an industry session names its industry and which of the three problems it addresses
  if (s.kind === 'industry') {
    if (blank(s.industryCode)) add('industryCode', 'REQUIRED');
    if (!(INDUSTRY_SUB_KINDS as ReadonlyArray<string>).includes(String(s.subKind ?? ''))) add('subKind', 'REQUIRED');
  } else if (s.kind === 'individual') {
    if (!(INDIVIDUAL_SUB_KINDS as ReadonlyArray<string>).includes(String(s.subKind ?? ''))) add('subKind', 'REQUIRED');
  } else if (!blank(s.subKind)) add('subKind', 'VALIDATION_FAILED', String(s.subKind));
  // 003 §6.7.2.2: a tiered session names at least one of the audiences a)–d)
  if (s.kind === 'tiered' && s.audiences.length === 0) add('audiences', 'REQUIRED');
  return problems;
}

/** One attendance row with what the statistics group by (one row = one 人次). */
export interface AttendanceFact {
  sessionId: string;
  participationId: string;
  kind: TrainingKind;
  delivery: TrainingDelivery;
  /** The enterprise's region (participation) and industry category. */
  regionCode: string;
  industryCode: string;
  /** The certification body assisting the enterprise, null before selection. */
  bodyId: string | null;
  heldOn: string;
}

export type RollUpDimension = 'region' | 'industry' | 'body' | 'kind' | 'month';

export interface Counts {
  /** 人次: every attendance row. */
  personTimes: number;
  /** 培训企业数: distinct enterprises with at least one attendance. */
  enterprises: number;
}

export interface RollUpRow {
  key: string;
  online: Counts;
  offline: Counts;
  total: Counts;
}

export interface RollUp {
  rows: RollUpRow[];
  online: Counts;
  offline: Counts;
  total: Counts;
}

/** The code at the given depth of a region's lineage (0 national, 1 province, 2 city, 3 county); itself when shallower. */
export function regionAtDepth(code: string, depth: number): string {
  const lineage = regionLineage(code);
  return lineage[Math.min(depth, lineage.length - 1)] ?? code;
}

function count(facts: ReadonlyArray<AttendanceFact>): Counts {
  return { personTimes: facts.length, enterprises: new Set(facts.map((f) => f.participationId)).size };
}

function countsOf(facts: ReadonlyArray<AttendanceFact>) {
  return {
    online: count(facts.filter((f) => f.delivery === 'online')),
    offline: count(facts.filter((f) => f.delivery === 'offline')),
    total: count(facts),
  };
}

/**
 * 002 Annex 2 row 2: person-times and enterprises trained, grouped by one dimension, online and offline
 * separately and together. An enterprise trained online and offline counts once in the total. `regionDepth`
 * is the level regions are grouped at (default: city).
 */
export function rollUp(
  facts: ReadonlyArray<AttendanceFact>,
  by: RollUpDimension,
  options: { regionDepth?: number } = {},
): RollUp {
  const keyOf = (f: AttendanceFact): string => {
    switch (by) {
      case 'region':
        return regionAtDepth(f.regionCode, options.regionDepth ?? 2);
      case 'industry':
        return f.industryCode;
      case 'body':
        return f.bodyId ?? '';
      case 'kind':
        return f.kind;
      case 'month':
        return f.heldOn.slice(0, 7);
    }
  };
  const groups = new Map<string, AttendanceFact[]>();
  for (const f of facts) {
    const k = keyOf(f);
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  const rows = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, list]) => ({ key, ...countsOf(list) }));
  return { rows, ...countsOf(facts) };
}

export interface FactFilter {
  regionCode?: string;
  industryCode?: string;
  bodyId?: string;
  kind?: TrainingKind;
  from?: string;
  to?: string;
}

/** The statistics' filters (region subtree, industry, body, kind, period [from, to]). */
export function filterFacts<T extends AttendanceFact>(facts: ReadonlyArray<T>, f: FactFilter): T[] {
  return facts.filter(
    (x) =>
      (f.regionCode === undefined || isWithinRegion(x.regionCode, f.regionCode)) &&
      (f.industryCode === undefined || x.industryCode === f.industryCode) &&
      (f.bodyId === undefined || x.bodyId === f.bodyId) &&
      (f.kind === undefined || x.kind === f.kind) &&
      (f.from === undefined || x.heldOn >= f.from) &&
      (f.to === undefined || x.heldOn <= f.to),
  );
}

/**
 * The level at which coverage is checked (001 annex 一、1 (1)(2) "按地区"): one level below the campaign's region —
 * a provincial campaign per city, a city campaign per county, a national one per province; a county campaign is its
 * own region. The bureau of that level is the one that organizes "本区域" trainings.
 */
export function coverageRegionOf(participationRegion: string, campaignRegion: string): string {
  const depth = campaignRegion === NATIONAL_REGION_CODE ? 1 : regionLineage(campaignRegion).length;
  return regionAtDepth(participationRegion, depth);
}

export interface CoverageSession {
  kind: TrainingKind;
  regionCode: string;
  industryCode: string | null;
  heldOn: string;
}

export interface CoverageGap {
  check: 'centralized' | 'industry';
  regionCode: string;
  industryCode: string | null;
  /** Sessions found for this region (× industry) within the campaign's period. */
  sessions: number;
}

/**
 * 001 annex 一、1 (1): "按地区，提升活动期间至少组织1次本区域所有小微企业的集中培训"; (2): "按地区，提升活动期间至少组织1次
 * 本地区同行业或相近行业的集中培训". For each coverage region holding participations, one centralized session, and for each
 * region × industry present among its participations one industry session, held within [from, to]. A session covers
 * a region when it was held for that region or a region above it (a provincial session invites every city).
 */
export function coverage(input: {
  campaignRegion: string;
  from: string;
  to: string;
  participations: ReadonlyArray<{ regionCode: string; industryCode: string }>;
  sessions: ReadonlyArray<CoverageSession>;
}): { checks: CoverageGap[]; missing: CoverageGap[] } {
  const held = input.sessions.filter((s) => s.heldOn >= input.from && s.heldOn <= input.to);
  const regions = new Set<string>();
  const pairs = new Map<string, { regionCode: string; industryCode: string }>();
  for (const p of input.participations) {
    const r = coverageRegionOf(p.regionCode, input.campaignRegion);
    regions.add(r);
    pairs.set(`${r}|${p.industryCode}`, { regionCode: r, industryCode: p.industryCode });
  }
  const covers = (s: CoverageSession, region: string) => isWithinRegion(region, s.regionCode);
  const checks: CoverageGap[] = [];
  for (const r of [...regions].sort()) {
    checks.push({
      check: 'centralized',
      regionCode: r,
      industryCode: null,
      sessions: held.filter((s) => s.kind === 'centralized' && covers(s, r)).length,
    });
  }
  for (const { regionCode, industryCode } of [...pairs.values()].sort((a, b) =>
    `${a.regionCode}${a.industryCode}` < `${b.regionCode}${b.industryCode}` ? -1 : 1,
  )) {
    checks.push({
      check: 'industry',
      regionCode,
      industryCode,
      sessions: held.filter((s) => s.kind === 'industry' && s.industryCode === industryCode && covers(s, regionCode))
        .length,
    });
  }
  return { checks, missing: checks.filter((c) => c.sessions === 0) };
}

export interface PlanTrainingItem {
  audience: string;
  topics: ReadonlyArray<string>;
  plannedOn: string;
}

export interface EnterpriseAttendance {
  sessionId: string;
  heldOn: string;
  audiences: ReadonlyArray<string>;
  audienceLevel: string | null;
}

/**
 * 003 §6.6.1 e) / §6.7.2.2: a training item of the accepted plan is done once the enterprise attended a session held
 * by `today` for that audience — a session naming the audience, or an attendance recorded at that level. Answers, per
 * item, the first such session.
 */
export function planTrainingProgress(
  items: ReadonlyArray<PlanTrainingItem>,
  attendance: ReadonlyArray<EnterpriseAttendance>,
  today: string,
): Array<PlanTrainingItem & { doneBy: { sessionId: string; heldOn: string } | null }> {
  const held = attendance.filter((a) => a.heldOn <= today).sort((a, b) => (a.heldOn < b.heldOn ? -1 : 1));
  return items.map((item) => {
    const hit = held.find((a) => a.audiences.includes(item.audience) || a.audienceLevel === item.audience);
    return { ...item, doneBy: hit ? { sessionId: hit.sessionId, heldOn: hit.heldOn } : null };
  });
}
