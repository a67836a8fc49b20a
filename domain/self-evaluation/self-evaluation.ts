/**
 * The self-evaluation report of seed 002 Annex 2 (《省（区、市）小微企业质量管理体系认证提升行动自评报告》): its six
 * sections in the outline's order, the 500-character limit of 五 经验启示, and the CNCA work summary's length
 * (认秘函〔2024〕58号: about 2,000 characters). Counting is the excellent case's rule (domain/cases countCharacters).
 */
import { countCharacters } from '../cases/case-text.js';

/** 002 Annex 2 一–六, in order. */
export const SELF_EVALUATION_SECTIONS = [
  'mobilisation', // 一、组织发动
  'publicityTraining', // 二、宣传培训
  'assistance', // 三、企业帮扶
  'pilot', // 四、区域产业试点（仅参与试点的省份填写）
  'insights', // 五、经验启示
  'problemsNext', // 六、存在问题及下一步工作
] as const;
export type SelfEvaluationSection = (typeof SELF_EVALUATION_SECTIONS)[number];
export type SelfEvaluationSections = Record<SelfEvaluationSection, string>;

/** 002 Annex 2 五: 篇幅不超过500字. */
export const INSIGHTS_CHARACTER_LIMIT = 500;
/** 认秘函〔2024〕58号: 2022—2024年工作总结（2000字左右）. */
export const CNCA_SUMMARY_TARGET = 2000;
/** A section's text is kept to a sane size (the seeds give only 五's limit). */
export const SECTION_CHARACTER_CAP = 20_000;

export type SelfEvaluationProblem =
  | { code: 'SELF_EVALUATION_INSIGHTS_TOO_LONG'; field: 'sections.insights'; limit: number; characters: number }
  | {
      code: 'SELF_EVALUATION_SECTION_TOO_LONG';
      field: `sections.${SelfEvaluationSection}`;
      limit: number;
      characters: number;
    };

export interface SelfEvaluationCheck {
  /** characters per section (the case's counting rule) */
  characters: Record<SelfEvaluationSection, number>;
  problems: SelfEvaluationProblem[];
}

export function checkSelfEvaluation(sections: SelfEvaluationSections): SelfEvaluationCheck {
  const characters = Object.fromEntries(
    SELF_EVALUATION_SECTIONS.map((s) => [s, countCharacters(sections[s] ?? '')]),
  ) as Record<SelfEvaluationSection, number>;
  const problems: SelfEvaluationProblem[] = [];
  // 002 Annex 2 五: 篇幅不超过500字
  if (characters.insights > INSIGHTS_CHARACTER_LIMIT)
    problems.push({
      code: 'SELF_EVALUATION_INSIGHTS_TOO_LONG',
      field: 'sections.insights',
      limit: INSIGHTS_CHARACTER_LIMIT,
      characters: characters.insights,
    });
  for (const s of SELF_EVALUATION_SECTIONS)
    if (s !== 'insights' && characters[s] > SECTION_CHARACTER_CAP)
      problems.push({
        code: 'SELF_EVALUATION_SECTION_TOO_LONG',
        field: `sections.${s}`,
        limit: SECTION_CHARACTER_CAP,
        characters: characters[s],
      });
  return { characters, problems };
}

/** How far a summary lies from the ~2,000 characters asked: 'short' below 1,500, 'long' above 2,500, else 'ok'. */
export function summaryLength(text: string): { characters: number; verdict: 'short' | 'ok' | 'long' } {
  const characters = countCharacters(text);
  // 认秘函〔2024〕58号 "2000字左右": the notice gives no tolerance; a quarter either side is advice, not refusal
  const verdict =
    characters < CNCA_SUMMARY_TARGET * 0.75 ? 'short' : characters > CNCA_SUMMARY_TARGET * 1.25 ? 'long' : 'ok';
  return { characters, verdict };
}
