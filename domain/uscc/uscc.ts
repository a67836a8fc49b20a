/**
 * 统一社会信用代码 (USCC) check, GB 32100-2015 (shared/reference/credit-and-uscc.md §6).
 * 18 characters from a 31-character alphabet (no I, O, S, V, Z); the 18th is a mod-31 check character.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** W_i = 3^(i-1) mod 31 */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * Why a code is refused, in the order they are checked: the form (length, alphabet), the check
 * character, then the structure of GB 32100-2015 §4 (credit-and-uscc.md §5, §7): position 1 the
 * registering authority, position 2 an entity category of that authority, positions 3–8 a
 * six-digit administrative division number. The checksum comes before the structure so that a
 * mistyped character is reported as such.
 */
export const USCC_INVALID_REASONS = [
  'USCC_LENGTH',
  'USCC_CHARSET',
  'USCC_CHECKSUM',
  'USCC_AUTHORITY',
  'USCC_CATEGORY',
  'USCC_REGION',
] as const;
type UsccInvalidReason = (typeof USCC_INVALID_REASONS)[number];

/**
 * GB 32100-2015 Annex A (credit-and-uscc.md §7): 登记管理部门代码 (position 1) → its 机构类别代码
 * (position 2). 9 = 工商 (now 市场监管): 1 企业, 2 个体工商户, 3 农民专业合作社.
 */
export const USCC_CATEGORIES_BY_AUTHORITY: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 中央编办直接管理机构编制的群众团体, 其他
  '2': '19', // 外交
  '3': '123459', // 司法行政
  '4': '19', // 文化
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游
  '7': '129', // 宗教
  '8': '19', // 工会
  '9': '123', // 工商 / 市场监管
  A: '19', // 中央军委改革和编制办公室
  N: '1239', // 农业
  Y: '1', // 其他
};

/** The structural problem of a code whose form and check character are right, or null. */
export function usccStructureProblem(code: string): UsccInvalidReason | null {
  const categories = USCC_CATEGORIES_BY_AUTHORITY[code[0]!];
  if (categories === undefined) return 'USCC_AUTHORITY';
  if (!categories.includes(code[1]!)) return 'USCC_CATEGORY';
  // 登记管理机关行政区划码: GB/T 2260 digits only (the authority's region, not the firm's address)
  if (!/^\d{6}$/.test(code.slice(2, 8))) return 'USCC_REGION';
  return null;
}

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
  return usccStructureProblem(code);
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}

/** Completes a 17-character prefix with its check character (used by demo data and tests); the structure is the caller's. */
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
