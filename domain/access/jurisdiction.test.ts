import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jurisdictionHolds } from './jurisdiction.js';
import { regionLineage } from '../regions/region-code.js';

describe('jurisdictionHolds (ADR 0004: scope by region-code prefix)', () => {
  it.each([
    ['000000', '320321', true], // the country holds every county
    ['320000', '320321', true], // 江苏 holds 丰县
    ['320300', '320321', true], // 徐州 holds 丰县
    ['320321', '320321', true], // a county holds itself
    ['320321', '320300', false], // a county does not hold its city
    ['320300', '320000', false], // nor a city its province
    ['120000', '320321', false], // 天津 does not hold 丰县
    ['320300', '320200', false], // 徐州 does not hold 无锡
    ['320300', '320303', true], // 徐州 holds 云龙区
    ['320321', '320322', false], // 丰县 does not hold 沛县
  ] as const)('%s holds %s: %s', (jurisdiction, region, expected) => {
    expect(jurisdictionHolds(jurisdiction, region)).toBe(expected);
  });

  it('a bureau without a region holds nothing', () => {
    expect(jurisdictionHolds(null, '320321')).toBe(false);
    expect(jurisdictionHolds('', '320321')).toBe(false);
    expect(jurisdictionHolds(undefined, null)).toBe(false);
  });

  it('a record without a region is held by the country only', () => {
    expect(jurisdictionHolds('000000', null)).toBe(true);
    expect(jurisdictionHolds('320000', null)).toBe(false);
  });

  it('every ancestor in the lineage holds the code, and nothing holds an ancestor of itself but the ancestor', () => {
    fc.assert(
      fc.property(fc.constantFrom('320321', '320303', '120101', '120116', '441900'), (code) => {
        const lineage = regionLineage(code);
        for (const ancestor of lineage) expect(jurisdictionHolds(ancestor, code)).toBe(true);
        for (const ancestor of lineage.slice(0, -1)) expect(jurisdictionHolds(code, ancestor)).toBe(false);
      }),
    );
  });
});
