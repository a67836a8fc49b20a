/**
 * The demo's excellent cases (003 §6.10, Annex D; 002 step 10(2)) walked through the real service: 鑫达五金 (丰县,
 * closed) written by its body, accepted by 丰县, recommended to and selected by 徐州, published to the library;
 * 恒锐机械 (云龙区, certified) submitted and waiting at 徐州 (云龙区 has no bureau of its own). 绿源木业 (evaluated) is
 * left for its assisting expert to write.
 */
import type { ManualClock } from '../src/platform/clock.js';
import type { AppContext } from '../src/platform/http/context.js';
import type { Actor } from '../src/platform/auth/session-store.js';
import { acceptCase, publishCase, recommendCase, saveCase, submitCase } from '../src/modules/cases/cases.service.js';
import type { DemoCalendar } from './demo-calendar.js';
import { uploadFile } from '../src/modules/files/files.service.js';
import { barChartPng } from './demo-chart.js';

export const DEMO_CASES = {
  e02: {
    title: '从“凭经验”到“看数据”：一家五金小厂把一次交检合格率提到 98%',
    parts: {
      profile: '丰县鑫达五金制品有限公司成立于 2012 年，主营建筑五金冲压件，员工 38 人，参加提升行动前未获认证。',
      problems:
        '企业过去靠老师傅经验把关，出厂检验只抽外观，尺寸和镀层厚度不做记录；客户投诉多集中在镀层起皮和孔位偏差，一次交检合格率约 91%，每年因退货和返工损失近 40 万元，问题反复出现却说不清原因。',
      actions:
        '一是找准痛点、先易后难。帮扶专家与企业一起梳理近一年的退货记录，按缺陷类型做排列图，发现镀层起皮和孔位偏差占退货的七成以上，确定把这两项作为提升行动的主攻方向。\n' +
        '二是把检验做成制度。依据 GB/T 19001 关于产品和服务放行的要求，编写进货检验、过程检验和出厂检验三份作业指导书，明确抽样数量、检验项目和判定标准，配置镀层测厚仪和孔位检具，检验结果当班录入台账。\n' +
        '三是管住关键过程。对前处理槽液浓度和电镀电流密度设置控制限，每班记录两次；冲压模具建立点检表，规定每冲 5000 件检查一次定位销磨损，超限立即停机更换。\n' +
        '四是让问题闭环。每月召开一次质量分析会，由总经理主持，对不合格品逐项分析原因、确定纠正措施和完成时间，下次会上核对效果；帮扶专家每月到厂一次，查看记录并指导改进。\n' +
        '五是培训到人。针对班组长和检验员开展质量管理工具培训，学会用检查表、排列图和因果图分析问题；组织一线员工学习作业指导书，考核合格后上岗。\n' +
        '六是内审和管理评审落地。体系运行满三个月后，企业自己组织内部审核，发现并整改不符合项 6 项；管理评审确定下一年度的质量目标和资源投入。',
      results:
        '经过五个多月的提升行动，一次交检合格率从 91% 提高到 98%，镀层起皮投诉由每月 6 起降为 1 起以下，孔位偏差退货基本消除；全年返工和退货损失预计减少 25 万元以上。企业建立了 23 份文件化信息，检验和过程记录完整可追溯，顺利通过验收评价。',
      insights:
        '小微企业提升质量不必贪大求全，抓住退货最多的两个问题，用数据找原因、用制度管过程、用例会促闭环，就能见到实效。',
    },
    draftingUnits: ['丰县鑫达五金制品有限公司', '苏信质量认证中心有限公司', '丰县市场监督管理局'],
  },
  e04: {
    title: '一张点检表管住一条线：恒锐机械设备故障停机时间减半',
    parts: {
      profile: '徐州恒锐机械制造有限公司成立于 2015 年，生产农机零部件，员工 72 人。',
      problems:
        '企业加工设备老旧，故障停机频繁，交付经常延误；设备维护没有计划，坏了才修，零件尺寸波动大，整机厂多次提出质量警告，企业急需稳定生产过程。',
      actions:
        '一是摸清设备底数。帮扶专家带领设备员对 46 台主要设备逐台建档，记录型号、关键部位和历史故障，按对产品质量的影响程度分为三类。\n' +
        '二是推行点检和预防性维护。依据 GB/T 19001 关于基础设施和生产过程控制的要求，为 A 类设备制定日点检表和月保养计划，由操作工每班点检、设备员每周复核，异常当场处理并记录。\n' +
        '三是稳定关键尺寸。对配套件的三个关键尺寸实施首件检验和巡检，操作工按频次自检并在控制图上打点，出现趋势性变化立即调整。\n' +
        '四是建立快速响应机制。设立设备故障报修卡，规定 30 分钟到场、4 小时内给出处理方案，备件按消耗规律设定安全库存。\n' +
        '五是用内审检验成效。体系运行三个月后开展内部审核，重点检查点检记录和控制图的执行情况，管理评审决定追加设备改造投入。',
      results:
        '设备月均故障停机时间由 62 小时降为 28 小时，关键尺寸过程能力指数由 0.9 提高到 1.3，按期交付率由 85% 提高到 97%，整机厂质量警告次数从每季度 3 次降为 0 次，企业顺利通过质量管理体系认证。',
      insights: '把设备管好是机加工小微企业质量稳定的前提，点检表简单易行，贵在坚持和复核。',
    },
    draftingUnits: ['徐州恒锐机械制造有限公司', '苏信质量认证中心有限公司'],
  },
} as const;

