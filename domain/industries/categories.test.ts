import { describe, it, expect } from 'vitest';
import { INDUSTRY_CATEGORIES, findIndustryCategory, isIndustryCategoryCode } from './categories.js';

describe('INDUSTRY_CATEGORIES (认证业务范围 39 大类)', () => {
  it("has exactly 39 codes '01'…'39' in order", () => {
    expect(INDUSTRY_CATEGORIES).toHaveLength(39);
    expect(INDUSTRY_CATEGORIES.map((c) => c.code)).toEqual(
      Array.from({ length: 39 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
  });
  it('codes are unique', () => {
    expect(new Set(INDUSTRY_CATEGORIES.map((c) => c.code)).size).toBe(39);
  });
  it('every category has non-empty Chinese and English names, and Chinese names are unique', () => {
    for (const c of INDUSTRY_CATEGORIES) {
      expect(c.nameZh.trim(), c.code).not.toBe('');
      expect(c.nameEn.trim(), c.code).not.toBe('');
    }
    expect(new Set(INDUSTRY_CATEGORIES.map((c) => c.nameZh)).size).toBe(39);
  });
});

describe('findIndustryCategory / isIndustryCategoryCode', () => {
  it("finds '03' 食品、饮料和烟草", () => {
    expect(findIndustryCategory('03')?.nameZh).toBe('食品、饮料和烟草');
    expect(findIndustryCategory('03')?.nameEn).toBe('Food products, beverages and tobacco');
  });
  it('finds the first and last codes', () => {
    expect(findIndustryCategory('01')?.nameZh).toBe('农业、林业和渔业');
    expect(findIndustryCategory('39')?.nameZh).toBe('其他社会服务');
  });
  it('does not find codes outside 01–39 or unpadded codes', () => {
    for (const code of ['00', '40', '3', '003', '', '食品、饮料和烟草']) {
      expect(findIndustryCategory(code), code).toBeUndefined();
      expect(isIndustryCategoryCode(code), code).toBe(false);
    }
  });
  it('recognizes every listed code', () => {
    for (const c of INDUSTRY_CATEGORIES) expect(isIndustryCategoryCode(c.code)).toBe(true);
  });
});
