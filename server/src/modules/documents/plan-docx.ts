/**
 * 认证提升方案 (003 §6.6.1 a–h) as DOCX, with the indicator table that Annex C later scores
 * (评价项目, 评价指标, 单位, 方向, 提升前, 提升目标, 测量方法).
 */
import type { Paragraph, Table } from 'docx';
import type { Plan } from '../../../../domain/plans/plan.js';
import {
  ORGANIZATION_ELEMENTS,
  PLAN_RESOURCE_TYPES,
  PLAN_SECTIONS,
  TRAINING_AUDIENCES,
  TRAINING_FORMS,
} from '../../../../domain/plans/plan.js';
import type { SurveyTemplate } from '../../../../domain/survey/annex-a-template.js';
import { fields, heading, packDocument, para, table, title } from './docx-kit.js';

export interface PlanDocumentMeta {
  enterpriseName: string;
  uscc: string;
  campaignName: string;
  bodyName: string;
  version: number;
  status: string;
  amendReason: string | null;
  acceptedAt: Date | null;
}

const name = <K extends string>(list: ReadonlyArray<{ key: K; zh: string }>, key: string) =>
  list.find((x) => x.key === key)?.zh ?? key;
const section = (key: string) => {
  const s = PLAN_SECTIONS.find((x) => x.key === key)!;
  return `${s.letter}) ${s.zh}`;
};
const STATUS_ZH: Record<string, string> = {
  draft: '草稿',
  submitted: '已提交企业',
  commented: '企业已反馈',
  revised: '已修改',
  accepted: '企业已接受',
  superseded: '已被新版本替代',
};

export async function planDocx(plan: Plan, template: SurveyTemplate, meta: PlanDocumentMeta): Promise<Buffer> {
  const itemName = (key: string) => template.items.find((i) => i.key === key)?.zh ?? key;
  const body: Array<Paragraph | Table> = [
    title('认证提升方案'),
    fields([
      ['企业名称', meta.enterpriseName],
      ['统一社会信用代码', meta.uscc],
      ['提升行动', meta.campaignName],
      ['认证机构', meta.bodyName],
      [
        '方案版本',
        `第 ${meta.version} 版（${STATUS_ZH[meta.status] ?? meta.status}）${meta.acceptedAt ? `，${meta.acceptedAt.toISOString().slice(0, 10)} 接受` : ''}`,
      ],
      ...(meta.amendReason ? [['调整理由', meta.amendReason] as [string, string]] : []),
    ]),
    heading('一、提升指标（附录 C 评价依据）'),
    table(
      [
        ['序号', '评价项目', '评价指标', '单位', '方向', '提升前', '提升目标', '测量方法'],
        ...plan.indicators.map((i, n) => [
          String(n + 1),
          itemName(i.itemKey),
          i.name,
          i.unit,
          i.direction === 'lower_is_better' ? '越低越好' : '越高越好',
          i.baseline === null ? '—' : String(i.baseline),
          String(i.target),
          i.method,
        ]),
      ],
      [0.07, 0.14, 0.17, 0.07, 0.13, 0.09, 0.09, 0.24],
    ),
    heading(`二、${section('organization')}`),
    table(
      [
        ['要素', '内容', '说明', '完成日期'],
        ...plan.organization.map((o) => [
          name(ORGANIZATION_ELEMENTS, o.element),
          o.title,
          o.description ?? '',
          o.due ?? '',
        ]),
      ],
      [0.2, 0.3, 0.35, 0.15],
    ),
    heading(`三、${section('resources')}`),
    table(
      [['资源', '配置'], ...plan.resources.map((r) => [name(PLAN_RESOURCE_TYPES, r.type), r.description])],
      [0.2, 0.8],
    ),
    heading(`四、${section('evaluation')}`),
    table(
      [['评价节点', '日期', '说明'], ...plan.evaluation.nodes.map((n) => [n.title, n.date, n.description ?? ''])],
      [0.35, 0.2, 0.45],
    ),
    para(`项目结束时的评价方法：${plan.evaluation.finalMethod}`),
    heading(`五、${section('feasibility')}`),
    para(
      `研讨对象：${plan.feasibility.discussedWith}${plan.feasibility.discussedOn ? `（${plan.feasibility.discussedOn}）` : ''}`,
    ),
    para(`结论：${plan.feasibility.conclusion}`),
    heading(`六、${section('training')}`),
    table(
      [
        ['培训对象', '内容', '形式', '计划日期'],
        ...plan.training.map((s) => [
          name(TRAINING_AUDIENCES, s.audience),
          s.topics.join('；'),
          s.form ? name(TRAINING_FORMS, s.form) : '',
          s.plannedOn,
        ]),
      ],
      [0.3, 0.4, 0.13, 0.17],
    ),
    heading(`七、${section('monitoring')}`),
    fields([
      ['质量计划', plan.monitoring.qualityPlan ?? ''],
      ['验收条件', plan.monitoring.acceptanceConditions ?? ''],
      ['标准和方法', plan.monitoring.standardsAndMethods ?? ''],
    ]),
    heading(`八、${section('milestones')}`),
    table(
      [
        ['阶段', '目标', '阶段成果', '完成日期'],
        ...plan.milestones.map((m) => [m.title, m.goal, m.deliverables.join('；'), m.due]),
      ],
      [0.2, 0.3, 0.35, 0.15],
    ),
    heading(`九、${section('other')}`),
    para(plan.other.notes ?? '无'),
  ];
  return packDocument('认证提升方案', body);
}
