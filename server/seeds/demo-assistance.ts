/**
 * The demo's surveys, diagnoses and plans (ADR 0007): plausible, deterministic content for each
 * enterprise the demo walks past "assigned", recorded through the same services a user drives.
 */
import { ANNEX_A_TEMPLATE, type SurveyTemplate } from '../../domain/survey/annex-a-template.js';
import type { Survey, SubItemAnswer } from '../../domain/survey/survey.js';
import { TRAINING_AUDIENCES, type Plan } from '../../domain/plans/plan.js';
import { baselineFromSurvey } from '../../domain/plans/plan.js';
import { BASE_TODAY, demoCalendar, type DemoCalendar } from './demo-calendar.js';

export interface DemoSubject {
  name: string;
  legalRepresentative: string;
  contactName: string;
  index: number;
  /** The demo's calendar: dates below are written for its base day (demo-calendar.ts). */
  calendar?: DemoCalendar;
}

/** A completed survey: most sub-items conform, two are the pain points the plan then targets. */
export function demoSurvey(e: DemoSubject, template: SurveyTemplate = ANNEX_A_TEMPLATE): Survey {
  const { day, year } = e.calendar ?? demoCalendar(BASE_TODAY);
  const answers: Record<string, SubItemAnswer> = {};
  for (const item of template.items) {
    item.subItems.forEach((s, n) => {
      const weak = s.key === 'realization_delivery.5' || s.key === 'customer_satisfaction.5';
      const status = weak ? 'partial' : (n + e.index) % 7 === 3 ? 'partial' : 'conforming';
      const finding =
        status === 'partial'
          ? weak
            ? '近一年数据波动较大，缺少原因分析与纠正措施记录'
            : '有做法但未形成文件，执行不一致'
          : null;
      if (!s.measure) {
        answers[s.key] = { status, finding };
        return;
      }
      const up = s.measure.direction === 'higher_is_better';
      const pct = s.measure.unit === '%';
      const value =
        s.key === 'realization_delivery.5'
          ? 92.5 - e.index * 0.5
          : s.key === 'customer_satisfaction.5'
            ? 2.4 + e.index * 0.1
            : pct
              ? up
                ? 90 + ((n + e.index) % 8)
                : 2 + ((n + e.index) % 5)
              : s.measure.integer
                ? (n + e.index) % 4
                : 5 + ((n + e.index) % 10);
      answers[s.key] = {
        status,
        finding,
        value: Math.round(value * 10) / 10,
        unit: s.measure.unit,
        period: `${year - 1}年`,
      };
    });
  }
  return {
    templateId: template.id,
    templateVersion: template.version,
    surveyedOn: day('2026-06-10'),
    answers,
    methods: ['questionnaire', 'document_review', 'site_observation', 'interview'],
    interviewees: [
      { name: e.legalRepresentative, position: '总经理', department: '总经办' },
      { name: e.contactName, position: '质量负责人', department: '质量部' },
    ],
    checks: {
      qualifications_valid: { result: 'pass', note: '营业执照、相关许可证在有效期内' },
      not_dishonest_2y: {
        result: 'pass',
        note: `国家企业信用信息公示系统、信用中国查询无记录（${day('2026-06-10')}）`,
      },
      no_quality_penalty_or_exposure: { result: 'pass', note: '近两年无质量处罚与曝光' },
    },
    urgentProblems: [
      {
        title: '出厂检验不充分，一次交验合格率偏低',
        urgency: 'high',
        class: 'production_management',
        description: '关键工序无检验记录，问题产品流入客户处',
        itemKey: 'realization_delivery',
      },
      {
        title: '客户退货缺少原因分析',
        urgency: 'medium',
        class: 'system_building',
        description: '退货只做返工处理，未统计原因、未采取纠正措施',
        itemKey: 'customer_satisfaction',
      },
    ],
    enterpriseIdeas: {
      ideas: '希望先把检验和不合格品控制做扎实，再逐步建立完整的质量管理体系',
      hasMeasures: true,
      measures: '已指定质量负责人，计划购置检测设备',
    },
    overview: {
      situation: `${e.name}，主营产品稳定，客户以本地为主`,
      qualityManagementLevel: '有零散制度，未形成体系',
      startingPoint: '生产过程控制与检验',
    },
    resourcesCommitted: [
      { kind: 'staffing', description: '质量负责人 1 名、内审员 2 名', limit: '每周不少于 2 天' },
      { kind: 'cost', description: '检测设备与培训费用', limit: '不超过 5 万元' },
    ],
    policyChanges: [
      {
        kind: 'environment',
        description: '涉 VOCs 工序治理要求提高',
        canRespond: true,
        response: '已列入年度技改计划',
      },
    ],
  } as Survey;
}

