/**
 * Which six-digit codes may be chosen for a new record (shared/reference/regions.md §1–2).
 *
 * - GB/T 2260-2007 §3.2: when a unit changes, its code is retired, never reused. A retired code is
 *   not offered for new records; a record that holds one keeps it and shows it as historical.
 * - @vant/area-data (the region tree's source) also lists units that are not GB/T 2260 divisions:
 *   towns under made-up codes where a prefecture has no county level (东莞, 中山, 儋州, 嘉峪关),
 *   development zones it numbers 90–99 under a prefecture, and invented sub-levels of 台湾, 香港
 *   and 澳门 (GB/T 2260 lists those three at province level only). They are never offered.
 */
import { regionLevel } from './region-code.js';
import type { ErrorCode } from '../errors/codes.js';

interface RetiredRegion {
  code: string;
  name: string;
  /** The unit it was merged into. */
  mergedInto: { code: string; name: string };
  /** Year of the State Council approval. */
  year: number;
  source: string;
}

const MCA_CHANGES = '民政部《中华人民共和国县以上行政区划代码》及县级以上行政区划变更情况';

/** Counties merged in 2020–21 that @vant/area-data 2.1.0 still lists beside their successors. */
export const RETIRED_REGIONS: ReadonlyArray<RetiredRegion> = [
  // 国务院批复 2020: 撤销崇川区、港闸区，设立新的南通市崇川区
  { code: '320611', name: '港闸区', mergedInto: { code: '320613', name: '崇川区' }, year: 2020, source: MCA_CHANGES },
  // 国务院批复 2020: 撤销蓬莱市、长岛县，设立烟台市蓬莱区
  { code: '370634', name: '长岛县', mergedInto: { code: '370614', name: '蓬莱区' }, year: 2020, source: MCA_CHANGES },
  // 国务院批复 2021: 撤销三元区、梅列区，设立新的三明市三元区
  { code: '350402', name: '梅列区', mergedInto: { code: '350404', name: '三元区' }, year: 2021, source: MCA_CHANGES },
];

const RETIRED_BY_CODE: ReadonlyMap<string, RetiredRegion> = new Map(RETIRED_REGIONS.map((r) => [r.code, r]));

/** Prefecture-level cities without a county level: the city itself is the leaf (regions.md §1 caveats). */
const PREFECTURES_WITHOUT_COUNTIES: ReadonlyArray<string> = ['441900', '442000', '460400', '620200'];

/** GB/T 2260 lists these at province level only. */
const PROVINCE_ONLY = ['710000', '810000', '820000'];

/** current: offered; retired: kept on old records only; not_a_division: never offered. */
type RegionCodeStatus = 'current' | 'retired' | 'not_a_division';

export function retiredRegion(code: string): RetiredRegion | undefined {
  return RETIRED_BY_CODE.get(code);
}

/** The status of a code of the region tree (whether the code exists at all is the tree's question). */
export function regionCodeStatus(code: string): RegionCodeStatus {
  if (RETIRED_BY_CODE.has(code)) return 'retired';
  const level = regionLevel(code);
  if (level === 'national' || level === 'province') return 'current';
  if (PROVINCE_ONLY.includes(`${code.slice(0, 2)}0000`)) return 'not_a_division';
  if (level === 'county') {
    if (PREFECTURES_WITHOUT_COUNTIES.includes(`${code.slice(0, 4)}00`)) return 'not_a_division';
    // 90 as the prefecture digits is the official 省直辖县级行政区划 summary code; under an ordinary
    // prefecture, county digits 90–99 are the package's own development-zone entries
    if (code.slice(2, 4) !== '90' && code[4] === '9') return 'not_a_division';
  }
  return 'current';
}

/**
 * Why a code cannot be chosen for a new record: REGION_UNKNOWN for a code that is not in the tree
 * or not a division, REGION_RETIRED for a retired one; null when it can.
 */
export function newRecordRegionProblem(
  code: string,
  existsInTree: (code: string) => boolean,
): Extract<ErrorCode, 'REGION_UNKNOWN' | 'REGION_RETIRED'> | null {
  if (!/^\d{6}$/.test(code) || !existsInTree(code)) return 'REGION_UNKNOWN';
  const status = regionCodeStatus(code);
  if (status === 'retired') return 'REGION_RETIRED';
  if (status === 'not_a_division') return 'REGION_UNKNOWN';
  return null;
}

/** The detail of REGION_RETIRED: the old unit and where it went, e.g. "320611 港闸区 → 320613 崇川区". */
export function regionProblemDetail(code: string): string {
  const retired = RETIRED_BY_CODE.get(code);
  return retired ? `${retired.code} ${retired.name} → ${retired.mergedInto.code} ${retired.mergedInto.name}` : code;
}
