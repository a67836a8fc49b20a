/**
 * The demo's acceptance evaluations (003 §6.9, Annex C) walked through the real services: the bureau forms the
 * panel, the evaluator fills the C.1 table from the accepted plan's indicators with after values and evidence, and
 * signs off as panel leader (which moves the stage to 已评价). e03 misses one target; e05 has a panel waiting.
 * The bureau records the evaluator's qualification first (003 §6.9.2 a); each evaluated enterprise fills its own
 * C.1 self-evaluation before the panel (Annex C.2) and writes its 《企业实施情况及成效总结》 (001 §四(三)).
 */
import type { ManualClock } from '../src/platform/clock.js';
import type { AppContext } from '../src/platform/http/context.js';
import type { Actor } from '../src/platform/auth/session-store.js';
import { acceptedIndicators } from '../src/modules/plans/plans.service.js';
import {
  formPanel,
  getEvaluation,
  recordQualification,
  saveSelfAssessment,
  saveSheet,
  saveSummary,
  signOff,
} from '../src/modules/evaluation/evaluation.service.js';
import type { DemoCalendar } from './demo-calendar.js';

interface DemoEvaluationInput {
  ctx: AppContext;
  clock: ManualClock;
  at: (date: string) => Date;
  cal: DemoCalendar;
  bureau: Actor;
  evaluator: Actor;
  contact: Actor;
  participationId: string;
  enterpriseKey: string;
}

/** 003 §6.9.2 a: the demo evaluator is a 评审员 with a certificate valid through the campaign and after. */
export async function recordDemoQualification(
  ctx: AppContext,
  bureau: Actor,
  cal: DemoCalendar,
  evaluatorUserId: string,
): Promise<void> {
  await recordQualification(ctx, bureau, evaluatorUserId, {
    kind: 'auditor',
    certificateNumber: 'CCAA-QMS-2025-0317',
    issuingBody: '中国认证认可协会',
    validFrom: cal.day('2025-03-01'),
    validUntil: cal.day('2028-02-29'),
    recommendedBy: null,
    industries: [],
    regionCode: null,
  });
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
  // Annex C.2: the enterprise's own table, before the panel: it believes every target met (e03's return rate too)
  await saveSelfAssessment(ctx, input.contact, input.participationId, {
    values: indicators.map((i) => ({
      indicatorKey: i.key,
      after: Math.round(Math.max(0, i.target + (i.direction === 'higher_is_better' ? 1 : -1) * 0.5) * 10) / 10,
      evidence: '企业质量部统计的月度数据',
    })),
  });
  await saveSummary(ctx, input.contact, input.participationId, { sections: demoSummary(indicators) });
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

/** A demo summary (001 §四(三)) naming the enterprise's own indicators. */
function demoSummary(
  indicators: ReadonlyArray<{ name: string; baseline: number | null; target: number; unit: string }>,
) {
  const figures = indicators
    .map((i) => `${i.name}（提升前${i.baseline ?? '—'}${i.unit}，目标${i.target}${i.unit}）`)
    .join('；');
  return {
    profile: '本企业为小微制造企业，主要从事零部件加工，现有员工四十余人，质量管理由质量部负责。',
    implementation:
      '参加提升行动后，在认证机构帮扶专家指导下完成质量管理现状诊断，成立以总经理为组长的提升小组，组织全员参加标准及指南培训，按 GB/T 19001 建立质量管理体系文件并运行，完成内部审核和管理评审。',
    results: `通过提升行动，以下指标取得提升：${figures}。质量意识明显增强，过程控制更加规范。`,
    problems: '部分过程的数据统计仍依赖手工记录，供应商管理的评价周期偏长。',
    next_steps: '持续运行质量管理体系，推进检验数据信息化，按改进、创新行动计划落实各项措施。',
  };
}
