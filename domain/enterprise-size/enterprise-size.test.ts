import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  BOUNDED_SIZES,
  ENTERPRISE_SIZE_INDUSTRIES,
  ENTERPRISE_SIZE_RANK,
  ENTERPRISE_SIZE_STANDARD,
  EnterpriseSizeInputError,
  SIZE_INDICATORS,
  classifyEnterpriseSize,
  sizeIndicatorsOf,
  tryClassifyEnterpriseSize,
  type BoundedSize,
  type EnterpriseSize,
  type EnterpriseSizeInput,
  type SizeIndicator,
} from './enterprise-size.js';

/**
 * The table of shared/reference/enterprise-size.md §3, typed in again by hand as the oracle:
 * [large, medium, small] lower bounds per indicator (X employees, Y revenueWan, Z assetsWan).
 */
type B = [number, number, number];
const TABLE: Record<string, { nameZh: string } & Partial<Record<SizeIndicator, B>>> = {
  agriculture: { nameZh: '农、林、牧、渔业', revenueWan: [20000, 500, 50] },
  industrial: { nameZh: '工业', employees: [1000, 300, 20], revenueWan: [40000, 2000, 300] },
  construction: { nameZh: '建筑业', revenueWan: [80000, 6000, 300], assetsWan: [80000, 5000, 300] },
  wholesale: { nameZh: '批发业', employees: [200, 20, 5], revenueWan: [40000, 5000, 1000] },
  retail: { nameZh: '零售业', employees: [300, 50, 10], revenueWan: [20000, 500, 100] },
  transport: { nameZh: '交通运输业', employees: [1000, 300, 20], revenueWan: [30000, 3000, 200] },
  warehousing: { nameZh: '仓储业', employees: [200, 100, 20], revenueWan: [30000, 1000, 100] },
  postal: { nameZh: '邮政业', employees: [1000, 300, 20], revenueWan: [30000, 2000, 100] },
  accommodation: { nameZh: '住宿业', employees: [300, 100, 10], revenueWan: [10000, 2000, 100] },
  catering: { nameZh: '餐饮业', employees: [300, 100, 10], revenueWan: [10000, 2000, 100] },
  information_transmission: { nameZh: '信息传输业', employees: [2000, 100, 10], revenueWan: [100000, 1000, 100] },
  software_it_services: { nameZh: '软件和信息技术服务业', employees: [300, 100, 10], revenueWan: [10000, 1000, 50] },
  real_estate_development: {
    nameZh: '房地产开发经营',
    revenueWan: [200000, 1000, 100],
    assetsWan: [10000, 5000, 2000],
  },
  property_management: { nameZh: '物业管理', employees: [1000, 300, 100], revenueWan: [5000, 1000, 500] },
  leasing_business_services: { nameZh: '租赁和商务服务业', employees: [300, 100, 10], assetsWan: [120000, 8000, 100] },
  other: { nameZh: '其他未列明行业', employees: [300, 100, 10] },
};
const ROW_KEYS = Object.keys(TABLE);
const OUT_OF_SCOPE = [
  'finance',
  'education',
  'health',
  'public_administration',
  'international_organizations',
  'railway_transport',
  'own_real_estate_operation',
];
const TIER_INDEX: Record<BoundedSize, number> = { large: 0, medium: 1, small: 2 };
const ONE_DOWN: Record<BoundedSize, EnterpriseSize> = { large: 'medium', medium: 'small', small: 'micro' };
const rowIndicators = (key: string) => SIZE_INDICATORS.filter((i) => TABLE[key]![i] !== undefined);
const bound = (key: string, indicator: SizeIndicator, tier: BoundedSize): number =>
  TABLE[key]![indicator]![TIER_INDEX[tier]]!;
/** One step below / above a bound: a person, or one 元 (0.0001 万元). */
const step = (indicator: SizeIndicator) => (indicator === 'employees' ? 1 : 0.0001);

const size = (input: EnterpriseSizeInput) => classifyEnterpriseSize(input).size;

