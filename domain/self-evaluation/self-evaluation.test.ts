import { describe, expect, it } from 'vitest';
import {
  INSIGHTS_CHARACTER_LIMIT,
  SELF_EVALUATION_SECTIONS,
  checkSelfEvaluation,
  summaryLength,
  type SelfEvaluationSections,
} from './self-evaluation.js';

const empty = (): SelfEvaluationSections =>
  Object.fromEntries(SELF_EVALUATION_SECTIONS.map((s) => [s, ''])) as SelfEvaluationSections;

describe('the self-evaluation report (002 Annex 2)', () => {
  it('has the outline’s six sections in order, 经验启示 fifth', () => {
    expect(SELF_EVALUATION_SECTIONS).toHaveLength(6);
    expect(SELF_EVALUATION_SECTIONS[4]).toBe('insights');
  });

  it('accepts 经验启示 of exactly 500 characters, refuses 501', () => {
    const at = { ...empty(), insights: '经'.repeat(INSIGHTS_CHARACTER_LIMIT) };
    expect(checkSelfEvaluation(at).problems).toEqual([]);
    expect(checkSelfEvaluation(at).characters.insights).toBe(500);
    const over = { ...empty(), insights: '经'.repeat(INSIGHTS_CHARACTER_LIMIT + 1) };
    expect(checkSelfEvaluation(over).problems).toEqual([
      { code: 'SELF_EVALUATION_INSIGHTS_TOO_LONG', field: 'sections.insights', limit: 500, characters: 501 },
    ]);
  });

  it('counts as the case does: whitespace not, letters, digits and punctuation yes', () => {
    const text = `${'验'.repeat(490)}ISO9001，。\n\n   \u3000\t`;
    expect(checkSelfEvaluation({ ...empty(), insights: text }).characters.insights).toBe(499);
    const spaced = `${'验'.repeat(500)}${' \n'.repeat(100)}`;
    expect(checkSelfEvaluation({ ...empty(), insights: spaced }).problems).toEqual([]);
  });

  it('has no limit on the other sections but a cap', () => {
    expect(checkSelfEvaluation({ ...empty(), assistance: '帮'.repeat(5000) }).problems).toEqual([]);
    expect(checkSelfEvaluation({ ...empty(), assistance: '帮'.repeat(20_001) }).problems[0]?.field).toBe(
      'sections.assistance',
    );
  });

  it('says whether the CNCA summary is about 2,000 characters', () => {
    expect(summaryLength('字'.repeat(1499)).verdict).toBe('short');
    expect(summaryLength('字'.repeat(2000)).verdict).toBe('ok');
    expect(summaryLength('字'.repeat(2501)).verdict).toBe('long');
  });
});
