/**
 * The enterprise's side of the evaluation: its self-evaluation with the C.1 table before the panel (003 Annex C.2),
 * its 《企业实施情况及成效总结》 (seed 001 §四(三)), and the improvement and innovation action plan after the
 * evaluation (003 §6.9.7), which a 不合格 enterprise must have before its participation closes.
 */
import type { ErrorCode } from '../errors/codes.js';
import type { Grade } from './grade.js';

/**
 * Annex C.2: the enterprise evaluates itself to find its opportunities — before the panel. It may enter and change
 * its self-evaluation from the operation of the system (the after values exist) until the panel's first rater has
 * filled a sheet; it is shown to the panel beside their sheets and never counted in the panel's result.
 */
export function selfAssessmentOpen(input: { stage: string; panelSheets: number; panelSignedOff: boolean }): boolean {
  return (
    (input.stage === 'operating' || input.stage === 'reviewed') && input.panelSheets === 0 && !input.panelSignedOff
  );
}

/**
 * Seed 001 §四(三) names the document 《企业实施情况及成效总结》 (implementation and its results) without an outline; its
 * sections follow the campaign's phases (001 §四(二) 帮扶提升: diagnosis, training, building the system) and the
 * evaluation (003 §6.9.5 before/target/after, §6.9.8 成效): who the enterprise is, what it did, what it achieved,
 * what remains and what comes next.
 */
export const SUMMARY_SECTIONS = [
  'profile', // 一、企业基本情况
  'implementation', // 二、提升行动实施情况（诊断、培训、体系建立与运行）
  'results', // 三、取得的成效（指标提升前后对比）
  'problems', // 四、存在的问题与不足
  'next_steps', // 五、下一步工作打算
] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

export const SUMMARY_SECTION_MAX = 5000;

/** The sections still empty (a summary is complete when none is). */
export function summaryMissing(sections: Partial<Record<SummarySection, string>>): SummarySection[] {
  return SUMMARY_SECTIONS.filter((s) => !sections[s]?.trim());
}

/** 003 §6.9.7: 改进 and 创新 actions. */
export const ACTION_KINDS = ['improvement', 'innovation'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export interface ActionItem {
  kind: ActionKind;
  action: string;
  owner: string;
  dueOn: string;
  done: boolean;
  doneOn: string | null;
}

export interface ActionPlanProblem {
  code: ErrorCode;
  field: string;
}

/** 003 §6.9.7: the plan is made "评价结束后", so after the stage 已评价 (or a certification that followed it). */
export function actionPlanOpen(stage: string): boolean {
  return stage === 'evaluated' || stage === 'certified';
}

/** A plan's items: at least one; each with its action, owner and due date; a done item with its day, not ahead. */
export function actionPlanProblem(items: ReadonlyArray<ActionItem>, today: string): ActionPlanProblem | null {
  if (items.length === 0) return { code: 'ACTION_PLAN_EMPTY', field: 'items' };
  for (const [i, item] of items.entries()) {
    if (!item.action.trim()) return { code: 'VALIDATION_FAILED', field: `items.${i}.action` };
    if (!item.owner.trim()) return { code: 'VALIDATION_FAILED', field: `items.${i}.owner` };
    if (item.done && !item.doneOn) return { code: 'VALIDATION_FAILED', field: `items.${i}.doneOn` };
    if (item.doneOn && item.doneOn > today) return { code: 'DATE_IN_FUTURE', field: `items.${i}.doneOn` };
  }
  return null;
}

/** 003 §6.9.7 "特别针对评价等级不合格的企业": the plan is mandatory for 不合格, and followed by the assisting body. */
export function actionPlanRequired(grade: Grade | null): boolean {
  return grade === 'fail';
}
