/**
 * The demo's stage reports (报送, 004 §三(三)) through the real services, on the demo calendar: 丰县 submits its
 * 20 May report to 徐州 two days early and has not submitted the 20 November one (逾期未交 today); 徐州 submits its
 * 20 May report to 江苏 five days late (逾期提交). The 30 November reports are still to come.
 */
import type { Actor } from '../src/platform/auth/session-store.js';
import type { ManualClock } from '../src/platform/clock.js';
import type { AppContext } from '../src/platform/http/context.js';
import { saveReport, submitReport } from '../src/modules/stage-reports/stage-reports.service.js';
import type { DemoCalendar } from './demo-calendar.js';

interface DemoStageReportsInput {
  ctx: AppContext;
  clock: ManualClock;
  at: (date: string) => Date;
  cal: DemoCalendar;
  campaigns: { js: string; xz: string };
  fengxian: Actor;
  xuzhou: Actor;
}

const FENGXIAN_MAY =
  '丰县市场监管局阶段工作报告：已完成行动部署，召开动员会，宣传政策；辖区企业报名踊跃，初审工作按期推进，' +
  '下一阶段将配合徐州市局做好遴选与帮扶对接。';
const XUZHOU_MAY =
  '徐州市市场监管局阶段工作报告：全市提升行动已部署到各县（市、区），遴选工作有序开展，' +
  '认证机构已确定，帮扶工作即将全面展开。';

export async function seedDemoStageReports(input: DemoStageReportsInput): Promise<{ fxMay: string; xzMay: string }> {
  const { ctx, clock, at, cal } = input;
  const may20 = cal.day('2026-05-20');
  clock.set(at(cal.day('2026-05-18')));
  await saveReport(ctx, input.fengxian, input.campaigns.xz, may20, { text: FENGXIAN_MAY }, 'zh-CN');
  const fx = await submitReport(ctx, input.fengxian, input.campaigns.xz, may20, 'zh-CN');
  clock.set(at(cal.day('2026-05-25')));
  await saveReport(ctx, input.xuzhou, input.campaigns.js, may20, { text: XUZHOU_MAY }, 'zh-CN');
  const xz = await submitReport(ctx, input.xuzhou, input.campaigns.js, may20, 'zh-CN');
  return { fxMay: fx.id!, xzMay: xz.id! };
}
