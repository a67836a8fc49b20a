/**
 * The statistics table of seed 002 Annex 2 (附表《提升行动统计表》): four rows — 1 policy measures and the subsidy
 * amount, 2 training person-times (online and offline) and enterprises trained, 3 assisted enterprises and their
 * industry categories (the 39 of the 备注), 4 the certification bodies assisting them with their approval numbers —
 * "表中数据均为开展提升行动以来的累计数据". Pure rules: what each cell counts, over facts the server reads in scope.
 * Row 2's counting rule is training's (domain/training/training.ts rollUp); this module takes its totals as given.
 */
import { findIndustryCategory } from '../industries/categories.js';
import { isWithinRegion, regionLevel } from '../regions/region-code.js';

// ---- amounts in 万元 ----

/** 002 Annex 2 row 1 "财政补贴金额：… 万元": a non-negative decimal with at most 4 places (1 元 = 0.0001 万元). */
export const WAN_AMOUNT_PATTERN = /^\d{1,10}(\.\d{1,4})?$/;
const WAN_SCALE = 10_000n;

/** An amount in 万元 as whole 0.0001 万元 (= 元), so sums are exact; null when the text is not such an amount. */
export function parseWan(text: string): bigint | null {
  if (!WAN_AMOUNT_PATTERN.test(text)) return null;
  const [whole, fraction = ''] = text.split('.');
  return BigInt(whole!) * WAN_SCALE + BigInt(fraction.padEnd(4, '0'));
}

