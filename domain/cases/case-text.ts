/**
 * The excellent case's text (seed 003 §6.10, Annex D; seed 002 Annex 1): a title of its own, a body of at most
 * 2,000 characters in five parts with their target shares, and 1–3 drafting units.
 */

/** 003 Annex D.2 a)–e) / 002 Annex 1 二: the five parts of the body, in order. */
export const CASE_PARTS = ['profile', 'problems', 'actions', 'results', 'insights'] as const;
export type CasePart = (typeof CASE_PARTS)[number];
export type CaseParts = Record<CasePart, string>;

/**
 * 003 Annex D.2: 篇幅约占 — 企业简介 5 %, 急需解决的质量管理问题 10 %, 提升行动主要做法 60 %, 质量提升成效 20 %, 启示 5 %.
 */
export const PART_TARGETS: Readonly<Record<CasePart, number>> = {
  profile: 0.05,
  problems: 0.1,
  actions: 0.6,
  results: 0.2,
  insights: 0.05,
};

/** 003 Annex D.2: 字数控制在2000字以内 (the body; the title and the drafting units are not counted). */
export const CASE_CHARACTER_LIMIT = 2000;
/** 003 Annex D.3: 列出编制该案例的1—3家主要单位. */
export const MIN_DRAFTING_UNITS = 1;
export const MAX_DRAFTING_UNITS = 3;
/** The seeds set no length for the title (D.1 only asks that it be specific); 60 characters keep it a title. */
export const CASE_TITLE_LIMIT = 60;

/**
 * "约占" is approximate (003 Annex D.2); the seeds give no tolerance. A part whose share lies more than half its
 * target away from the target (5 %: outside 2.5–7.5 %; 60 %: outside 30–90 %) is pointed out as advice, never as a
 * reason to refuse the submission.
 */
export const SHARE_TOLERANCE = 0.5;

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });
/** Whitespace (incl. the full-width space U+3000, line breaks, tabs) and invisible control/format characters. */
const NOT_COUNTED = /^[\s\p{Cc}\p{Cf}]+$/u;

/**
 * The character count of 003 Annex D.2 "字数" (the seeds do not define it; this is the rule the platform states on
 * screen): every character a reader sees counts once — Chinese characters, letters, digits, punctuation (half- or
 * full-width) and symbols; whitespace (spaces, the full-width space, tabs, line breaks) and invisible control or
 * format characters do not. A character is a user-perceived character (a grapheme cluster), so an emoji made of a
 * surrogate pair or of several code points joined (👨‍👩‍👧, 🇨🇳) counts once, and so does a letter with its combining mark.
 * Only the five parts' text is counted: the figures (images and charts, 003 Annex D.2 可附图片、图表) and their
 * captions are not part of the 2,000 characters, nor are the title and the drafting units.
 */
export function countCharacters(text: string): number {
  let n = 0;
  for (const { segment } of segmenter.segment(text)) if (!NOT_COUNTED.test(segment)) n++;
  return n;
}

export interface CaseDraft {
  title: string;
  parts: CaseParts;
  draftingUnits: ReadonlyArray<string>;
  /** the figures' captions are never counted (see countCharacters) */
  figures?: ReadonlyArray<{ caption: string }>;
}

export interface PartCount {
  part: CasePart;
  characters: number;
  /** this part's characters ÷ the body's; 0 when the body is empty */
  share: number;
  target: number;
  /** the share lies within the tolerance of the target (always false for an empty body) */
  onTarget: boolean;
}

export type CaseProblem =
  | { code: 'CASE_TITLE_REQUIRED'; field: 'title'; blocking: true }
  | { code: 'CASE_TITLE_TOO_LONG'; field: 'title'; blocking: true; limit: number; characters: number }
  | { code: 'CASE_PART_REQUIRED'; field: `parts.${CasePart}`; blocking: true; part: CasePart }
  | { code: 'CASE_TOO_LONG'; field: 'parts'; blocking: true; limit: number; characters: number }
  | { code: 'CASE_DRAFTING_UNITS'; field: 'draftingUnits'; blocking: true; min: number; max: number; count: number }
  | { code: 'CASE_DRAFTING_UNIT_DUPLICATE'; field: `draftingUnits.${number}`; blocking: true }
  | {
      code: 'CASE_SHARE_OFF_TARGET';
      field: `parts.${CasePart}`;
      blocking: false;
      part: CasePart;
      share: number;
      target: number;
    };

