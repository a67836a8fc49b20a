import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  NATIONAL_REGION_CODE,
  isRegionCode,
  isWithinRegion,
  parentRegionCode,
  regionLevel,
  regionLineage,
  regionPrefix,
} from './region-code.js';

describe('regionLevel', () => {
  it.each([
    ['000000', 'national'],
    ['320000', 'province'],
    ['120000', 'province'],
    ['320300', 'city'],
    ['441900', 'city'],
    ['429000', 'city'],
    ['320321', 'county'],
    ['120101', 'county'],
    ['429004', 'county'],
  ] as const)('%s is %s', (code, level) => {
    expect(regionLevel(code)).toBe(level);
  });
});

describe('regionPrefix', () => {
  it.each([
    ['000000', ''],
    ['320000', '32'],
    ['320300', '3203'],
    ['320321', '320321'],
    ['441900', '4419'],
  ])('%s → "%s"', (code, prefix) => {
    expect(regionPrefix(code)).toBe(prefix);
  });
});

describe('isRegionCode', () => {
  it('accepts six digits and nothing else', () => {
    expect(isRegionCode('320321')).toBe(true);
    expect(isRegionCode('32032')).toBe(false);
    expect(isRegionCode('3203210')).toBe(false);
    expect(isRegionCode('32032a')).toBe(false);
    expect(isRegionCode('')).toBe(false);
  });
});

describe('isWithinRegion (jurisdiction)', () => {
  it('丰县 320321 lies within 徐州 320300, 江苏 320000 and 全国 000000', () => {
    expect(isWithinRegion('320321', '320300')).toBe(true);
    expect(isWithinRegion('320321', '320000')).toBe(true);
    expect(isWithinRegion('320321', NATIONAL_REGION_CODE)).toBe(true);
  });
  it('丰县 320321 is not within 天津 120000', () => {
    expect(isWithinRegion('320321', '120000')).toBe(false);
  });
  it('a city is not within one of its counties', () => {
    expect(isWithinRegion('320300', '320321')).toBe(false);
  });
  it('a province is not within one of its cities, nor the country within a province', () => {
    expect(isWithinRegion('320000', '320300')).toBe(false);
    expect(isWithinRegion(NATIONAL_REGION_CODE, '320000')).toBe(false);
  });
  it('扬州 321000 is not within 徐州 320300 but is within 江苏 320000', () => {
    expect(isWithinRegion('321000', '320300')).toBe(false);
    expect(isWithinRegion('321000', '320000')).toBe(true);
  });
  it('a code is within itself', () => {
    for (const c of ['000000', '320000', '320300', '320321', '441900', '429004'])
      expect(isWithinRegion(c, c)).toBe(true);
  });
  it('和平区 120101 is within 天津 120000 but not within 江苏 320000', () => {
    expect(isWithinRegion('120101', '120000')).toBe(true);
    expect(isWithinRegion('120101', '320000')).toBe(false);
  });
  it('仙桃 429004 lies under 4290 (省直辖县级行政区划) and 湖北 420000', () => {
    expect(isWithinRegion('429004', '429000')).toBe(true);
    expect(isWithinRegion('429004', '420000')).toBe(true);
    expect(isWithinRegion('429004', '420100')).toBe(false);
  });
  it('a sibling county is not within another county', () => {
    expect(isWithinRegion('320322', '320321')).toBe(false);
  });
});

describe('parentRegionCode', () => {
  it.each([
    ['000000', null],
    ['320000', '000000'],
    ['320300', '320000'],
    ['320321', '320300'],
    ['120101', '120100'],
    ['441900', '440000'],
    ['429004', '429000'],
  ])('parent of %s is %s', (code, parent) => {
    expect(parentRegionCode(code)).toBe(parent);
  });
});

describe('regionLineage', () => {
  it('runs from the country down to the code itself', () => {
    expect(regionLineage('320321')).toEqual(['000000', '320000', '320300', '320321']);
    expect(regionLineage('320300')).toEqual(['000000', '320000', '320300']);
    expect(regionLineage('320000')).toEqual(['000000', '320000']);
    expect(regionLineage('000000')).toEqual(['000000']);
  });
  it('东莞 441900 has no county level', () => {
    expect(regionLineage('441900')).toEqual(['000000', '440000', '441900']);
  });
  it('仙桃 429004 sits under 429000', () => {
    expect(regionLineage('429004')).toEqual(['000000', '420000', '429000', '429004']);
  });
  it('天津 和平区 120101', () => {
    expect(regionLineage('120101')).toEqual(['000000', '120000', '120100', '120101']);
  });

  const sixDigits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 6 });

  it('property: a code is within every element of its lineage', () => {
    fc.assert(
      fc.property(sixDigits, (code) => {
        const lineage = regionLineage(code);
        expect(lineage[0]).toBe(NATIONAL_REGION_CODE);
        expect(lineage[lineage.length - 1]).toBe(code);
        for (const ancestor of lineage) expect(isWithinRegion(code, ancestor)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: each lineage element is within the ones before it and not within the ones after it', () => {
    fc.assert(
      fc.property(sixDigits, (code) => {
        const lineage = regionLineage(code);
        for (let i = 0; i < lineage.length; i++) {
          for (let j = 0; j < lineage.length; j++) {
            expect(isWithinRegion(lineage[i]!, lineage[j]!)).toBe(i >= j);
          }
        }
      }),
    );
  });
});
