/**
 * Finds internal identifiers in text meant for a person (issue's acceptance: "no internal identifier
 * reaches a person"): snake_case words (plan_agreed), camelCase words (internalAuditOn) and
 * UPPER_SNAKE codes (USCC_CHECKSUM). Used by the tests that scan rendered pages and generated
 * XLSX/DOCX files; never at run time.
 */

/** Tokens that look like identifiers but are legitimate text. Keep short; say why. */
const ALLOWED_WORDS = new Set([
  // product and standard names written in camel case
  'PostgreSQL',
  'PGlite',
  'JavaScript',
  'TypeScript',
  'iPhone',
  'iPad',
  'macOS',
  'eMail',
  'WeChat',
  'QQMail',
]);

/** Spans removed before the scan: URLs, e-mail addresses, file names, paths, and dotted versions. */
const IGNORED_SPANS: ReadonlyArray<RegExp> = [
  /\bhttps?:\/\/\S+/g, // URLs
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g, // e-mail addresses
  /[\w\-\u4e00-\u9fff（）()]+\.(xlsx|docx|pdf|png|jpe?g|webp|heic|csv|zip|json)\b/gi, // file names
  /(?:^|\s)\/[\w\-/.]*/g, // paths such as /apply
];

/** A USCC value (18 characters of the GB 32100 alphabet) is data, not an identifier. */
const USCC_VALUE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

const WORD = /[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*/g;

function isIdentifier(word: string): boolean {
  if (ALLOWED_WORDS.has(word) || USCC_VALUE.test(word)) return false;
  // snake_case and UPPER_SNAKE: letters joined by underscores
  if (/^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)+$/.test(word)) return true;
  // camelCase: a lower-case start, then an upper-case letter after a lower-case one (internalAuditOn, subItemKey)
  if (/^[a-z]+[A-Z][A-Za-z]*$/.test(word) && /[a-z][A-Z][a-z]/.test(word)) return true;
  return false;
}

/**
 * Every raw identifier in `text`, in order of appearance, each once. `knownKeys` adds one-word enum
 * values (small, bureau, industrial) that are raw only when they stand alone in Chinese text: pass
 * them when scanning a zh-CN page or file, where no English word belongs.
 */
export function findRawIdentifiers(text: string, options: { knownKeys?: ReadonlySet<string> } = {}): string[] {
  let rest = text;
  for (const span of IGNORED_SPANS) rest = rest.replace(span, ' ');
  const found: string[] = [];
  for (const m of rest.matchAll(WORD)) {
    const word = m[0];
    const raw = isIdentifier(word) || options.knownKeys?.has(word) === true;
    if (raw && !found.includes(word)) found.push(word);
  }
  return found;
}