describe('the table (§3) and the industry list (§4)', () => {
  it('holds exactly the 16 rows of the reference, with the same bounds and source', () => {
    expect(ENTERPRISE_SIZE_STANDARD.version).toBe('2017');
    expect(ENTERPRISE_SIZE_STANDARD.source).toContain('国统字〔2017〕213号');
    expect(ENTERPRISE_SIZE_STANDARD.source).toContain('工信部联企业〔2011〕300号');
    expect(Object.keys(ENTERPRISE_SIZE_STANDARD.rows)).toEqual(ROW_KEYS);
    for (const key of ROW_KEYS) {
      const expected = Object.fromEntries(
        rowIndicators(key).map((i) => [
          i,
          { large: bound(key, i, 'large'), medium: bound(key, i, 'medium'), small: bound(key, i, 'small') },
        ]),
      );
      expect(ENTERPRISE_SIZE_STANDARD.rows[key as keyof typeof ENTERPRISE_SIZE_STANDARD.rows], key).toEqual(expected);
    }
  });

  it('lists the 16 rows in table order, then the 7 out-of-scope industries, each with zh and en names', () => {
    expect(ENTERPRISE_SIZE_INDUSTRIES.map((i) => i.key)).toEqual([...ROW_KEYS, ...OUT_OF_SCOPE]);
    ENTERPRISE_SIZE_INDUSTRIES.forEach((industry, index) => {
      expect(industry.nameZh).toMatch(/\p{Script=Han}/u);
      expect(industry.nameEn).toMatch(/^[A-Z][\x20-\x7e]+$/);
      expect(industry.covers.length).toBeGreaterThan(0);
      if (index < 16) {
        expect(industry).toMatchObject({ row: index + 1, applicable: true, nameZh: TABLE[industry.key]!.nameZh });
      } else {
        expect(industry).toMatchObject({ row: null, applicable: false });
      }
    });
  });

  it('names the indicators of each row', () => {
    for (const key of ROW_KEYS) expect(sizeIndicatorsOf(key)).toEqual(rowIndicators(key));
    for (const key of [...OUT_OF_SCOPE, 'nonsense']) expect(sizeIndicatorsOf(key)).toEqual([]);
  });
});

describe('every row at every bound of every indicator (below, at, above)', () => {
  // Other indicators sit exactly on the same tier's bound, so this indicator alone decides.
  const cases: Array<[string, SizeIndicator, BoundedSize, 'below' | 'at' | 'above', number, EnterpriseSize]> = [];
  for (const key of ROW_KEYS) {
    for (const indicator of rowIndicators(key)) {
      for (const tier of BOUNDED_SIZES) {
        const b = bound(key, indicator, tier);
        cases.push([key, indicator, tier, 'below', b - step(indicator), ONE_DOWN[tier]]);
        cases.push([key, indicator, tier, 'at', b, tier]);
        cases.push([key, indicator, tier, 'above', b + step(indicator), tier]);
      }
    }
  }

  it('covers 16 rows, 30 indicator columns, 3 tiers, 3 positions', () => {
    expect(cases).toHaveLength(30 * 3 * 3);
  });

  it.each(cases)('%s %s %s bound, %s (%d) → %s', (key, indicator, tier, _where, value, expected) => {
    const input: EnterpriseSizeInput = { industry: key };
    for (const other of rowIndicators(key)) input[other] = bound(key, other, tier);
    input[indicator] = value;
    const result = classifyEnterpriseSize(input);
    expect(result.size).toBe(expected);
    // the basis shows the compared bound of this indicator at the deciding tier
    const decidingTier = result.basis.tiers.find((t) => t.size === tier)!;
    expect(decidingTier.checks.find((c) => c.indicator === indicator)).toEqual({
      indicator,
      value,
      comparison: '>=',
      threshold: bound(key, indicator, tier),
      unit: indicator === 'employees' ? '人' : '万元',
      met: value >= bound(key, indicator, tier),
    });
  });
});

describe('boundary tests of §7', () => {
  it.each<[string, EnterpriseSizeInput, EnterpriseSize | 'not_applicable']>([
    ['工业 X=19, Y=1e6', { industry: 'industrial', employees: 19, revenueWan: 1e6 }, 'micro'],
    ['工业 X=20, Y=300', { industry: 'industrial', employees: 20, revenueWan: 300 }, 'small'],
    ['工业 X=300, Y=1999', { industry: 'industrial', employees: 300, revenueWan: 1999 }, 'small'],
    ['工业 X=1000, Y=40000', { industry: 'industrial', employees: 1000, revenueWan: 40000 }, 'large'],
    ['工业 X=1000, Y=39999', { industry: 'industrial', employees: 1000, revenueWan: 39999 }, 'medium'],
    ['批发业 X=4, Y huge', { industry: 'wholesale', employees: 4, revenueWan: 1e9 }, 'micro'],
    ['批发业 X=4, Y zero', { industry: 'wholesale', employees: 4, revenueWan: 0 }, 'micro'],
    ['租赁和商务服务业 X=9', { industry: 'leasing_business_services', employees: 9 }, 'micro'],
    ['租赁和商务服务业 X=10, Z=100', { industry: 'leasing_business_services', employees: 10, assetsWan: 100 }, 'small'],
    [
      '房地产开发经营 Y=200000, Z=9999',
      { industry: 'real_estate_development', revenueWan: 200000, assetsWan: 9999 },
      'medium',
    ],
    ['农、林、牧、渔业 Y=49.99', { industry: 'agriculture', revenueWan: 49.99 }, 'micro'],
    ['金融业 any values', { industry: 'finance', employees: 5, revenueWan: 10, assetsWan: 10 }, 'not_applicable'],
  ])('%s', (_name, input, expected) => {
    expect(size(input)).toBe(expected);
  });
});

