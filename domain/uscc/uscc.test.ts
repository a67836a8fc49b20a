import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  USCC_ALPHABET,
  USCC_CATEGORIES_BY_AUTHORITY,
  checkUsccInput,
  isValidUscc,
  normalizeUscc,
  normalizeUsccInput,
  usccCheckChar,
  usccProblem,
  usccStructureProblem,
  withUsccCheckChar,
} from './uscc.js';

// shared/reference/credit-and-uscc.md §8
const VALID = [
  '91350100M000100Y43',
  '91110000600037341L',
  '914403001922038216',
  '91110108551385082Q',
  '9111000060003734F0',
];

describe('isValidUscc / usccProblem on the reference fixtures', () => {
  it.each(VALID)('accepts the valid fixture %s', (code) => {
    expect(usccProblem(code)).toBeNull();
    expect(isValidUscc(code)).toBe(true);
  });

  it('handles the remainder-0 case with check character 0 (not index 31)', () => {
    expect(usccCheckChar('9111000060003734F')).toBe('0');
    expect(isValidUscc('9111000060003734F0')).toBe(true);
  });

  it('rejects the changed-last-character example from the reference', () => {
    expect(usccProblem('91350100M000100Y44')).toBe('USCC_CHECKSUM');
  });

  it('rejects every single-character substitution within the alphabet, at every position, of every fixture', () => {
    let checked = 0;
    const accepted: string[] = [];
    for (const code of VALID) {
      for (let pos = 0; pos < 18; pos++) {
        for (const ch of USCC_ALPHABET) {
          if (ch === code[pos]) continue;
          const mutated = code.slice(0, pos) + ch + code.slice(pos + 1);
          checked++;
          if (isValidUscc(mutated)) accepted.push(mutated);
          else expect(usccProblem(mutated)).toBe('USCC_CHECKSUM');
        }
      }
    }
    expect(accepted).toEqual([]);
    expect(checked).toBe(VALID.length * 18 * 30);
  });
});

describe('usccProblem: length', () => {
  it('reports USCC_LENGTH for 17 characters (one below)', () => {
    expect(usccProblem('91350100M000100Y4')).toBe('USCC_LENGTH');
  });
  it('accepts exactly 18 characters', () => {
    expect(usccProblem('91350100M000100Y43')).toBeNull();
  });
  it('reports USCC_LENGTH for 19 characters (one above), even with a valid 18-char head', () => {
    expect(usccProblem('91350100M000100Y430')).toBe('USCC_LENGTH');
    expect(isValidUscc('91350100M000100Y430')).toBe(false);
  });
  it('reports USCC_LENGTH for the empty string', () => {
    expect(usccProblem('')).toBe('USCC_LENGTH');
  });
});

