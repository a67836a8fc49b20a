/**
 * The evaluator pool's qualifications and the panel's composition (seed 003 §6.9.2): 评审专家 come from 评审员
 * (a: trained and certified professionals of quality management) and 行业专家 (b: recommended by an industry
 * authority, association or technical institution, representing their industry). A panel member must hold one of
 * the two on the panel's dates; a panel always holds at least one 评审员.
 */
import type { ErrorCode } from '../errors/codes.js';

/** 003 §6.9.2 a) 评审员, b) 行业专家. */
export const EVALUATOR_KINDS = ['auditor', 'industry_expert'] as const;
export type EvaluatorKind = (typeof EVALUATOR_KINDS)[number];

export interface Qualification {
  kind: EvaluatorKind;
  /** a) 资格认定: the certificate of the training and certification, its issuing body and validity. */
  certificateNumber: string | null;
  issuingBody: string | null;
  validFrom: string | null;
  validUntil: string | null;
  /** b) the recommending 行业主管部门、协会或专业技术机构, the industries represented and the region. */
  recommendedBy: string | null;
  industries: ReadonlyArray<string>;
  regionCode: string | null;
}

export interface PoolProblem {
  code: ErrorCode;
  field: string;
  detail?: string;
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/** What a qualification record must carry to be recorded (003 §6.9.2 a/b); null when complete. */
export function qualificationProblem(q: Qualification): PoolProblem | null {
  if (q.kind === 'auditor') {
    // a) 经专业培训及相关资格认定: the certification is named by its number, issuer and validity
    if (blank(q.certificateNumber)) return { code: 'QUALIFICATION_INCOMPLETE', field: 'certificateNumber' };
    if (blank(q.issuingBody)) return { code: 'QUALIFICATION_INCOMPLETE', field: 'issuingBody' };
    if (!q.validUntil) return { code: 'QUALIFICATION_INCOMPLETE', field: 'validUntil' };
    if (q.validFrom && q.validUntil < q.validFrom) return { code: 'DATE_ORDER', field: 'validUntil' };
    return null;
  }
  // b) 经行业主管部门、协会或专业技术机构推荐, 代表行业
  if (blank(q.recommendedBy)) return { code: 'QUALIFICATION_INCOMPLETE', field: 'recommendedBy' };
  if (q.industries.length === 0) return { code: 'QUALIFICATION_INCOMPLETE', field: 'industries' };
  return null;
}

/** Why a person may not sit on a panel held over these dates, by the rule of 003 §6.9.2; null when qualified. */
export type MemberRule = 'no_qualification' | 'certificate_not_valid' | 'not_recommended';

export function memberQualificationRule(
  q: Qualification | null,
  panel: { startsOn: string; endsOn: string },
): MemberRule | null {
  if (!q) return 'no_qualification';
  if (q.kind === 'auditor') {
    // a) the certification holds on every day of the panel
    if (blank(q.certificateNumber) || !q.validUntil) return 'no_qualification';
    if (q.validFrom && q.validFrom > panel.startsOn) return 'certificate_not_valid';
    if (q.validUntil < panel.endsOn) return 'certificate_not_valid';
    return null;
  }
  return blank(q.recommendedBy) ? 'not_recommended' : null;
}

/**
 * 003 §6.9.2 names 评审员 first and industry experts as those "代表行业参与评审": the platform requires at least one
 * 评审员 on every panel, so the Annex C scoring is always done with a certified quality-management professional;
 * industry experts join beside them.
 */
export function panelCompositionProblem(kinds: ReadonlyArray<EvaluatorKind>): PoolProblem | null {
  return kinds.includes('auditor') ? null : { code: 'PANEL_AUDITOR_REQUIRED', field: 'memberUserIds' };
}

/** One enterprise of a batch panel and the members refused for it by impartiality. */
export interface BatchEntry<R> {
  participationId: string;
  refusals: ReadonlyArray<R>;
}

/**
 * A batch panel (003 §6.9.1, one panel formed for several enterprises): all or nothing, unless the bureau chose to
 * skip the enterprises with a refused member; then the others are formed, and a batch where every enterprise is
 * refused forms nothing.
 */
export function batchDecision<R>(
  entries: ReadonlyArray<BatchEntry<R>>,
  skipRefused: boolean,
): { form: string[]; skip: string[]; refused: boolean } {
  const refusedIds = entries.filter((e) => e.refusals.length > 0).map((e) => e.participationId);
  const cleanIds = entries.filter((e) => e.refusals.length === 0).map((e) => e.participationId);
  if (refusedIds.length === 0) return { form: cleanIds, skip: [], refused: false };
  if (!skipRefused || cleanIds.length === 0) return { form: [], skip: [], refused: true };
  return { form: cleanIds, skip: refusedIds, refused: false };
}
