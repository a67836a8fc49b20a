/**
 * 企业规模划型 (大型/中型/小型/微型): 《统计上大中小微型企业划分办法（2017）》国统字〔2017〕213号,
 * whose thresholds are those of 工信部联企业〔2011〕300号 (shared/reference/enterprise-size.md §1, §3, §6).
 * Seed 003 §3.1 注1: a 小微企业 is one this 办法 classifies as 小型 or 微型.
 *
 * The rule (§2): 大型、中型和小型企业须同时满足所列指标的下限，否则下划一档；微型企业只须满足所列指标中的一项即可。
 * Lower bounds are inclusive (≥). Units: 从业人员 in persons (人), 营业收入 and 资产总额 in 万元.
 *
 * Missing indicators (a decision of this platform, not of the 办法): a size is stated only when
 * the 办法 settles it. One listed indicator below the 小型 lower bound already makes the
 * enterprise 微型 (§2 "只须满足…一项"), whatever the missing ones are, so that case answers 微型
 * and lists the missing indicators. Any other answer would be a guess (the missing indicator
 * can only lower the size), so it is refused with a `missing_indicators` problem naming what to
 * fill in: a bureau officer screening eligibility must not be shown "小型" for an enterprise that
 * may in fact be 中型 or 微型. Indicators the row does not list are ignored and reported as such.
 */

export const SIZE_INDICATORS = ['employees', 'revenueWan', 'assetsWan'] as const;
export type SizeIndicator = (typeof SIZE_INDICATORS)[number];

/** §2 / §5: X 从业人员 (期末从业人员数), Y 营业收入, Z 资产总额 (资产总计). */
export const SIZE_INDICATOR_INFO: Readonly<
  Record<SizeIndicator, { letter: 'X' | 'Y' | 'Z'; nameZh: string; nameEn: string; unit: '人' | '万元' }>
> = {
  employees: { letter: 'X', nameZh: '从业人员', nameEn: 'Employees', unit: '人' },
  revenueWan: { letter: 'Y', nameZh: '营业收入', nameEn: 'Operating revenue', unit: '万元' },
  assetsWan: { letter: 'Z', nameZh: '资产总额', nameEn: 'Total assets', unit: '万元' },
};

/** The tiers with lower bounds, tested in this order (§2 steps 1–3); micro is "none of them". */
export const BOUNDED_SIZES = ['large', 'medium', 'small'] as const;
export type BoundedSize = (typeof BOUNDED_SIZES)[number];
export type EnterpriseSize = BoundedSize | 'micro';
export type EnterpriseSizeOutcome = EnterpriseSize | 'not_applicable';
/** Smaller rank = smaller enterprise (for comparisons). */
export const ENTERPRISE_SIZE_RANK: Readonly<Record<EnterpriseSize, number>> = {
  micro: 0,
  small: 1,
  medium: 2,
  large: 3,
};

type Bounds = Readonly<Record<BoundedSize, number>>;
type RowThresholds = Readonly<Partial<Record<SizeIndicator, Bounds>>>;