describe('negative cases: the mistakes of a public implementation (§7)', () => {
  it('仓储业: medium is 100 ≤ X < 200, not 200 ≤ X < 300', () => {
    expect(size({ industry: 'warehousing', employees: 100, revenueWan: 1000 })).toBe('medium');
    expect(size({ industry: 'warehousing', employees: 199, revenueWan: 1000 })).toBe('medium');
  });
  it('仓储业: X ≥ 200 is not large without Y ≥ 30000', () => {
    expect(size({ industry: 'warehousing', employees: 200, revenueWan: 1000 })).toBe('medium');
  });
  it('信息传输业: medium revenue is 1000 ≤ Y < 100000, not Y < 10000', () => {
    expect(size({ industry: 'information_transmission', employees: 100, revenueWan: 10000 })).toBe('medium');
    expect(size({ industry: 'information_transmission', employees: 100, revenueWan: 99999 })).toBe('medium');
  });
  it('房地产开发经营: micro is Z < 2000, not Z ≤ 2000', () => {
    expect(size({ industry: 'real_estate_development', revenueWan: 100, assetsWan: 2000 })).toBe('small');
  });
  it('物业管理: micro is X < 100, not X ≤ 100', () => {
    expect(size({ industry: 'property_management', employees: 100, revenueWan: 500 })).toBe('small');
  });
  it('租赁和商务服务业: micro is X < 10, not X ≤ 10', () => {
    expect(size({ industry: 'leasing_business_services', employees: 10, assetsWan: 100 })).toBe('small');
  });
  it('其他未列明行业: micro is X < 10, not X ≤ 10', () => {
    expect(size({ industry: 'other', employees: 10 })).toBe('small');
  });
});

describe('industries outside the 办法 (§4): 不适用, never another row', () => {
  it.each(OUT_OF_SCOPE.map((k) => [k]))(
    '%s → not_applicable, whatever the values, with an empty comparison',
    (industry) => {
      for (const input of [
        { industry },
        { industry, employees: 3, revenueWan: 10, assetsWan: 10 },
        { industry, employees: 100000, revenueWan: 1e7 },
      ]) {
        const result = classifyEnterpriseSize(input);
        expect(result.size).toBe('not_applicable');
        expect(result.basis).toMatchObject({
          applicable: false,
          reason: 'industry_out_of_scope',
          indicators: [],
          tiers: [],
          missing: [],
        });
        expect(result.basis.industry).toMatchObject({ key: industry, row: null });
      }
      expect(classifyEnterpriseSize({ industry, employees: 3, assetsWan: 1 }).basis.ignored).toEqual([
        'employees',
        'assetsWan',
      ]);
    },
  );

  it('refuses an unknown key instead of falling back to 其他未列明行业', () => {
    for (const industry of ['', 'Industrial', 'manufacturing', '工业', 'toString', '__proto__', 'constructor']) {
      expect(tryClassifyEnterpriseSize({ industry, employees: 5 })).toEqual({
        ok: false,
        problem: { code: 'unknown_industry', field: 'industry' },
      });
    }
    expect(() => classifyEnterpriseSize({ industry: 'banking', employees: 5 })).toThrow(EnterpriseSizeInputError);
  });
});

