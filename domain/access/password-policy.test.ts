import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblems } from './password-policy.js';

describe('passwordProblems: length (8–128)', () => {
  it('bounds are 8 and 128', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(8);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
  });
  it('7 characters are too short', () => {
    expect(passwordProblems('Abcde1!')).toEqual(['too_short']);
  });
  it('8 characters are enough', () => {
    expect(passwordProblems('Abcdef1!')).toEqual([]);
  });
  it('128 characters are accepted', () => {
    const pw = 'Aa1!'.repeat(32);
    expect(pw).toHaveLength(128);
    expect(passwordProblems(pw)).toEqual([]);
  });
  it('129 characters are too long', () => {
    const pw = `${'Aa1!'.repeat(32)}x`;
    expect(passwordProblems(pw)).toEqual(['too_long']);
  });
  it('counts characters, not UTF-16 units (7 astral characters are still too short)', () => {
    // each emoji is 2 UTF-16 units; 7 code points must be too short although .length is 14
    const pw = 'A1😀😀😀😀😀';
    expect(pw.length).toBe(12);
    expect(passwordProblems(pw)).toContain('too_short');
  });
  it('a 64-character password is accepted', () => {
    const pw = 'Correct-Horse-Battery-Staple-9'.padEnd(64, 'x');
    expect(pw).toHaveLength(64);
    expect(passwordProblems(pw, { username: 'zhangsan', phone: '13812345678' })).toEqual([]);
  });
});

describe('passwordProblems: character classes (at least 3 of 4)', () => {
  it('two classes are refused', () => {
    expect(passwordProblems('abcdefgh1')).toEqual(['too_few_classes']);
    expect(passwordProblems('ABCDEFGH!')).toEqual(['too_few_classes']);
  });
  it('one class is refused', () => {
    expect(passwordProblems('abcdefghij')).toEqual(['too_few_classes']);
  });
  it('three classes are accepted', () => {
    expect(passwordProblems('Abcdefg1')).toEqual([]);
    expect(passwordProblems('abcdefg1!')).toEqual([]);
  });
  it('four classes are accepted', () => {
    expect(passwordProblems('Abcdef1!')).toEqual([]);
  });
});

describe('passwordProblems: personal data', () => {
  it('refuses a password containing the user name, case-insensitively', () => {
    expect(passwordProblems('Zhangsan#2026', { username: 'zhangsan' })).toEqual(['contains_username']);
    expect(passwordProblems('xxZHANGSANxx1', { username: 'ZhangSan' })).toEqual(['contains_username']);
  });
  it('does not check user names shorter than 3 characters', () => {
    expect(passwordProblems('Lixx#2026ab', { username: 'li' })).toEqual([]);
    expect(passwordProblems('Wxyz#2026ab', { username: 'wxy' })).toEqual(['contains_username']);
  });
  it('refuses a password containing the phone number', () => {
    expect(passwordProblems('Ab!13812345678', { phone: '13812345678' })).toEqual(['contains_phone']);
  });
  it('accepts a password with only part of the phone number, and a null phone', () => {
    expect(passwordProblems('Ab!1381234', { phone: '13812345678' })).toEqual([]);
    expect(passwordProblems('Ab!13812345678', { phone: null })).toEqual([]);
  });
});

describe('passwordProblems: common passwords', () => {
  it.each(['Admin@123', 'P@ssw0rd', 'admin@123', 'ADMIN@123', 'Huawei@123', 'Qwer1234'])(
    'refuses %s as common',
    (pw) => {
      expect(passwordProblems(pw)).toContain('common');
    },
  );
  it('refuses Admin@123 only because it is common (length and classes are fine)', () => {
    expect(passwordProblems('Admin@123')).toEqual(['common']);
    expect(passwordProblems('P@ssw0rd')).toEqual(['common']);
  });
  it('accepts a small variation of a common password', () => {
    expect(passwordProblems('Admin@1234x')).toEqual([]);
  });
  it('reports several problems at once', () => {
    expect(passwordProblems('admin', { username: 'admin' })).toEqual([
      'too_short',
      'too_few_classes',
      'contains_username',
      'common',
    ]);
  });
});

describe('passwordProblems: property', () => {
  it('any password of 8–128 characters with lower, upper, digit and symbol and no context is accepted unless common', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'abcdefghijkmnpqrstuvwxyz'), minLength: 5, maxLength: 125 }),
        (s) => {
          const pw = `Q7#${s}`;
          expect(passwordProblems(pw)).toEqual([]);
        },
      ),
    );
  });
});