/** §3: the 16-row table (2017 = 2011 numbers), as versioned data. */
export const ENTERPRISE_SIZE_STANDARD = {
  version: '2017',
  source: '国统字〔2017〕213号 / 工信部联企业〔2011〕300号',
  rule: '大型、中型和小型企业须同时满足所列指标的下限，否则下划一档；微型企业只须满足所列指标中的一项即可。',
  rows: {
    agriculture: { revenueWan: { large: 20000, medium: 500, small: 50 } },
    industrial: {
      employees: { large: 1000, medium: 300, small: 20 },
      revenueWan: { large: 40000, medium: 2000, small: 300 },
    },
    construction: {
      revenueWan: { large: 80000, medium: 6000, small: 300 },
      assetsWan: { large: 80000, medium: 5000, small: 300 },
    },
    wholesale: {
      employees: { large: 200, medium: 20, small: 5 },
      revenueWan: { large: 40000, medium: 5000, small: 1000 },
    },
    retail: { employees: { large: 300, medium: 50, small: 10 }, revenueWan: { large: 20000, medium: 500, small: 100 } },
    transport: {
      employees: { large: 1000, medium: 300, small: 20 },
      revenueWan: { large: 30000, medium: 3000, small: 200 },
    },
    warehousing: {
      employees: { large: 200, medium: 100, small: 20 },
      revenueWan: { large: 30000, medium: 1000, small: 100 },
    },
    postal: {
      employees: { large: 1000, medium: 300, small: 20 },
      revenueWan: { large: 30000, medium: 2000, small: 100 },
    },
    accommodation: {
      employees: { large: 300, medium: 100, small: 10 },
      revenueWan: { large: 10000, medium: 2000, small: 100 },
    },
    catering: {
      employees: { large: 300, medium: 100, small: 10 },
      revenueWan: { large: 10000, medium: 2000, small: 100 },
    },
    information_transmission: {
      employees: { large: 2000, medium: 100, small: 10 },
      revenueWan: { large: 100000, medium: 1000, small: 100 },
    },
    software_it_services: {
      employees: { large: 300, medium: 100, small: 10 },
      revenueWan: { large: 10000, medium: 1000, small: 50 },
    },
    real_estate_development: {
      revenueWan: { large: 200000, medium: 1000, small: 100 },
      assetsWan: { large: 10000, medium: 5000, small: 2000 },
    },
    // ⚠️ medium bounds of rows 14–15 rest on one source (enterprise-size.md §3)
    property_management: {
      employees: { large: 1000, medium: 300, small: 100 },
      revenueWan: { large: 5000, medium: 1000, small: 500 },
    },
    leasing_business_services: {
      employees: { large: 300, medium: 100, small: 10 },
      assetsWan: { large: 120000, medium: 8000, small: 100 },
    },
    other: { employees: { large: 300, medium: 100, small: 10 } },
  } satisfies Record<string, RowThresholds>,
} as const;

type EnterpriseSizeRowKey = keyof typeof ENTERPRISE_SIZE_STANDARD.rows;

interface EnterpriseSizeIndustry {
  key: string;
  nameZh: string;
  nameEn: string;
  /** Row number in the 办法's table (§3), or null when the industry is outside its scope. */
  row: number | null;
  applicable: boolean;
  /** GB/T 4754-2017 scope (§4). */
  covers: string;
}

const industries: ReadonlyArray<[string, string, string, string]> = [
  // §3 rows 1–16, scopes per §4
  ['agriculture', '农、林、牧、渔业', 'Agriculture, forestry, animal husbandry and fishery', '门类 A'],
  [
    'industrial',
    '工业',
    'Industry (mining, manufacturing, utilities)',
    '采矿业 B、制造业 C、电力、热力、燃气及水生产和供应业 D',
  ],
  ['construction', '建筑业', 'Construction', '门类 E'],
  ['wholesale', '批发业', 'Wholesale trade', 'F51'],
  ['retail', '零售业', 'Retail trade', 'F52'],
  [
    'transport',
    '交通运输业',
    'Transport (excluding railway)',
    '道路运输业 54、水上运输业 55、航空运输业 56、管道运输业 57、多式联运和运输代理业 58、装卸搬运；不含铁路运输业 53',
  ],
  ['warehousing', '仓储业', 'Warehousing', 'G59'],
  ['postal', '邮政业', 'Postal services', 'G60'],
  ['accommodation', '住宿业', 'Accommodation', 'H61'],
  ['catering', '餐饮业', 'Catering', 'H62'],
  [
    'information_transmission',
    '信息传输业',
    'Information transmission',
    '电信、广播电视和卫星传输服务 63、互联网和相关服务 64',
  ],
  ['software_it_services', '软件和信息技术服务业', 'Software and information technology services', 'I65'],
  ['real_estate_development', '房地产开发经营', 'Real estate development', 'K7010'],
  ['property_management', '物业管理', 'Property management', 'K702'],
  ['leasing_business_services', '租赁和商务服务业', 'Leasing and business services', '门类 L'],
  [
    'other',
    '其他未列明行业',
    'Other industries not listed',
    '科学研究和技术服务业 M、水利、环境和公共设施管理业 N、居民服务、修理和其他服务业 O、社会工作 Q84、文化、体育和娱乐业 R、房地产中介服务 703、其他房地产业 709；不含自有房地产经营活动 704',
  ],
  // §4 "Out of scope": not classifiable, never another row (❓ list not confirmed by a source)
  ['finance', '金融业', 'Finance', '门类 J'],
  ['education', '教育', 'Education', '门类 P'],
  ['health', '卫生', 'Health', 'Q83'],
  [
    'public_administration',
    '公共管理、社会保障和社会组织',
    'Public administration, social security and social organizations',
    '门类 S',
  ],
  ['international_organizations', '国际组织', 'International organizations', '门类 T'],
  ['railway_transport', '铁路运输业', 'Railway transport', 'G53'],
  ['own_real_estate_operation', '自有房地产经营活动', 'Operation of own real estate', 'K704'],
];