describe('usccProblem: charset', () => {
  it.each(['I', 'O', 'S', 'V', 'Z'])('reports USCC_CHARSET for the excluded letter %s at any position', (bad) => {
    for (let pos = 0; pos < 18; pos++) {
      const code = VALID[0]!.slice(0, pos) + bad + VALID[0]!.slice(pos + 1);
      expect(usccProblem(code)).toBe('USCC_CHARSET');
    }
  });
  it('reports USCC_CHARSET for lower case (the validator expects normalized input)', () => {
    expect(usccProblem('91350100m000100y43')).toBe('USCC_CHARSET');
  });
  it('reports USCC_CHARSET for full-width digits that were not normalized', () => {
    expect(usccProblem('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('USCC_CHARSET');
  });
  it('the alphabet has 31 characters and none of I, O, S, V, Z', () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    expect(new Set(USCC_ALPHABET).size).toBe(31);
    for (const c of 'IOSVZ') expect(USCC_ALPHABET).not.toContain(c);
  });
});

describe('normalizeUscc', () => {
  it('converts full-width characters padded with spaces into a valid half-width code', () => {
    const n = normalizeUscc('  ９１３５０１００Ｍ０００１００Ｙ４３  ');
    expect(n).toBe('91350100M000100Y43');
    expect(isValidUscc(n)).toBe(true);
  });
  it('strips ideographic (full-width) space padding', () => {
    expect(normalizeUscc('\u3000９１３５０１００Ｍ０００１００Ｙ４３\u3000')).toBe('91350100M000100Y43');
  });
  it('upper-cases half-width and full-width lower-case letters', () => {
    expect(normalizeUscc('91350100m000100y43')).toBe('91350100M000100Y43');
    expect(normalizeUscc('91350100ｍ000100ｙ43')).toBe('91350100M000100Y43');
  });
  it('leaves an already normalized code unchanged (idempotent)', () => {
    for (const code of VALID) {
      expect(normalizeUscc(code)).toBe(code);
      expect(normalizeUscc(normalizeUscc(` ${code.toLowerCase()} `))).toBe(code);
    }
  });
});

describe('withUsccCheckChar', () => {
  const prefix17 = fc.string({ unit: fc.constantFrom(...USCC_ALPHABET), minLength: 17, maxLength: 17 });

  it('completes every 17-character prefix from the alphabet into a valid code', () => {
    fc.assert(
      fc.property(prefix17, (p) => {
        const code = withUsccCheckChar(p);
        expect(code).toHaveLength(18);
        expect(code.startsWith(p)).toBe(true);
        // the check character is right; whether the prefix is structurally sound is a separate check
        expect(usccProblem(code)).toBe(usccStructureProblem(code));
      }),
      { numRuns: 2000 },
    );
  });

  it('chooses the only valid check character: every other final character is refused', () => {
    fc.assert(
      fc.property(prefix17, fc.constantFrom(...USCC_ALPHABET), (p, other) => {
        const code = withUsccCheckChar(p);
        fc.pre(other !== code[17]);
        expect(isValidUscc(p + other)).toBe(false);
      }),
    );
  });

  it('reproduces the check character of each fixture', () => {
    for (const code of VALID) expect(withUsccCheckChar(code.slice(0, 17))).toBe(code);
  });

  it('throws on a prefix with a character outside the alphabet', () => {
    expect(() => withUsccCheckChar('91350100M000100I4')).toThrow(/not a USCC prefix/);
    expect(() => withUsccCheckChar('91350100m000100y4')).toThrow();
    expect(usccCheckChar('9135010OM000100Y4')).toBeNull();
  });

  // BUG (domain/uscc/uscc.ts usccCheckChar): `first17[i] ?? ''` and `USCC_ALPHABET.indexOf('') === 0`
  // make a missing character count as '0', so a 16-character prefix is "completed" into a
  // 17-character string that is not a valid USCC, instead of throwing. The reference (§6)
  // returns null here, since indexOf(undefined) is -1.
  it('throws on a prefix that is too short (16 characters)', () => {
    expect(() => withUsccCheckChar('91350100M000100Y')).toThrow();
  });
  it('usccCheckChar returns null when fewer than 17 characters are given', () => {
    expect(usccCheckChar('')).toBeNull();
  });
});

describe('normalizeUsccInput / checkUsccInput (typed input)', () => {
  it('removes spaces inside the code as well, including the ideographic space', () => {
    expect(normalizeUsccInput(' 9135 0100\tM000\u3000100y43 ')).toBe('91350100M000100Y43');
    expect(normalizeUsccInput('９１３５ ０１００ Ｍ０００ １００ｙ４３')).toBe('91350100M000100Y43');
  });

  it('leaves normalizeUscc as it was: inner spaces stay there', () => {
    expect(normalizeUscc('9135 0100M000100Y43')).toBe('9135 0100M000100Y43');
  });

  it('answers valid with the normalized code, or the reason', () => {
    expect(checkUsccInput(' ９１３５０１００ｍ０００１００ｙ４３ ')).toEqual({
      valid: true,
      normalized: '91350100M000100Y43',
    });
    expect(checkUsccInput('91350100M000100Y44')).toEqual({
      valid: false,
      normalized: '91350100M000100Y44',
      reason: 'USCC_CHECKSUM',
    });
    expect(checkUsccInput('91350100M000100I43')).toEqual({
      valid: false,
      normalized: '91350100M000100I43',
      reason: 'USCC_CHARSET',
    });
    expect(checkUsccInput('')).toEqual({ valid: false, normalized: '', reason: 'USCC_LENGTH' });
  });

  it('agrees with usccProblem on every normalized code', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (raw) => {
        const check = checkUsccInput(raw);
        expect(normalizeUsccInput(check.normalized)).toBe(check.normalized);
        expect(check.reason ?? null).toBe(usccProblem(check.normalized));
        expect(check.valid).toBe(usccProblem(check.normalized) === null);
      }),
    );
  });
});

