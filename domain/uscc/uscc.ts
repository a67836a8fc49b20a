/**
 * 统一社会信用代码 (USCC) check, GB 32100-2015 (shared/reference/credit-and-uscc.md §6).
 * 18 characters from a 31-character alphabet (no I, O, S, V, Z); the 18th is a mod-31 check character.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** W_i = 3^(i-1) mod 31 */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccInvalidReason = 'USCC_LENGTH' | 'USCC_CHARSET' | 'USCC_CHECKSUM';

/** Trim, convert full-width ASCII to half-width, upper-case. */
export function normalizeUscc(input: string): string {
  return input
    .trim()
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, '')
    .toUpperCase();
}

/**
 * Normalizes a code as typed or pasted by a person: removes every white space (also inside, e.g.
 * "9135 0100 …", and the ideographic space U+3000), then normalizeUscc (full-width → half-width,
 * upper-case). credit-and-uscc.md §6 "normalize before validating".
 */
export function normalizeUsccInput(input: string): string {
  return normalizeUscc(input.replace(/[\s\u3000]+/gu, ''));
}

/** Check character for the first 17 characters, or null if one is outside the alphabet. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * USCC_WEIGHTS[i]!;
  }
  // remainder 0 gives '0', never index 31 (a mistake seen in public code)
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Validate an already normalized code; returns the reason it fails, or null when valid. */
export function usccProblem(code: string): UsccInvalidReason | null {
  if (code.length !== 18) return 'USCC_LENGTH';
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return 'USCC_CHARSET';
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) return 'USCC_CHECKSUM';
  return null;
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}

/** Completes a 17-character prefix into a valid code (used by demo data and tests). */
export function withUsccCheckChar(first17: string): string {
  const check = usccCheckChar(first17);
  if (check === null) throw new Error(`not a USCC prefix: ${first17}`);
  return first17 + check;
}

export interface UsccCheck {
  valid: boolean;
  /** The code after normalizeUsccInput. */
  normalized: string;
  /** Why it is invalid; absent when valid. */
  reason?: UsccInvalidReason;
}

/** Normalizes typed input, then checks it (what POST /api/v1/rules/uscc answers). */
export function checkUsccInput(input: string): UsccCheck {
  const normalized = normalizeUsccInput(input);
  const reason = usccProblem(normalized);
  return reason === null ? { valid: true, normalized } : { valid: false, normalized, reason };
}