const rowKeys = Object.keys(ENTERPRISE_SIZE_STANDARD.rows);

export const ENTERPRISE_SIZE_INDUSTRIES: ReadonlyArray<EnterpriseSizeIndustry> = industries.map(
  ([key, nameZh, nameEn, covers]) => {
    const index = rowKeys.indexOf(key);
    return { key, nameZh, nameEn, covers, row: index < 0 ? null : index + 1, applicable: index >= 0 };
  },
);

/** Every accepted industry key: the 16 rows, then the out-of-scope industries. */
export const ENTERPRISE_SIZE_INDUSTRY_KEYS = ENTERPRISE_SIZE_INDUSTRIES.map((i) => i.key) as [string, ...string[]];

const industryByKey = new Map(ENTERPRISE_SIZE_INDUSTRIES.map((i) => [i.key, i]));

export function findEnterpriseSizeIndustry(key: string): EnterpriseSizeIndustry | undefined {
  return industryByKey.get(key);
}

/** The indicators a row lists (empty for an out-of-scope or unknown industry). */
export function sizeIndicatorsOf(industryKey: string): SizeIndicator[] {
  const row = rowThresholds(industryKey);
  return row ? SIZE_INDICATORS.filter((i) => row[i] !== undefined) : [];
}

function rowThresholds(key: string): RowThresholds | undefined {
  return Object.hasOwn(ENTERPRISE_SIZE_STANDARD.rows, key)
    ? ENTERPRISE_SIZE_STANDARD.rows[key as EnterpriseSizeRowKey]
    : undefined;
}

export interface EnterpriseSizeInput {
  /** A key of ENTERPRISE_SIZE_INDUSTRIES. */
  industry: string;
  /** 从业人员, persons; undefined or null = not given. */
  employees?: number | null;
  /** 营业收入, 万元. */
  revenueWan?: number | null;
  /** 资产总额, 万元. */
  assetsWan?: number | null;
}

export interface SizeThresholdCheck {
  indicator: SizeIndicator;
  value: number;
  /** The tier's lower bound; met means value >= threshold. */
  comparison: '>=';
  threshold: number;
  unit: '人' | '万元';
  met: boolean;
}

interface SizeTierCheck {
  size: BoundedSize;
  /** All checks met: the enterprise is of this size. */
  met: boolean;
  checks: SizeThresholdCheck[];
}

type EnterpriseSizeReason = 'meets_all_lower_bounds' | 'below_small_lower_bound' | 'industry_out_of_scope';

interface EnterpriseSizeBasis {
  standard: { version: string; source: string; rule: string };
  industry: { key: string; nameZh: string; nameEn: string; row: number | null; covers: string };
  applicable: boolean;
  /**
   * meets_all_lower_bounds: every indicator reaches the lower bounds of `size` (and the tier
   * above failed); below_small_lower_bound: an indicator is under the 小型 bound → 微型;
   * industry_out_of_scope: the 办法 does not classify this industry → not_applicable.
   */
  reason: EnterpriseSizeReason;
  /** The indicators the row lists. */
  indicators: SizeIndicator[];
  /** The tiers tested, in order (large, medium, small), up to the first one met. */
  tiers: SizeTierCheck[];
  /** Listed indicators not given (only possible with size micro, see the module comment). */
  missing: SizeIndicator[];
  /** Indicators given but not listed by the row (or any, when not applicable): not used. */
  ignored: SizeIndicator[];
}

export interface EnterpriseSizeResult {
  size: EnterpriseSizeOutcome;
  basis: EnterpriseSizeBasis;
}

export type EnterpriseSizeProblem =
  | { code: 'unknown_industry'; field: 'industry' }
  /** Negative, not finite, or a fractional 从业人员. */
  | { code: 'invalid_value'; field: SizeIndicator }
  /** The size cannot be settled without these (see the module comment); field = the first. */
  | { code: 'missing_indicators'; field: SizeIndicator; missing: SizeIndicator[] };

