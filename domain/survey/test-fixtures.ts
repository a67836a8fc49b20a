/** Test fixtures shared by the survey, diagnosis and plan tests (not exported from the domain). */
import { ANNEX_A_TEMPLATE } from './annex-a-template.js';
import type { SubItemAnswer, Survey } from './survey.js';

/** A survey that passes completion: every sub-item conforming, every measure with a value. */
export function completeSurvey(): Survey {
  const answers: Record<string, SubItemAnswer> = {};
  for (const item of ANNEX_A_TEMPLATE.items) {
    for (const s of item.subItems) {
      answers[s.key] = s.measure
        ? { status: 'conforming', value: 1, unit: s.measure.unit, period: '2025年' }
        : { status: 'conforming' };
    }
  }
  return {
    templateId: ANNEX_A_TEMPLATE.id,
    templateVersion: ANNEX_A_TEMPLATE.version,
    surveyedOn: '2026-05-12',
    answers,
    methods: ['document_review', 'site_observation'],
    interviewees: [{ name: '王总', position: '总经理', department: null }],
    checks: {
      qualifications_valid: { result: 'pass', note: '营业执照、生产许可证有效' },
      not_dishonest_2y: { result: 'pass', note: '国家企业信用信息公示系统 2026-05-12' },
      no_quality_penalty_or_exposure: { result: 'pass' },
    },
    urgentProblems: [
      { title: '焊接质量不稳定', urgency: 'high', class: 'production_management', description: '焊缝返修率高' },
    ],
    enterpriseIdeas: { ideas: '希望建立焊接作业指导书', hasMeasures: false },
    overview: { situation: '30人，钢结构加工', qualityManagementLevel: '无体系', startingPoint: '生产过程控制' },
    resourcesCommitted: [{ kind: 'staffing', description: '指定质量负责人 1 名', limit: '每周 2 天' }],
    policyChanges: [{ kind: 'environment', description: '喷涂工序 VOCs 治理要求', canRespond: true }],
  };
}
