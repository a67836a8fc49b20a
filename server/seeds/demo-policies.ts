/**
 * The demo's policy measures (002 Annex 2 一 and 附表 row 1): what the bureaus of 江苏, 徐州 and 丰县 adopted for the
 * campaign — subsidies for certified enterprises, 认证贷 credit, fees waived — recorded through the policies service,
 * each on its issue date of the demo calendar, so the statistics table's first row has figures behind it.
 */
import type { ManualClock } from '../src/platform/clock.js';
import type { AppContext } from '../src/platform/http/context.js';
import type { Actor } from '../src/platform/auth/session-store.js';
import { createPolicy } from '../src/modules/policies/policies.service.js';
import type { DemoCalendar } from './demo-calendar.js';

export async function seedDemoPolicies(input: {
  ctx: AppContext;
  clock: ManualClock;
  at: (day: string) => Date;
  cal: DemoCalendar;
  jiangsu: Actor;
  xuzhou: Actor;
  fengxian: Actor;
}): Promise<void> {
  const { ctx, clock, at, cal } = input;
  const measures: Array<[Actor, string, Parameters<typeof createPolicy>[2]]> = [
    [
      input.jiangsu,
      '2026-03-20',
      {
        documentNumber: '苏市监质〔2026〕18号',
        title: '关于开展小微企业质量管理体系认证提升行动的实施意见',
        issuedOn: cal.day('2026-03-20'),
        content: '省级统筹推进提升行动；对首次获得质量管理体系认证的小微企业，由所在设区市按规定给予奖补。',
        subsidyWan: '0',
        creditWan: '0',
        feesWaivedWan: '0',
      },
    ],
    [
      input.xuzhou,
      '2026-04-15',
      {
        documentNumber: '徐市监发〔2026〕12号',
        title: '徐州市小微企业质量管理体系认证奖补办法',
        issuedOn: cal.day('2026-04-15'),
        content: '对参加提升行动并首次获得质量管理体系认证的小微企业，每家给予一次性奖补 2 万元，预算 30 万元。',
        subsidyWan: '30',
        creditWan: '0',
        feesWaivedWan: '0',
      },
    ],
    [
      input.xuzhou,
      '2026-05-08',
      {
        documentNumber: '徐市监发〔2026〕15号',
        title: '关于联合金融机构开展“认证贷”服务的通知',
        issuedOn: cal.day('2026-05-08'),
        content: '联合辖区两家银行，对获得认证的小微企业给予信用贷款支持，首批授信 500 万元。',
        subsidyWan: '0',
        creditWan: '500',
        feesWaivedWan: '0',
      },
    ],
    [
      input.fengxian,
      '2026-05-12',
      {
        documentNumber: '丰市监〔2026〕7号',
        title: '丰县认证提升行动帮扶费用减免措施',
        issuedOn: cal.day('2026-05-12'),
        content: '参加提升行动的企业，认证机构帮扶期间的现场指导费用由县财政承担，减免企业费用合计 6.5 万元。',
        subsidyWan: '0',
        creditWan: '0',
        feesWaivedWan: '6.5',
      },
    ],
  ];
  for (const [actor, day, measure] of measures) {
    clock.set(at(cal.day(day)));
    await createPolicy(ctx, actor, measure);
  }
}