/** 0.0001 万元 units back to 万元 text, without trailing zeros ("12.5", "0", "3.0001"). */
export function formatWan(units: bigint): string {
  const whole = units / WAN_SCALE;
  const fraction = (units % WAN_SCALE).toString().padStart(4, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

/** The exact sum of amounts in 万元 (each as stored: a decimal text, or null for none). */
export function sumWan(amounts: ReadonlyArray<string | null | undefined>): string {
  let total = 0n;
  for (const a of amounts) {
    if (a === null || a === undefined || a === '') continue;
    const units = parseWan(normalizeStoredWan(a));
    if (units === null) throw new Error(`not an amount in 万元: ${a}`);
    total += units;
  }
  return formatWan(total);
}

/** A numeric column reads back as "12.5000": strip the padding so the pattern holds. */
function normalizeStoredWan(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

// ---- the policy register ----

/** 002 Annex 2 一 "出台的政策措施 … 相关文件请注明文件编号及名称": the level of the issuing government or bureau. */
export const ISSUING_LEVELS = ['national', 'provincial', 'city', 'county'] as const;
export type IssuingLevel = (typeof ISSUING_LEVELS)[number];

/**
 * A bureau records the measures of its own region (002 §四: each level reports its own work upward), so the issuing
 * level is its region's level: the national bureau national, a province provincial, a city city, a county county.
 */
export function issuingLevelOf(regionCode: string): IssuingLevel {
  const level = regionLevel(regionCode);
  return level === 'national' ? 'national' : level === 'province' ? 'provincial' : level;
}

// ---- the period ----

/** The period of a table: "since the campaign began" when `from` is absent, up to `to` (both inclusive). */
export interface Period {
  from?: string | undefined;
  to?: string | undefined;
}

/** A period is usable when both ends, if given, are in order. */
export function periodIsOrdered(period: Period): boolean {
  return period.from === undefined || period.to === undefined || period.from <= period.to;
}

export function withinPeriod(day: string, period: Period): boolean {
  return (period.from === undefined || day >= period.from) && (period.to === undefined || day <= period.to);
}

// ---- facts ----

export interface PolicyFact {
  id: string;
  regionCode: string;
  issuedOn: string;
  /** 万元 as stored. */
  subsidyWan: string;
  creditWan: string;
  feesWaivedWan: string;
}

/**
 * One participation that reached `assigned` (分配帮扶, 000 §一), with the day it first did. 002 §引言 counts assistance as
 * "认证机构为…小微企业实施了精准帮扶": an enterprise is assisted from the day a certification body's working group is
 * assigned to it, and — the table being cumulative — stays counted when it later withdraws.
 */
export interface AssistedFact {
  participationId: string;
  enterpriseId: string;
  regionCode: string;
  industryCode: string;
  bodyId: string | null;
  /** The day (China time) the participation first entered `assigned`. */
  assignedOn: string;
}

export interface TrainingTotals {
  online: { personTimes: number; enterprises: number };
  offline: { personTimes: number; enterprises: number };
  total: { personTimes: number; enterprises: number };
}

/** Policies of the region's subtree issued in the period (a city's table holds its own and its counties' measures). */
export function policiesIn<T extends PolicyFact>(facts: ReadonlyArray<T>, regionCode: string, period: Period): T[] {
  return facts.filter((f) => isWithinRegion(f.regionCode, regionCode) && withinPeriod(f.issuedOn, period));
}

/** Assisted participations of the region's subtree assigned in the period. */
export function assistedIn<T extends AssistedFact>(facts: ReadonlyArray<T>, regionCode: string, period: Period): T[] {
  return facts.filter((f) => isWithinRegion(f.regionCode, regionCode) && withinPeriod(f.assignedOn, period));
}

export interface StatisticsFigures {
  /** Row 1: "政策措施 … 项", "财政补贴金额 … 万元" (and the register's 认证贷 and fees waived, for 相关信息). */
  policies: { count: number; subsidyWan: string; creditWan: string; feesWaivedWan: string };
  /** Row 2: "培训人员数量 … 人次（包括线上、线下）", "培训企业数量 … 家". */
  training: TrainingTotals;
  /** Row 3: "帮扶企业数量 … 家", "帮扶企业所属行业 … 个" with each category's code and name. */
  assisted: {
    enterprises: number;
    industries: Array<{ code: string; nameZh: string; nameEn: string; enterprises: number }>;
  };
  /** Row 4: "帮扶企业的认证机构 … 家" (names and approval numbers are the server's to add). */
  bodies: Array<{ bodyId: string; enterprises: number }>;
}

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/**
 * The figures of the table over facts already limited to the region and period (policiesIn, assistedIn; training's
 * totals from its own rule). Enterprises are counted once each (distinct enterprise), however many campaigns it
 * took part in; a category or body counts the distinct enterprises under it.
 */
export function statisticsFigures(input: {
  policies: ReadonlyArray<PolicyFact>;
  assisted: ReadonlyArray<AssistedFact>;
  training: TrainingTotals;
}): StatisticsFigures {
  const distinct = (facts: ReadonlyArray<AssistedFact>) => new Set(facts.map((f) => f.enterpriseId)).size;
  const group = (key: (f: AssistedFact) => string | null) => {
    const groups = new Map<string, AssistedFact[]>();
    for (const f of input.assisted) {
      const k = key(f);
      if (k === null) continue;
      groups.set(k, [...(groups.get(k) ?? []), f]);
    }
    return groups;
  };
  const industries = [...group((f) => f.industryCode).entries()]
    .map(([code, facts]) => {
      const category = findIndustryCategory(code);
      return {
        code,
        nameZh: category?.nameZh ?? code,
        nameEn: category?.nameEn ?? code,
        enterprises: distinct(facts),
      };
    })
    .sort(byKey((x) => x.code));
  const bodies = [...group((f) => f.bodyId).entries()]
    .map(([bodyId, facts]) => ({ bodyId, enterprises: distinct(facts) }))
    .sort(byKey((x) => x.bodyId));
  return {
    policies: {
      count: input.policies.length,
      subsidyWan: sumWan(input.policies.map((p) => p.subsidyWan)),
      creditWan: sumWan(input.policies.map((p) => p.creditWan)),
      feesWaivedWan: sumWan(input.policies.map((p) => p.feesWaivedWan)),
    },
    training: input.training,
    assisted: { enterprises: distinct(input.assisted), industries },
    bodies,
  };
}

/** The cells a figure can be traced to: the rows endpoint answers each with the rows behind it. */
export const STATISTICS_CELLS = ['policies', 'training', 'assisted'] as const;
export type StatisticsCell = (typeof STATISTICS_CELLS)[number];