describe('missing indicators', () => {
  it('answers 微型 when a given indicator is already below the 小型 bound, and lists what is missing', () => {
    const result = classifyEnterpriseSize({ industry: 'industrial', employees: 8 });
    expect(result.size).toBe('micro');
    expect(result.basis.reason).toBe('below_small_lower_bound');
    expect(result.basis.missing).toEqual(['revenueWan']);
    expect(result.basis.tiers.map((t) => t.size)).toEqual(['large', 'medium', 'small']);
    expect(result.basis.tiers.every((t) => !t.met && t.checks.length === 1)).toBe(true);
    expect(size({ industry: 'construction', assetsWan: 299.99 })).toBe('micro');
    expect(size({ industry: 'industrial', employees: null, revenueWan: 120 })).toBe('micro');
  });

  it('refuses to guess otherwise: the missing indicator could still make it smaller', () => {
    expect(tryClassifyEnterpriseSize({ industry: 'industrial', employees: 50 })).toEqual({
      ok: false,
      problem: { code: 'missing_indicators', field: 'revenueWan', missing: ['revenueWan'] },
    });
    expect(tryClassifyEnterpriseSize({ industry: 'industrial', employees: 5000, revenueWan: undefined })).toMatchObject(
      { ok: false, problem: { code: 'missing_indicators' } },
    );
    expect(tryClassifyEnterpriseSize({ industry: 'real_estate_development' })).toEqual({
      ok: false,
      problem: { code: 'missing_indicators', field: 'revenueWan', missing: ['revenueWan', 'assetsWan'] },
    });
    expect(tryClassifyEnterpriseSize({ industry: 'other', revenueWan: 5, assetsWan: 5 })).toEqual({
      ok: false,
      problem: { code: 'missing_indicators', field: 'employees', missing: ['employees'] },
    });
    expect(() => classifyEnterpriseSize({ industry: 'retail', revenueWan: 100 })).toThrow(EnterpriseSizeInputError);
  });

  it('ignores, and reports, indicators the row does not list', () => {
    const result = classifyEnterpriseSize({ industry: 'other', employees: 50, revenueWan: 1e9, assetsWan: 1e9 });
    expect(result.size).toBe('small');
    expect(result.basis.ignored).toEqual(['revenueWan', 'assetsWan']);
    expect(result.basis.tiers.flatMap((t) => t.checks.map((c) => c.indicator))).toEqual([
      'employees',
      'employees',
      'employees',
    ]);
  });
});

describe('invalid values', () => {
  it.each<[string, EnterpriseSizeInput, SizeIndicator]>([
    ['negative employees', { industry: 'industrial', employees: -1, revenueWan: 10 }, 'employees'],
    ['negative revenue', { industry: 'industrial', employees: 10, revenueWan: -0.01 }, 'revenueWan'],
    [
      'negative assets, even where not listed',
      { industry: 'industrial', employees: 10, revenueWan: 10, assetsWan: -5 },
      'assetsWan',
    ],
    ['negative value for an out-of-scope industry', { industry: 'finance', employees: -3 }, 'employees'],
    ['fractional employees', { industry: 'other', employees: 10.5 }, 'employees'],
    ['NaN', { industry: 'agriculture', revenueWan: Number.NaN }, 'revenueWan'],
    ['Infinity', { industry: 'agriculture', revenueWan: Number.POSITIVE_INFINITY }, 'revenueWan'],
  ])('refuses %s', (_name, input, field) => {
    expect(tryClassifyEnterpriseSize(input)).toEqual({ ok: false, problem: { code: 'invalid_value', field } });
  });

  it('accepts zero (a new enterprise)', () => {
    expect(size({ industry: 'industrial', employees: 0, revenueWan: 0 })).toBe('micro');
  });
});

describe('basis', () => {
  it('explains a 中型 工业 enterprise: large failed on both, medium met on both', () => {
    expect(classifyEnterpriseSize({ industry: 'industrial', employees: 350, revenueWan: 2500 })).toEqual({
      size: 'medium',
      basis: {
        standard: {
          version: '2017',
          source: '国统字〔2017〕213号 / 工信部联企业〔2011〕300号',
          rule: '大型、中型和小型企业须同时满足所列指标的下限，否则下划一档；微型企业只须满足所列指标中的一项即可。',
        },
        industry: {
          key: 'industrial',
          nameZh: '工业',
          nameEn: 'Industry (mining, manufacturing, utilities)',
          row: 2,
          covers: '采矿业 B、制造业 C、电力、热力、燃气及水生产和供应业 D',
        },
        applicable: true,
        reason: 'meets_all_lower_bounds',
        indicators: ['employees', 'revenueWan'],
        tiers: [
          {
            size: 'large',
            met: false,
            checks: [
              { indicator: 'employees', value: 350, comparison: '>=', threshold: 1000, unit: '人', met: false },
              { indicator: 'revenueWan', value: 2500, comparison: '>=', threshold: 40000, unit: '万元', met: false },
            ],
          },
          {
            size: 'medium',
            met: true,
            checks: [
              { indicator: 'employees', value: 350, comparison: '>=', threshold: 300, unit: '人', met: true },
              { indicator: 'revenueWan', value: 2500, comparison: '>=', threshold: 2000, unit: '万元', met: true },
            ],
          },
        ],
        missing: [],
        ignored: [],
      },
    });
  });

  it('stops at the first tier met, which is the result; micro when none is met', () => {
    fc.assert(
      fc.property(arbitraryCompleteInput(), (input) => {
        const { size: result, basis } = classifyEnterpriseSize(input);
        const last = basis.tiers[basis.tiers.length - 1]!;
        expect(basis.tiers.slice(0, -1).every((t) => !t.met)).toBe(true);
        if (result === 'micro') expect(last).toMatchObject({ size: 'small', met: false });
        else expect(last).toMatchObject({ size: result, met: true });
        for (const tier of basis.tiers) expect(tier.met).toBe(tier.checks.every((c) => c.met));
        // JSON as is: nothing lost in a round trip
        expect(JSON.parse(JSON.stringify(basis))).toEqual(basis);
      }),
    );
  });
});