/** A plan after 003 §6.6.1 with two indicators from the survey: one higher-, one lower-is-better. */
export function demoPlan(
  survey: Survey,
  calendar: DemoCalendar = demoCalendar(BASE_TODAY),
  template: SurveyTemplate = ANNEX_A_TEMPLATE,
): Plan {
  const { day } = calendar;
  const first = baselineFromSurvey(template, survey, 'realization_delivery.5');
  const returns = baselineFromSurvey(template, survey, 'customer_satisfaction.5');
  return {
    organization: [
      { element: 'structure', title: '成立认证提升工作小组（总经理任组长）', due: day('2026-06-30') },
      { element: 'rules', title: '质量手册、程序文件与检验规程', due: day('2026-07-10') },
      { element: 'key_control_points', title: '关键工序控制点与检验记录表', due: day('2026-07-10') },
    ],
    resources: [
      { type: 'people', description: '质量负责人 1 名、内审员 2 名' },
      { type: 'equipment', description: '补充出厂检验所需检测器具并按期校准' },
    ],
    evaluation: {
      nodes: [
        { title: '体系文件发布', date: day('2026-07-10') },
        { title: '中期评价', date: day('2026-08-20') },
        { title: '内审与管理评审', date: day('2026-10-20') },
      ],
      finalMethod: '按附录 C 表 C.1 对比提升前后指标，结合文件评审与现场评审',
    },
    feasibility: {
      discussedWith: '总经理、生产负责人、质量负责人',
      discussedOn: day('2026-06-24'),
      conclusion: '资源可保障，进度可行',
    },
    training: TRAINING_AUDIENCES.map((a, i) => ({
      audience: a.key,
      topics: [...a.topics],
      plannedOn: day(`2026-07-0${i + 2}`),
      form: i === 3 ? ('topical' as const) : ('centralized' as const),
    })),
    monitoring: {
      qualityPlan: '关键工序质量计划',
      acceptanceConditions: '出厂检验全部合格方可放行',
      standardsAndMethods: 'GB/T 19001—2016；抽样检验',
    },
    milestones: [
      {
        title: '体系建立',
        goal: '文件发布并培训到岗',
        deliverables: ['质量手册', '程序文件', '检验规程'],
        due: day('2026-07-10'),
      },
      { title: '体系运行', goal: '运行不少于 3 个月', deliverables: ['运行记录', '检验记录'], due: day('2026-10-15') },
      {
        title: '绩效改进',
        goal: '完成内审与管理评审',
        deliverables: ['内审报告', '管理评审报告'],
        due: day('2026-10-20'),
      },
    ],
    other: { notes: null },
    indicators: [
      {
        key: 'first_pass',
        itemKey: 'realization_delivery',
        subItemKey: 'realization_delivery.5',
        name: '产品一次交验合格率',
        unit: '%',
        direction: 'higher_is_better',
        baseline: first?.value ?? 90,
        target: Math.min(99, Math.round(((first?.value ?? 90) + 4) * 10) / 10),
        method: '出厂检验记录按月统计',
      },
      {
        key: 'returns',
        itemKey: 'customer_satisfaction',
        subItemKey: 'customer_satisfaction.5',
        name: '客户退货率',
        unit: '%',
        direction: 'lower_is_better',
        baseline: returns?.value ?? 3,
        target: Math.round(((returns?.value ?? 3) / 2) * 10) / 10,
        method: '退货台账按季度统计',
      },
    ],
  };
}