export interface CaseCheck {
  characters: number;
  limit: number;
  parts: PartCount[];
  problems: CaseProblem[];
  /** no blocking problem: the case may be submitted (a draft is saved whatever its problems) */
  submittable: boolean;
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** The count per part and the body's, the shares against Annex D's targets, and what stands in the way of submitting. */
export function checkCase(draft: CaseDraft): CaseCheck {
  const counts = CASE_PARTS.map((part) => ({ part, characters: countCharacters(draft.parts[part] ?? '') }));
  const characters = counts.reduce((s, c) => s + c.characters, 0);
  const parts: PartCount[] = counts.map(({ part, characters: c }) => {
    const target = PART_TARGETS[part];
    const share = characters === 0 ? 0 : round4(c / characters);
    return {
      part,
      characters: c,
      share,
      target,
      onTarget: characters > 0 && Math.abs(share - target) <= target * SHARE_TOLERANCE + 1e-9,
    };
  });
  const problems: CaseProblem[] = [];
  const titleCharacters = countCharacters(draft.title);
  // 003 Annex D.1: 每个案例自拟标题
  if (titleCharacters === 0) problems.push({ code: 'CASE_TITLE_REQUIRED', field: 'title', blocking: true });
  else if (titleCharacters > CASE_TITLE_LIMIT)
    problems.push({
      code: 'CASE_TITLE_TOO_LONG',
      field: 'title',
      blocking: true,
      limit: CASE_TITLE_LIMIT,
      characters: titleCharacters,
    });
  // 003 Annex D.2: 内容分为五个部分
  for (const c of counts)
    if (c.characters === 0)
      problems.push({ code: 'CASE_PART_REQUIRED', field: `parts.${c.part}`, blocking: true, part: c.part });
  // 003 Annex D.2: 字数控制在2000字以内
  if (characters > CASE_CHARACTER_LIMIT)
    problems.push({ code: 'CASE_TOO_LONG', field: 'parts', blocking: true, limit: CASE_CHARACTER_LIMIT, characters });
  // 003 Annex D.3: 1—3家主要单位
  const units = draft.draftingUnits.map((u) => u.trim()).filter((u) => u.length > 0);
  if (
    units.length < MIN_DRAFTING_UNITS ||
    units.length > MAX_DRAFTING_UNITS ||
    units.length !== draft.draftingUnits.length
  )
    problems.push({
      code: 'CASE_DRAFTING_UNITS',
      field: 'draftingUnits',
      blocking: true,
      min: MIN_DRAFTING_UNITS,
      max: MAX_DRAFTING_UNITS,
      count: units.length,
    });
  const seen = new Set<string>();
  units.forEach((u, i) => {
    if (seen.has(u))
      problems.push({ code: 'CASE_DRAFTING_UNIT_DUPLICATE', field: `draftingUnits.${i}`, blocking: true });
    seen.add(u);
  });
  if (characters > 0)
    for (const p of parts)
      if (p.characters > 0 && !p.onTarget)
        problems.push({
          code: 'CASE_SHARE_OFF_TARGET',
          field: `parts.${p.part}`,
          blocking: false,
          part: p.part,
          share: p.share,
          target: p.target,
        });
  return {
    characters,
    limit: CASE_CHARACTER_LIMIT,
    parts,
    problems,
    submittable: problems.every((p) => !p.blocking),
  };
}

/** A problem's `{field}` and `{detail}` for its message (domain/errors/codes.ts); a part is named by its label key. */
export function problemParams(p: CaseProblem): { field: string; detail: string } {
  switch (p.code) {
    case 'CASE_TOO_LONG':
    case 'CASE_TITLE_TOO_LONG':
      return { field: p.field, detail: `${p.characters} / ${p.limit}` };
    case 'CASE_DRAFTING_UNITS':
      return { field: p.field, detail: String(p.count) };
    case 'CASE_PART_REQUIRED':
    case 'CASE_SHARE_OFF_TARGET':
      return { field: p.field, detail: `case_part_${p.part}` };
    default:
      return { field: p.field, detail: '' };
  }
}
