import { describe, expect, it } from 'vitest';
import {
  CASE_CHARACTER_LIMIT,
  CASE_TITLE_LIMIT,
  PART_TARGETS,
  checkCase,
  countCharacters,
  type CaseDraft,
  type CaseParts,
} from './case-text.js';

const x = (n: number, ch = '字') => ch.repeat(n);
/** A body of `total` characters split by Annex D's targets exactly. */
function parts(total: number): CaseParts {
  return {
    profile: x(total * 0.05),
    problems: x(total * 0.1),
    actions: x(total * 0.6),
    results: x(total * 0.2),
    insights: x(total * 0.05),
  };
}
const draft = (over: Partial<CaseDraft> = {}): CaseDraft => ({
  title: '以数据说话：一家木业企业把退货率降了一半',
  parts: parts(1000),
  draftingUnits: ['丰县绿源木业有限公司'],
  ...over,
});

describe('the character count (003 Annex D.2 字数)', () => {
  it('counts Chinese characters, letters, digits and punctuation once each', () => {
    expect(countCharacters('质量')).toBe(2);
    expect(countCharacters('ISO9001')).toBe(7);
    expect(countCharacters('a,b.')).toBe(4);
    expect(countCharacters('提升，成效。“好”（1）！')).toBe(13);
    expect(countCharacters('—…%')).toBe(3);
  });
  it('does not count whitespace: spaces, the full-width space, tabs, line breaks', () => {
    expect(countCharacters('')).toBe(0);
    expect(countCharacters(' ')).toBe(0);
    expect(countCharacters('\u3000')).toBe(0);
    expect(countCharacters('质\u3000量')).toBe(2);
    expect(countCharacters('a b\tc\nd\r\ne')).toBe(5);
    expect(countCharacters('\n\n\n')).toBe(0);
    expect(countCharacters('\u00a0\u2003')).toBe(0);
  });
  it('counts an emoji once, whether a surrogate pair or a joined sequence', () => {
    expect('😀'.length).toBe(2);
    expect(countCharacters('😀')).toBe(1);
    expect(countCharacters('👨‍👩‍👧')).toBe(1);
    expect(countCharacters('🇨🇳')).toBe(1);
    expect(countCharacters('👍🏽')).toBe(1);
    expect(countCharacters('𠀀')).toBe(1); // CJK Extension B, outside the BMP
    expect(countCharacters('é')).toBe(1); // e + combining acute
  });
  it('does not count invisible format characters alone', () => {
    expect(countCharacters('\u200b')).toBe(0);
    expect(countCharacters('\ufeff质')).toBe(1);
  });
});

