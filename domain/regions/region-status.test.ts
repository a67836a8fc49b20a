import { describe, it, expect } from 'vitest';
import { areaList } from '@vant/area-data';
import {
  RETIRED_REGIONS,
  newRecordRegionProblem,
  regionCodeStatus,
  regionProblemDetail,
  retiredRegion,
} from './region-status.js';

const inVant = (code: string) =>
  code in areaList.province_list || code in areaList.city_list || code in areaList.county_list;

describe('retired counties (GB/T 2260 §3.2: codes are retired, not reused)', () => {
  it.each(['320611', '350402', '370634'])('%s is retired and refused for a new record', (code) => {
    expect(regionCodeStatus(code)).toBe('retired');
    expect(newRecordRegionProblem(code, inVant)).toBe('REGION_RETIRED');
  });

  it('names where each went, and the successor is a current code of the tree', () => {
    expect(regionProblemDetail('320611')).toBe('320611 港闸区 → 320613 崇川区');
    for (const r of RETIRED_REGIONS) {
      expect(inVant(r.code)).toBe(true); // still listed by the package: that is why the list exists
      expect(inVant(r.mergedInto.code)).toBe(true);
      expect(regionCodeStatus(r.mergedInto.code)).toBe('current');
      expect(r.source).not.toBe('');
    }
    expect(retiredRegion('320613')).toBeUndefined();
  });

  it('leaves the neighbours of a retired code current', () => {
    for (const code of ['320612', '320613', '350404', '370614', '370612'])
      expect(newRecordRegionProblem(code, inVant)).toBeNull();
  });
});

describe('codes the package invents are not divisions', () => {
  it.each([
    ['441901', '东莞 中堂镇'],
    ['441990', '东莞 沙田镇'],
    ['442001', '中山 南头镇'],
    ['460401', '儋州 那大镇'],
    ['620201', '嘉峪关 市辖区'],
    ['620290', '嘉峪关 雄关区'],
    ['320391', '徐州 工业园区'],
    ['370690', '烟台 开发区'],
    ['710101', '台湾 sub-level'],
    ['710100', '台北市'],
    ['810100', '香港岛'],
    ['820100', '澳门半岛'],
  ])('%s (%s) is not a division and refused as unknown', (code) => {
    expect(inVant(code)).toBe(true);
    expect(regionCodeStatus(code)).toBe('not_a_division');
    expect(newRecordRegionProblem(code, inVant)).toBe('REGION_UNKNOWN');
  });

  it.each([
    ['441900', '东莞市 itself (a city without counties)'],
    ['620200', '嘉峪关市'],
    ['429004', '仙桃市 under 省直辖 4290'],
    ['469030', '琼中 under 4690'],
    ['659012', '白杨市'],
    ['320382', '邳州市'],
    ['320321', '丰县'],
    ['710000', '台湾省'],
    ['810000', '香港'],
    ['110101', '东城区'],
    ['000000', '全国'],
  ])('%s (%s) is current', (code) => {
    expect(regionCodeStatus(code)).toBe('current');
  });

  it('refuses a code that is not in the tree or not six digits', () => {
    expect(newRecordRegionProblem('329999', inVant)).toBe('REGION_UNKNOWN');
    expect(newRecordRegionProblem('3203', inVant)).toBe('REGION_UNKNOWN');
    expect(newRecordRegionProblem('32032a', () => true)).toBe('REGION_UNKNOWN');
  });

  it('every county flagged under an ordinary prefecture is a zone or a town, never a county, district or county-level city', () => {
    const flagged = Object.entries(areaList.county_list).filter(
      ([code]) => regionCodeStatus(code) === 'not_a_division' && !/^(71|81|82)/.test(code),
    );
    expect(flagged.length).toBeGreaterThan(100);
    // under a city without counties every entry is a town, street or zone of that city
    const underOrdinary = flagged.filter(([code]) => !/^(4419|4420|4604|6202)/.test(code));
    expect(underOrdinary.length).toBeGreaterThan(20);
    const offenders = underOrdinary.filter(([, name]) => !/(开发区|高新区|园区)$/.test(name));
    expect(offenders).toEqual([]);
    // and no current county name ends like those made-up entries, outside the package's 7x statistical zones
    const currentTowns = Object.entries(areaList.county_list).filter(
      ([code, name]) => regionCodeStatus(code) === 'current' && /(镇|乡)$/.test(name),
    );
    expect(currentTowns).toEqual([]);
  });
});
