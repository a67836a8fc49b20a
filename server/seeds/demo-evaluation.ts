/**
 * The demo's acceptance evaluations (003 §6.9, Annex C) walked through the real services: the bureau forms the
 * panel, the evaluator fills the C.1 table from the accepted plan's indicators with after values and evidence, and
 * signs off as panel leader (which moves the stage to 已评价). e03 misses one target; e05 has a panel waiting.
 */
import type { ManualClock } from '../src/platform/clock.js';
import type { AppContext } from '../src/platform/http/context.js';
import type { Actor } from '../src/platform/auth/session-store.js';
import { acceptedIndicators } from '../src/modules/plans/plans.service.js';
import { formPanel, getEvaluation, saveSheet, signOff } from '../src/modules/evaluation/evaluation.service.js';
import type { DemoCalendar } from './demo-calendar.js';

interface DemoEvaluationInput {
  ctx: AppContext;
  clock: ManualClock;
  at: (date: string) => Date;
  cal: DemoCalendar;
  bureau: Actor;
  evaluator: Actor;
  participationId: string;
  enterpriseKey: string;
}

/** The bureau forms the panel on the day of the review: the demo evaluator leads it alone. */
export async function formDemoPanel(input: DemoEvaluationInput): Promise<void> {
  const { ctx, clock, at, cal } = input;
  clock.set(at(cal.steps.complete_review!));
  await formPanel(ctx, input.bureau, input.participationId, {
    leaderUserId: input.evaluator.userId,
    memberUserIds: [],
    documentReview: true,
    onsiteReview: true,
    startsOn: cal.steps.complete_review!,
    endsOn: cal.steps.evaluate!,
    aggregation: 'mean',
    itemRule: 'all',
  });
}

/** The panel scores and signs off on the evaluation day; e03's return rate improved but missed its target. */
export async function evaluateDemo(input: DemoEvaluationInput): Promise<void> {
  const { ctx, clock, at, cal } = input;
  await formDemoPanel(input);
  clock.set(at(cal.steps.evaluate!));
  const { indicators } = await acceptedIndicators(ctx.database.db, input.evaluator, input.participationId);
  const missed = input.enterpriseKey === 'e03';
  const values = indicators.map((i) => {
    const step = i.direction === 'higher_is_better' ? 1 : -1;
    const before = i.baseline ?? i.target;
    // met: a little beyond the target; missed: halfway from before to the target
    const after = missed && i.direction === 'lower_is_better' ? (before + i.target) / 2 : i.target + step * 0.5;
    return {
      indicatorKey: i.key,
      after: Math.round(Math.max(0, after) * 10) / 10,
      evidence:
        i.direction === 'higher_is_better'
          ? '查阅近三个月出厂检验记录与质量月报，现场抽查检验台账'
          : '查阅近三个月客户退货登记与售后台账，询问销售与质检人员',
    };
  });
  await saveSheet(ctx, input.evaluator, input.participationId, { values });
  const view = await getEvaluation(ctx.database.db, input.evaluator, input.participationId);
  await signOff(ctx, input.evaluator, input.participationId, view.panel!.version);
}
