/** The plan's field paths in words ("c) 评价节点 2 · 日期", "提升指标 1 · 提升目标") and its problems as sentences. */
import { PLAN_SECTIONS, type PlanProblem } from '../../../../../domain/plans/plan.js';
import { codeMessage } from '../../../lib/code-message';
import type { Language } from '../../../lib/i18n';
import type { Translate } from '../../../components/survey/survey-labels';

export function sectionLabel(key: string, _lang: Language, t: Translate): string {
  const s = PLAN_SECTIONS.find((x) => x.key === key);
  if (s) return `${s.letter}) ${t(`plan.section.${s.key}`)}`;
  return t(`plan.section.${key}`, { defaultValue: key });
}

export function planFieldLabel(field: string, lang: Language, t: Translate): string {
  const parts = field.split('.');
  let label = sectionLabel(parts[0] ?? field, lang, t);
  for (const part of parts.slice(1)) {
    const n = Number(part);
    label = Number.isInteger(n) ? `${label} ${n + 1}` : `${label} · ${t(`plan.field.${part}`, { defaultValue: part })}`;
  }
  return label;
}

export interface PlanProblemText {
  field: string;
  code: string;
  /** The indicator row the problem is on, when it is on one. */
  indicator?: number;
  text: string;
}

export function describePlanProblems(
  problems: ReadonlyArray<PlanProblem>,
  lang: Language,
  t: Translate,
): PlanProblemText[] {
  return problems.map((p) => {
    const label = planFieldLabel(p.field, lang, t);
    const message = codeMessage(p.code, lang, { field: label, detail: p.detail });
    const text = message.includes(label) ? message : `${label}${lang === 'en-US' ? ': ' : '：'}${message}`;
    const m = /^indicators\.(\d+)/.exec(p.field);
    return { field: p.field, code: p.code, indicator: m ? Number(m[1]) : undefined, text };
  });
}