describe('checkCase (003 Annex D)', () => {
  it('counts the body per part with shares against the targets', () => {
    const c = checkCase(draft());
    expect(c.characters).toBe(1000);
    expect(c.parts.map((p) => [p.part, p.characters, p.share, p.target])).toEqual([
      ['profile', 50, 0.05, 0.05],
      ['problems', 100, 0.1, 0.1],
      ['actions', 600, 0.6, 0.6],
      ['results', 200, 0.2, 0.2],
      ['insights', 50, 0.05, 0.05],
    ]);
    expect(c.problems).toEqual([]);
    expect(c.submittable).toBe(true);
  });
  it('the targets add up to the whole', () => {
    expect(Object.values(PART_TARGETS).reduce((s, v) => s + v, 0)).toBeCloseTo(1);
  });
  it('2,000 characters pass, 2,001 do not (the title is not counted)', () => {
    const at = checkCase(draft({ parts: parts(2000), title: x(CASE_TITLE_LIMIT) }));
    expect(at.characters).toBe(CASE_CHARACTER_LIMIT);
    expect(at.submittable).toBe(true);
    const over = checkCase(draft({ parts: { ...parts(2000), insights: x(101) } }));
    expect(over.characters).toBe(2001);
    expect(over.submittable).toBe(false);
    expect(over.problems).toContainEqual(
      expect.objectContaining({ code: 'CASE_TOO_LONG', blocking: true, characters: 2001, limit: 2000 }),
    );
  });
  it('whitespace and line breaks do not push a case over the limit', () => {
    const spaced = { ...parts(2000), actions: `${x(600)}\n\n${' '.repeat(500)}${x(600)}` };
    expect(checkCase(draft({ parts: spaced })).characters).toBe(2000);
  });
  it('needs a title, every part and 1–3 distinct drafting units', () => {
    const none = checkCase({ title: ' ', parts: { ...parts(1000), results: '\n' }, draftingUnits: [] });
    expect(none.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['CASE_TITLE_REQUIRED', 'CASE_PART_REQUIRED', 'CASE_DRAFTING_UNITS']),
    );
    expect(none.problems.find((p) => p.code === 'CASE_PART_REQUIRED')).toMatchObject({ field: 'parts.results' });
    expect(checkCase(draft({ draftingUnits: ['甲', '乙', '丙'] })).submittable).toBe(true);
    expect(checkCase(draft({ draftingUnits: ['甲', '乙', '丙', '丁'] })).problems[0]).toMatchObject({
      code: 'CASE_DRAFTING_UNITS',
      count: 4,
    });
    expect(checkCase(draft({ draftingUnits: ['甲', ' '] })).submittable).toBe(false);
    expect(checkCase(draft({ draftingUnits: ['甲', '甲'] })).problems[0]).toMatchObject({
      code: 'CASE_DRAFTING_UNIT_DUPLICATE',
      field: 'draftingUnits.1',
    });
  });
  it('a title over the limit is refused', () => {
    expect(checkCase(draft({ title: x(CASE_TITLE_LIMIT + 1) })).problems[0]).toMatchObject({
      code: 'CASE_TITLE_TOO_LONG',
    });
  });
  it('a share more than half its target away is advice, not a refusal', () => {
    // actions 60 % target: 30 % is the edge
    const edge = { profile: x(10), problems: x(20), actions: x(30), results: x(30), insights: x(10) };
    const c = checkCase(draft({ parts: edge }));
    expect(c.parts.find((p) => p.part === 'actions')!.onTarget).toBe(true);
    const below = { ...edge, actions: x(29), results: x(31) };
    const d = checkCase(draft({ parts: below }));
    expect(d.problems).toContainEqual(
      expect.objectContaining({ code: 'CASE_SHARE_OFF_TARGET', part: 'actions', blocking: false }),
    );
    expect(d.submittable).toBe(true);
  });
  it('an empty body has shares of 0 and no share advice', () => {
    const c = checkCase(draft({ parts: { profile: '', problems: '', actions: '', results: '', insights: '' } }));
    expect(c.characters).toBe(0);
    expect(c.parts.every((p) => p.share === 0 && !p.onTarget)).toBe(true);
    expect(c.problems.some((p) => p.code === 'CASE_SHARE_OFF_TARGET')).toBe(false);
  });
});

describe('the figures and the count (003 Annex D.2 可附图片、图表)', () => {
  it('captions never count toward the 2,000 characters: a body at the limit stays submittable', () => {
    const atLimit = draft({ parts: parts(CASE_CHARACTER_LIMIT) });
    const withFigures = draft({
      parts: parts(CASE_CHARACTER_LIMIT),
      figures: Array.from({ length: 8 }, () => ({ caption: x(60, '图') })),
    });
    expect(checkCase(withFigures).characters).toBe(CASE_CHARACTER_LIMIT);
    expect(checkCase(withFigures).characters).toBe(checkCase(atLimit).characters);
    expect(checkCase(withFigures).submittable).toBe(true);
  });
  it('one character over the limit in the body is still too long, whatever the figures', () => {
    const p = parts(CASE_CHARACTER_LIMIT);
    const over = draft({ parts: { ...p, insights: `${p.insights}字` }, figures: [] });
    expect(checkCase(over).characters).toBe(CASE_CHARACTER_LIMIT + 1);
    expect(checkCase(over).problems.map((q) => q.code)).toContain('CASE_TOO_LONG');
  });
});
