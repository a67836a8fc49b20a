/**
 * What a bureau checks before selecting a certification body for its campaign (seed 003 §5.2).
 * Each criterion is recorded as met or not with its evidence; a body can be selected only when
 * every criterion is met.
 */
export const BODY_CRITERIA = [
  'legal_entity', // 合法注册，具备企业法人资格和相应的资质条件
  'cnca_approved_qms', // 具有国家认监委批准的质量管理体系认证资质
  'complies_with_rules', // 遵守认证相关法律法规，严格按照认证规则开展认证活动
  'guidance_capability', // 具备实施指导、培训、管理咨询的能力
  'premises_and_equipment', // 固定的经营场地、必要的经营设备和设施
  'confidentiality_rules', // 遵循法律法规、保密承诺和顾客知识产权保护等方面的规则
  'qualified_staff', // 专业能力强、社会责任感强且具备相关教育、培训背景的服务人员
  'staff_experience', // 熟悉质量法规标准，具有质量管理体系咨询或审核经历
] as const;
export type BodyCriterion = (typeof BODY_CRITERIA)[number];

interface BodyCriterionCheck {
  key: BodyCriterion;
  met: boolean;
  evidence: string;
}

/** The criteria not (yet) met with evidence: empty means the body may be selected. */
export function unmetBodyCriteria(checks: ReadonlyArray<BodyCriterionCheck>): BodyCriterion[] {
  const met = new Set(checks.filter((c) => c.met && c.evidence.trim().length > 0).map((c) => c.key));
  return BODY_CRITERIA.filter((k) => !met.has(k));
}