interface DemoCasesInput {
  ctx: AppContext;
  clock: ManualClock;
  at: (date: string) => Date;
  cal: DemoCalendar;
  participations: Record<string, string>;
  /** the body's manager writes for the closed enterprise (its expert's assignment has ended) */
  writer: Actor;
  fengxian: Actor;
  xuzhou: Actor;
}

/** The bar chart of each demo case (before, after as shares of the plot's height) and its caption. */
const CHARTS: Record<'e02' | 'e04', { fileName: string; before: number; after: number; caption: string }> = {
  e02: { fileName: '一次交检合格率.png', before: 0.91, after: 0.98, caption: '提升前后的一次交检合格率（91% → 98%）' },
  e04: {
    fileName: '顾客投诉次数.png',
    before: 0.8,
    after: 0.3,
    caption: '提升前后每季度的顾客投诉次数（8 次 → 3 次）',
  },
};

export async function seedDemoCases(input: DemoCasesInput): Promise<Record<string, string>> {
  const { ctx, clock, at, cal } = input;
  const ids: Record<string, string> = {};
  const write = async (key: 'e02' | 'e04', day: string) => {
    clock.set(at(cal.day(day)));
    const c = DEMO_CASES[key];
    // Annex D.2 allows charts: each case's key figure before and after as a bar chart under 成效
    const chart = CHARTS[key];
    const figures = chart
      ? [
          {
            fileId: (
              await uploadFile(ctx, input.writer, input.participations[key]!, {
                purpose: 'case_figure',
                fileName: chart.fileName,
                bytes: barChartPng([
                  { value: chart.before, rgb: [160, 174, 192] },
                  { value: chart.after, rgb: [22, 119, 255] },
                ]),
              })
            ).id,
            part: 'results' as const,
            caption: chart.caption,
          },
        ]
      : [];
    const view = await saveCase(ctx, input.writer, input.participations[key]!, {
      title: c.title,
      parts: { ...c.parts },
      draftingUnits: [...c.draftingUnits],
      figures,
      version: 0,
    });
    ids[key] = view.id;
    return view;
  };
  let v = (await write('e02', '2026-11-09')).version;
  clock.set(at(cal.day('2026-11-11')));
  v = (await submitCase(ctx, input.writer, ids.e02!, v)).version;
  clock.set(at(cal.day('2026-11-13')));
  v = (await acceptCase(ctx, input.fengxian, ids.e02!, v)).version;
  v = (await recommendCase(ctx, input.fengxian, ids.e02!, v)).version;
  clock.set(at(cal.day('2026-11-17')));
  v = (await acceptCase(ctx, input.xuzhou, ids.e02!, v)).version;
  clock.set(at(cal.day('2026-11-19')));
  await publishCase(ctx, input.xuzhou, ids.e02!, v);

  const e04 = await write('e04', '2026-11-14');
  clock.set(at(cal.day('2026-11-18')));
  await submitCase(ctx, input.writer, ids.e04!, e04.version);
  return ids;
}