/** A row key and every listed indicator, values around the row's bounds or anywhere. */
function arbitraryCompleteInput() {
  return fc.constantFrom(...ROW_KEYS).chain((key) => {
    const indicators = rowIndicators(key);
    const valueFor = (indicator: SizeIndicator) => {
      const near = fc
        .constantFrom(...TABLE[key]![indicator]!)
        .chain((b) => fc.constantFrom(b - step(indicator), b, b + step(indicator)));
      const any =
        indicator === 'employees'
          ? fc.integer({ min: 0, max: 1_000_000 })
          : fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true });
      return fc.oneof(near, any).filter((v) => v >= 0);
    };
    return fc.tuple(...indicators.map(valueFor)).map((values) => {
      const input: EnterpriseSizeInput = { industry: key };
      for (const [i, indicator] of indicators.entries()) input[indicator] = values[i]!;
      return input;
    });
  });
}

describe('properties', () => {
  it('more of any indicator never makes an enterprise smaller (monotonicity)', () => {
    fc.assert(
      fc.property(
        arbitraryCompleteInput(),
        fc.integer({ min: 0, max: 2 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (input, which, more) => {
          const indicators = rowIndicators(input.industry);
          const indicator = indicators[which % indicators.length]!;
          const increased = {
            ...input,
            [indicator]: indicator === 'employees' ? input[indicator]! + Math.ceil(more) : input[indicator]! + more,
          };
          const before = size(input) as EnterpriseSize;
          const after = size(increased) as EnterpriseSize;
          expect(ENTERPRISE_SIZE_RANK[after]).toBeGreaterThanOrEqual(ENTERPRISE_SIZE_RANK[before]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("equals the 300号 reading: the smallest of each indicator's own interval (§6)", () => {
    const intervalTier = (key: string, indicator: SizeIndicator, value: number): EnterpriseSize => {
      const [large, medium, small] = TABLE[key]![indicator]!;
      if (value >= large) return 'large';
      if (value >= medium) return 'medium';
      if (value >= small) return 'small';
      return 'micro';
    };
    fc.assert(
      fc.property(arbitraryCompleteInput(), (input) => {
        const tiers = rowIndicators(input.industry).map((i) => intervalTier(input.industry, i, input[i]!));
        const smallest = tiers.reduce((a, b) => (ENTERPRISE_SIZE_RANK[a] <= ENTERPRISE_SIZE_RANK[b] ? a : b));
        expect(size(input)).toBe(smallest);
      }),
      { numRuns: 3000 },
    );
  });

  it('a missing indicator gives either 微型, which any value for it keeps, or a refusal', () => {
    fc.assert(
      fc.property(arbitraryCompleteInput(), fc.integer({ min: 0, max: 2 }), (complete, which) => {
        const indicators = rowIndicators(complete.industry);
        const dropped = indicators[which % indicators.length]!;
        const partial = { ...complete, [dropped]: undefined };
        const attempt = tryClassifyEnterpriseSize(partial);
        if (attempt.ok) {
          expect(attempt.result.size).toBe('micro');
          expect(attempt.result.basis.missing).toEqual([dropped]);
          expect(size(complete)).toBe('micro');
        } else {
          expect(attempt.problem).toEqual({ code: 'missing_indicators', field: dropped, missing: [dropped] });
          // refused only when the given indicators alone would not settle micro
          expect(
            indicators.filter((i) => i !== dropped).every((i) => complete[i]! >= bound(complete.industry, i, 'small')),
          ).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
