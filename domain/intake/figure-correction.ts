/**
 * A bureau corrects the figures an application declared (size row, 从业人员, 营业收入, 资产总额) while
 * screening is open, with a reason; the old and new values stay on the application, and the size
 * class is derived again by the 2017 rule (003 §3.1; ADR 0009: a bureau that disagrees with an
 * automatic item corrects the figures; ADR 0025).
 */
import { findEnterpriseSizeIndustry } from '../enterprise-size/enterprise-size.js';
import type { ErrorCode } from '../errors/codes.js';
import { applicationSizeClass } from './application.js';

export const CORRECTABLE_FIGURES = ['sizeIndustry', 'employees', 'revenueWan', 'assetsWan'] as const;

interface Figures {
  sizeIndustry: string | null;
  employees: number | null;
  revenueWan: number | null;
  assetsWan: number | null;
}

/** Only the figures that change; null clears one. */
export type FigureChange = Partial<Figures>;

export interface FigureCorrection {
  at: string;
  by: string;
  reason: string;
  before: Partial<Figures>;
  after: Partial<Figures>;
}

interface FigureCorrectionProblem {
  field: string;
  code: ErrorCode;
  detail?: string;
}

/** The figures as the application holds them (absent = null). */
export function figuresOf(application: Record<string, unknown>): Figures {
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    sizeIndustry: typeof application.sizeIndustry === 'string' ? application.sizeIndustry : null,
    employees: num(application.employees),
    revenueWan: num(application.revenueWan),
    assetsWan: num(application.assetsWan),
  };
}

/** The figures that really change, old and new. */
export function changedFigures(
  current: Figures,
  change: FigureChange,
): { before: Partial<Figures>; after: Partial<Figures> } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of CORRECTABLE_FIGURES) {
    if (!(field in change) || change[field] === undefined || change[field] === current[field]) continue;
    before[field] = current[field];
    after[field] = change[field];
  }
  return { before: before as Partial<Figures>, after: after as Partial<Figures> };
}

export function figureCorrectionProblems(
  current: Figures,
  change: FigureChange,
  reason: string | undefined,
): FigureCorrectionProblem[] {
  const problems: FigureCorrectionProblem[] = [];
  if (!reason?.trim()) problems.push({ field: 'reason', code: 'REASON_REQUIRED' });
  if (change.sizeIndustry != null && !findEnterpriseSizeIndustry(change.sizeIndustry)) {
    problems.push({ field: 'sizeIndustry', code: 'SIZE_INDUSTRY_UNKNOWN', detail: change.sizeIndustry });
  }
  for (const field of ['employees', 'revenueWan', 'assetsWan'] as const) {
    const value = change[field];
    if (
      value != null &&
      (!Number.isFinite(value) || value < 0 || (field === 'employees' && !Number.isInteger(value)))
    ) {
      problems.push({ field, code: 'NUMBER_INVALID', detail: String(value) });
    }
  }
  if (problems.length === 0 && Object.keys(changedFigures(current, change).after).length === 0)
    problems.push({ field: 'figures', code: 'FIGURES_UNCHANGED' });
  return problems;
}

/**
 * The application after the correction (the history of corrections appended, a cleared figure
 * removed) and its size class by the 2017 rule. Call figureCorrectionProblems first.
 */
export function correctFigures(
  application: Record<string, unknown>,
  change: FigureChange,
  meta: { at: string; by: string; reason: string },
): { application: Record<string, unknown>; correction: FigureCorrection; sizeClass: string | null } {
  const { before, after } = changedFigures(figuresOf(application), change);
  const next: Record<string, unknown> = { ...application };
  for (const [field, value] of Object.entries(after)) {
    if (value === null) delete next[field];
    else next[field] = value;
  }
  const correction: FigureCorrection = { at: meta.at, by: meta.by, reason: meta.reason.trim(), before, after };
  const history = Array.isArray(application.figureCorrections)
    ? (application.figureCorrections as FigureCorrection[])
    : [];
  next.figureCorrections = [...history, correction];
  const figures = figuresOf(next);
  const sizeClass = applicationSizeClass({
    sizeIndustry: figures.sizeIndustry ?? undefined,
    employees: figures.employees ?? undefined,
    revenueWan: figures.revenueWan ?? undefined,
    assetsWan: figures.assetsWan ?? undefined,
  });
  return { application: next, correction, sizeClass };
}
