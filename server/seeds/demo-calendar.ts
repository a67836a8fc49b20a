/**
 * The demo's calendar, laid relative to the day the database is first created, so the demo is
 * current on any day. The dates below are written as they fall when "today" is {@link BASE_TODAY};
 * on another day every date keeps its distance from today (whole days), so the walked campaigns
 * stay in their summary phase with each step in the past and the open campaign takes applications.
 *
 * - the walked campaigns (江苏 → 徐州, 天津): deployment 206 days ago, assistance to 23 days ago,
 *   summary from then on (seed 001 §四), every enterprise's last step a few days back;
 * - operation starts 97 days before the internal audit (≥ 3 months, 000 §二(4));
 * - the open campaign (丰县): deployment from 5 days ago for two weeks, assistance for six months, so
 *   `/apply` lists it (seed 001 §四 行动部署 → 帮扶提升).
 */
import type { PhaseInput } from '../../domain/campaigns/campaign-rules.js';

/** The day the written dates assume; `demoCalendar(BASE_TODAY).day(d) === d`. */
export const BASE_TODAY = '2026-11-23';

const DAY_MS = 86_400_000;
const epochDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const fromEpochDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

export interface DemoCalendar {
  /** The demo's today (China calendar date). */
  today: string;
  /** A date written for {@link BASE_TODAY}, moved to keep its distance from `today`. */
  day(written: string): string;
  /** The walked campaigns' year (the year their deployment starts in). */
  year: number;
  appliedOn: string;
  /** When each stage command is taken. */
  steps: Record<string, string>;
  /** The walked campaigns' phases (seed 001 §四 with 004's two reports and 001's 30 November). */
  phases: PhaseInput[];
  /** The open campaign: its year and phases (deployment window contains today). */
  open: { year: number; phases: PhaseInput[] };
}

const STEPS: Record<string, string> = {
  screen: '2026-05-20',
  select: '2026-05-28',
  reject: '2026-05-22',
  assign: '2026-06-05',
  withdraw: '2026-06-15',
  survey: '2026-06-12',
  confirm_diagnosis: '2026-06-20',
  draft_plan: '2026-06-25',
  agree_plan: '2026-06-28',
  start_implementation: '2026-07-01',
  start_operation: '2026-07-15',
  internal_audit: '2026-10-16',
  complete_review: '2026-10-20',
  evaluate: '2026-10-28',
  certify: '2026-11-06',
  close: '2026-11-18',
};

const PHASES: PhaseInput[] = [
  { kind: 'deployment', startsOn: '2026-05-01', endsOn: '2026-05-10' },
  { kind: 'assistance', startsOn: '2026-05-01', endsOn: '2026-10-31' },
  { kind: 'report_due', startsOn: '2026-05-20', endsOn: null },
  { kind: 'supervision', startsOn: '2026-06-01', endsOn: '2026-10-31' },
  { kind: 'mid_term_evaluation', startsOn: '2026-08-01', endsOn: '2026-08-31' },
  { kind: 'summary', startsOn: '2026-11-01', endsOn: '2026-12-31' },
  { kind: 'report_due', startsOn: '2026-11-20', endsOn: null },
  { kind: 'report_due', startsOn: '2026-11-30', endsOn: null },
];

const OPEN_PHASES: PhaseInput[] = [
  { kind: 'deployment', startsOn: '2026-11-18', endsOn: '2026-12-02' },
  { kind: 'assistance', startsOn: '2026-11-18', endsOn: '2027-05-20' },
  { kind: 'supervision', startsOn: '2026-12-15', endsOn: '2027-05-20' },
  { kind: 'mid_term_evaluation', startsOn: '2027-02-20', endsOn: '2027-03-20' },
  { kind: 'summary', startsOn: '2027-05-21', endsOn: '2027-06-30' },
  { kind: 'report_due', startsOn: '2027-06-20', endsOn: null },
];

export function demoCalendar(today: string): DemoCalendar {
  const offset = epochDay(today) - epochDay(BASE_TODAY);
  const day = (written: string) => fromEpochDay(epochDay(written) + offset);
  const shift = (phases: PhaseInput[]) =>
    phases.map((p) => ({ ...p, startsOn: day(p.startsOn), endsOn: p.endsOn === null ? null : day(p.endsOn) }));
  const phases = shift(PHASES);
  const openPhases = shift(OPEN_PHASES);
  return {
    today,
    day,
    year: Number(phases[0]!.startsOn.slice(0, 4)),
    appliedOn: day('2026-05-10'),
    steps: Object.fromEntries(Object.entries(STEPS).map(([k, v]) => [k, day(v)])),
    phases,
    open: { year: Number(openPhases[0]!.startsOn.slice(0, 4)), phases: openPhases },
  };
}
