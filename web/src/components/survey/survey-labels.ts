/**
 * Names for what the survey rules talk about: a sub-item as "1.2 未受行政处罚", a check by its
 * name, a field path (answers.resources.1.value, interviewees.0.name) as words, and each problem
 * of `surveyProblems` as a sentence in the UI language (the shared error-code table).
 */
import { SURVEY_CHECKS, type SurveyStatus, type SurveyTemplate } from '../../../../domain/survey/annex-a-template.js';
import type { SurveyProblem } from '../../../../domain/survey/survey.js';
import { codeMessage } from '../../lib/code-message';
import type { Language } from '../../lib/i18n';

type Named = { zh: string; en: string };
export const nameIn = (x: Named, lang: Language): string => (lang === 'en-US' ? x.en : x.zh);

/** "1.2 未受行政处罚" for a sub-item key, or undefined when the template lacks it. */
export function subItemLabel(template: SurveyTemplate, subItemKey: string, lang: Language): string | undefined {
  for (const [i, item] of template.items.entries()) {
    const j = item.subItems.findIndex((s) => s.key === subItemKey);
    if (j >= 0) return `${i + 1}.${j + 1} ${nameIn(item.subItems[j]!, lang)}`;
  }
  return undefined;
}

/** "1. 合规与诚信经营" */
export function itemLabel(template: SurveyTemplate, itemKey: string, lang: Language): string | undefined {
  const i = template.items.findIndex((it) => it.key === itemKey);
  return i >= 0 ? `${i + 1}. ${nameIn(template.items[i]!, lang)}` : undefined;
}

export function checkLabel(checkKey: string, lang: Language): string | undefined {
  const c = SURVEY_CHECKS.find((x) => x.key === checkKey);
  return c ? nameIn(c, lang) : undefined;
}

/** The sub-item key a field path under `answers.` names (keys contain a dot themselves). */
export function subItemOfField(template: SurveyTemplate, field: string): { key: string; rest: string } | undefined {
  if (!field.startsWith('answers.')) return undefined;
  const tail = field.slice('answers.'.length);
  for (const item of template.items) {
    for (const sub of item.subItems) {
      if (tail === sub.key) return { key: sub.key, rest: '' };
      if (tail.startsWith(`${sub.key}.`)) return { key: sub.key, rest: tail.slice(sub.key.length + 1) };
    }
  }
  return undefined;
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A field path in words: "1.2 未受行政处罚 · 调研发现", "沟通对象 1 · 姓名", "调研日期". */
export function fieldLabel(template: SurveyTemplate, field: string, lang: Language, t: Translate): string {
  const sub = subItemOfField(template, field);
  if (sub) {
    const name = subItemLabel(template, sub.key, lang) ?? sub.key;
    const part = sub.rest.split('.')[0];
    return part && part !== 'status' ? `${name} · ${t(`survey.field.${part}`, { defaultValue: part })}` : name;
  }
  const parts = field.split('.');
  const section = parts[0] ?? field;
  if (section === 'checks' && parts[1]) {
    const name = checkLabel(parts[1], lang) ?? parts[1];
    return parts[2] === 'note' ? `${name} · ${t('survey.field.note')}` : name;
  }
  const sectionName = t(`survey.section.${section}`, { defaultValue: section });
  if (parts.length === 1) return sectionName;
  const index = Number(parts[1]);
  if (Number.isInteger(index)) {
    const row = `${sectionName} ${index + 1}`;
    return parts[2] ? `${row} · ${t(`survey.field.${parts[2]}`, { defaultValue: parts[2] })}` : row;
  }
  return `${sectionName} · ${t(`survey.field.${parts[1]}`, { defaultValue: parts[1] })}`;
}

export interface ProblemText {
  field: string;
  code: string;
  /** The sub-item the problem is on (to open its panel), when it is on one. */
  subItemKey?: string;
  text: string;
}

/** Each problem as a sentence; a sub-item or check key in the detail becomes its name. */
export function describeSurveyProblems(
  template: SurveyTemplate,
  problems: ReadonlyArray<SurveyProblem>,
  lang: Language,
  t: Translate,
): ProblemText[] {
  return problems.map((p) => {
    const label = fieldLabel(template, p.field, lang, t);
    const detail =
      p.detail === undefined
        ? undefined
        : (subItemLabel(template, p.detail, lang) ?? checkLabel(p.detail, lang) ?? p.detail);
    const message = codeMessage(p.code, lang, { field: label, detail });
    // messages that do not name the field get it in front
    const text = message.includes(label) ? message : `${label}${lang === 'en-US' ? ': ' : '：'}${message}`;
    return { field: p.field, code: p.code, subItemKey: subItemOfField(template, p.field)?.key, text };
  });
}

/** The colour of each Annex A answer status (the survey editor and the diagnosis report show the same). */
export const STATUS_COLORS: Record<SurveyStatus, string> = {
  conforming: 'green',
  partial: 'gold',
  nonconforming: 'red',
  not_applicable: 'default',
};
