/**
 * A child campaign's phases against its parent's (ADR 0034). A child carries out its parent's campaign in part of
 * its region (002 §三(二): 地方局 "按照…工作安排" plan their own region's campaign), so:
 * - refused: a phase that starts before the parent's campaign starts or ends after it ends. The parent is deployed
 *   first (001 §四(一) 行动部署: the plan is issued, then each unit kicks off its own), and the parent's summary and
 *   reports close the year for every unit under it (001 §四(三), §五(一) "以区为单位…11月30日前"), so work outside
 *   that span feeds nothing;
 * - warned: a phase that leaves the parent's phase of the same kind (e.g. the city's assistance runs into November
 *   while the province's ends in October). Local bureaus adapt the schedule to their conditions (002 §三 note 2
 *   "可根据实际情况适当调整"; 003 §6.3.1 each bureau plans its stages), so it is allowed, with the reason shown.
 */
import type { PhaseInput } from './campaign-rules.js';

export const CHILD_PHASE_REFUSALS = ['PHASE_BEFORE_PARENT_START', 'PHASE_AFTER_PARENT_END'] as const;
export type ChildPhaseRefusal = (typeof CHILD_PHASE_REFUSALS)[number];
export type ChildPhaseWarning = 'PHASE_OUTSIDE_PARENT_PHASE';

export interface ChildPhaseProblem<C extends string> {
  /** `phases.<i>.startsOn` / `.endsOn`: the date that leaves the parent's */
  field: string;
  code: C;
  kind: PhaseInput['kind'];
  /** the parent's dates the child's left: its campaign span, or its phase of the same kind */
  parentStartsOn: string;
  parentEndsOn: string;
}

const lastDay = (p: PhaseInput) => p.endsOn ?? p.startsOn;

/** The parent campaign's span: its earliest start to its latest day; null without phases. */
export function campaignSpan(phases: ReadonlyArray<PhaseInput>): { startsOn: string; endsOn: string } | null {
  if (phases.length === 0) return null;
  // ISO dates order as strings
  const starts = phases.map((p) => p.startsOn).sort();
  const ends = phases.map(lastDay).sort();
  return { startsOn: starts[0]!, endsOn: ends.at(-1)! };
}

export function childPhaseProblems(
  child: ReadonlyArray<PhaseInput>,
  parent: ReadonlyArray<PhaseInput>,
): { refusals: ChildPhaseProblem<ChildPhaseRefusal>[]; warnings: ChildPhaseProblem<ChildPhaseWarning>[] } {
  const refusals: ChildPhaseProblem<ChildPhaseRefusal>[] = [];
  const warnings: ChildPhaseProblem<ChildPhaseWarning>[] = [];
  const span = campaignSpan(parent);
  if (!span) return { refusals, warnings };
  child.forEach((phase, i) => {
    const range = { kind: phase.kind, parentStartsOn: span.startsOn, parentEndsOn: span.endsOn };
    if (phase.startsOn < span.startsOn) {
      refusals.push({ field: `phases.${i}.startsOn`, code: 'PHASE_BEFORE_PARENT_START', ...range });
      return;
    }
    if (lastDay(phase) > span.endsOn) {
      const field = phase.startsOn > span.endsOn || phase.endsOn === null ? 'startsOn' : 'endsOn';
      refusals.push({ field: `phases.${i}.${field}`, code: 'PHASE_AFTER_PARENT_END', ...range });
      return;
    }
    // report-due dates repeat; each is one date, held to the parent's span above, not to one parent date
    if (phase.kind === 'report_due') return;
    const same = parent.find((p) => p.kind === phase.kind);
    if (!same) return;
    const sameRange = { kind: phase.kind, parentStartsOn: same.startsOn, parentEndsOn: lastDay(same) };
    if (phase.startsOn < same.startsOn)
      warnings.push({ field: `phases.${i}.startsOn`, code: 'PHASE_OUTSIDE_PARENT_PHASE', ...sameRange });
    else if (lastDay(phase) > lastDay(same))
      warnings.push({
        field: `phases.${i}.${phase.endsOn === null ? 'startsOn' : 'endsOn'}`,
        code: 'PHASE_OUTSIDE_PARENT_PHASE',
        ...sameRange,
      });
  });
  return { refusals, warnings };
}