// GB 32100-2015 structure (credit-and-uscc.md §5, §7): checked after the check character
describe('usccProblem: structure of a code whose check character is right', () => {
  it('refuses the probe code 91E40600MA2PENCC7D: letters in the region number (positions 3–8)', () => {
    expect(usccCheckChar('91E40600MA2PENCC7')).toBe('D'); // the checksum alone accepted it
    expect(usccProblem('91E40600MA2PENCC7D')).toBe('USCC_REGION');
    expect(checkUsccInput('91e40600ma2pencc7d')).toEqual({
      valid: false,
      normalized: '91E40600MA2PENCC7D',
      reason: 'USCC_REGION',
    });
  });

  it.each([2, 3, 4, 5, 6, 7])('refuses a letter at position %i (one of 3–8), a digit there is fine', (position) => {
    const base = '91350100M000100Y4';
    const withLetter = withUsccCheckChar(`${base.slice(0, position)}A${base.slice(position + 1)}`);
    expect(usccProblem(withLetter)).toBe('USCC_REGION');
    const withDigit = withUsccCheckChar(`${base.slice(0, position)}7${base.slice(position + 1)}`);
    expect(usccProblem(withDigit)).toBeNull();
  });

  it('accepts letters from position 9 on (主体标识码) and at position 18', () => {
    expect(usccProblem(withUsccCheckChar('91320321MA1TEXT01'))).toBeNull();
    expect(usccProblem('91110000600037341L')).toBeNull();
  });

  it('accepts every registering authority of the table (1–9, A, N, Y) with a category of its own', () => {
    for (const [authority, categories] of Object.entries(USCC_CATEGORIES_BY_AUTHORITY)) {
      for (const category of categories)
        expect(usccProblem(withUsccCheckChar(`${authority}${category}350100M000100Y4`))).toBeNull();
    }
    expect(Object.keys(USCC_CATEGORIES_BY_AUTHORITY).sort()).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      'A',
      'N',
      'Y',
    ]);
  });

  it.each(['0', 'B', 'G', 'M', 'X'])('refuses %s as registering authority (position 1)', (authority) => {
    expect(usccProblem(withUsccCheckChar(`${authority}1350100M000100Y4`))).toBe('USCC_AUTHORITY');
  });

  it('refuses a category the authority does not have (position 2), at the edges of each table', () => {
    expect(usccProblem(withUsccCheckChar('90350100M000100Y4'))).toBe('USCC_CATEGORY'); // 市场监管 has 1–3
    expect(usccProblem(withUsccCheckChar('93350100M000100Y4'))).toBeNull(); // 农民专业合作社
    expect(usccProblem(withUsccCheckChar('94350100M000100Y4'))).toBe('USCC_CATEGORY');
    expect(usccProblem(withUsccCheckChar('99350100M000100Y4'))).toBe('USCC_CATEGORY'); // 9 has no 其他
    expect(usccProblem(withUsccCheckChar('59350100M000100Y4'))).toBeNull(); // 民政 其他
    expect(usccProblem(withUsccCheckChar('54350100M000100Y4'))).toBe('USCC_CATEGORY');
    expect(usccProblem(withUsccCheckChar('Y1350100M000100Y4'))).toBeNull();
    expect(usccProblem(withUsccCheckChar('Y9350100M000100Y4'))).toBe('USCC_CATEGORY');
    expect(usccProblem(withUsccCheckChar('9A350100M000100Y4'))).toBe('USCC_CATEGORY');
  });

  it('still enforces the check character first: a bad structure with a wrong check character is a checksum error', () => {
    const good = withUsccCheckChar('91E40600MA2PENCC7');
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(usccProblem(wrong)).toBe('USCC_CHECKSUM');
  });

  it('every code that passes is structurally sound (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...USCC_ALPHABET), minLength: 17, maxLength: 17 }), (p) => {
        const code = withUsccCheckChar(p);
        const ok = usccProblem(code) === null;
        const structural =
          p[0]! in USCC_CATEGORIES_BY_AUTHORITY &&
          USCC_CATEGORIES_BY_AUTHORITY[p[0]!]!.includes(p[1]!) &&
          /^\d{6}$/.test(p.slice(2, 8));
        expect(ok).toBe(structural);
      }),
      { numRuns: 3000 },
    );
  });
});