type EnterpriseSizeAttempt = { ok: true; result: EnterpriseSizeResult } | { ok: false; problem: EnterpriseSizeProblem };

export class EnterpriseSizeInputError extends Error {
  constructor(readonly problem: EnterpriseSizeProblem) {
    super(`enterprise size: ${problem.code} (${problem.field})`);
    this.name = 'EnterpriseSizeInputError';
  }
}

function given(input: EnterpriseSizeInput, indicator: SizeIndicator): number | undefined {
  const value = input[indicator];
  return value === null || value === undefined ? undefined : value;
}

/** Classifies, or says why it cannot (unknown industry, invalid value, missing indicator). */
export function tryClassifyEnterpriseSize(input: EnterpriseSizeInput): EnterpriseSizeAttempt {
  const industry = findEnterpriseSizeIndustry(input.industry);
  if (!industry) return { ok: false, problem: { code: 'unknown_industry', field: 'industry' } };
  for (const indicator of SIZE_INDICATORS) {
    const value = given(input, indicator);
    if (value === undefined) continue;
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      value < 0 ||
      (indicator === 'employees' && !Number.isInteger(value))
    ) {
      return { ok: false, problem: { code: 'invalid_value', field: indicator } };
    }
  }
  const supplied = SIZE_INDICATORS.filter((i) => given(input, i) !== undefined);
  const standard = {
    version: ENTERPRISE_SIZE_STANDARD.version,
    source: ENTERPRISE_SIZE_STANDARD.source,
    rule: ENTERPRISE_SIZE_STANDARD.rule,
  };
  const industryView = {
    key: industry.key,
    nameZh: industry.nameZh,
    nameEn: industry.nameEn,
    row: industry.row,
    covers: industry.covers,
  };

  const row = rowThresholds(industry.key);
  if (!row) {
    // §4: outside the 办法's scope → 不适用, never a fallback to another row
    return {
      ok: true,
      result: {
        size: 'not_applicable',
        basis: {
          standard,
          industry: industryView,
          applicable: false,
          reason: 'industry_out_of_scope',
          indicators: [],
          tiers: [],
          missing: [],
          ignored: supplied,
        },
      },
    };
  }

  const indicators = SIZE_INDICATORS.filter((i) => row[i] !== undefined);
  const present = indicators.filter((i) => given(input, i) !== undefined);
  const missing = indicators.filter((i) => given(input, i) === undefined);
  const ignored = supplied.filter((i) => row[i] === undefined);

  const tiers: SizeTierCheck[] = [];
  let size: EnterpriseSize = 'micro';
  for (const tier of BOUNDED_SIZES) {
    const checks = present.map((indicator): SizeThresholdCheck => {
      const value = given(input, indicator)!;
      const threshold = row[indicator]![tier];
      return {
        indicator,
        value,
        comparison: '>=',
        threshold,
        unit: SIZE_INDICATOR_INFO[indicator].unit,
        met: value >= threshold,
      };
    });
    // §2 steps 1–3: all listed indicators at or above the tier's lower bound (inclusive)
    const met = missing.length === 0 && checks.every((c) => c.met);
    tiers.push({ size: tier, met, checks });
    if (met) {
      size = tier;
      break;
    }
  }

  if (missing.length > 0) {
    // §2 step 4: one indicator below the 小型 bound suffices for 微型; anything else needs them all
    const small = tiers[tiers.length - 1]!;
    if (small.size !== 'small' || small.checks.every((c) => c.met)) {
      return { ok: false, problem: { code: 'missing_indicators', field: missing[0]!, missing } };
    }
  }

  return {
    ok: true,
    result: {
      size,
      basis: {
        standard,
        industry: industryView,
        applicable: true,
        reason: size === 'micro' ? 'below_small_lower_bound' : 'meets_all_lower_bounds',
        indicators,
        tiers,
        missing,
        ignored,
      },
    },
  };
}

/** Classifies an enterprise; throws EnterpriseSizeInputError when tryClassifyEnterpriseSize reports a problem. */
export function classifyEnterpriseSize(input: EnterpriseSizeInput): EnterpriseSizeResult {
  const attempt = tryClassifyEnterpriseSize(input);
  if (!attempt.ok) throw new EnterpriseSizeInputError(attempt.problem);
  return attempt.result;
}
