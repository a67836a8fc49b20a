import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { maskEmail, maskIdentifier, maskPersonName, maskPhone } from './mask.js';

describe('maskPhone', () => {
  it('masks the middle four digits of an 11-digit mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('trims surrounding whitespace first', () => {
    expect(maskPhone(' 13812345678 ')).toBe('138****5678');
  });
  it('returns null for null, undefined and the empty string', () => {
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone(undefined)).toBeNull();
    expect(maskPhone('')).toBeNull();
  });
  it('masks short values (≤ 5 characters) completely', () => {
    expect(maskPhone('1')).toBe('*');
    expect(maskPhone('12345')).toBe('*****');
  });
  it('keeps the first 3 and last 2 of other lengths (6, 10, 12 characters)', () => {
    expect(maskPhone('123456')).toBe('123*56');
    expect(maskPhone('0512123456')).toBe('051*****56');
    expect(maskPhone('051212345678')).toBe('051*******78');
  });
  it('property: the masked value keeps the length and never shows the middle digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 20 }), (p) => {
        const m = maskPhone(p)!;
        expect(m).toHaveLength(p.length);
        expect(m).toContain('*');
        if (p.length >= 11) expect(m).not.toContain(p.slice(3, 7));
      }),
    );
  });
});

describe('maskIdentifier', () => {
  it('keeps the first 4 and last 4 of an 18-character ID card number', () => {
    expect(maskIdentifier('11010119900307123X')).toBe('1101**********123X');
  });
  it('keeps only the first character of values of 8 or fewer characters', () => {
    expect(maskIdentifier('ABCDEFGH')).toBe('A*******');
    expect(maskIdentifier('A')).toBe('A');
  });
  it('switches to first-4/last-4 at 9 characters', () => {
    expect(maskIdentifier('ABCDEFGHI')).toBe('ABCD*FGHI');
  });
  it('returns null for null, undefined and empty', () => {
    expect(maskIdentifier(null)).toBeNull();
    expect(maskIdentifier(undefined)).toBeNull();
    expect(maskIdentifier('')).toBeNull();
  });
  it('property: the masked value keeps the length', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (v) => {
        expect(maskIdentifier(v)!).toHaveLength(v.length);
      }),
    );
  });
});

describe('maskPersonName', () => {
  it('shows only the family name: 张三丰 → 张**', () => {
    expect(maskPersonName('张三丰')).toBe('张**');
  });
  it('masks a two-character name: 李四 → 李*', () => {
    expect(maskPersonName('李四')).toBe('李*');
  });
  it('still appends a mask to a single character, so a one-character value never shows as-is', () => {
    expect(maskPersonName('张')).toBe('张*');
  });
  it('counts characters outside the BMP as one character', () => {
    expect(maskPersonName('𠮷野家')).toBe('𠮷**');
  });
  it('returns null for null, undefined and empty', () => {
    expect(maskPersonName(null)).toBeNull();
    expect(maskPersonName(undefined)).toBeNull();
    expect(maskPersonName('')).toBeNull();
  });
});

describe('maskEmail', () => {
  it('keeps the first letter of the name and the whole domain', () => {
    expect(maskEmail('zhang.san@example.cn')).toBe('z********@example.cn');
    expect(maskEmail('ab@x.cn')).toBe('a*@x.cn');
  });
  it('masks a one-letter name and a value without @', () => {
    expect(maskEmail('a@x.cn')).toBe('a*@x.cn');
    expect(maskEmail('@x.cn')).toBe('@****');
    expect(maskEmail(null)).toBeNull();
    expect(maskEmail('')).toBeNull();
  });
});
