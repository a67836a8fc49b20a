/**
 * The rule endpoints' use cases: the domain rules (domain/enterprise-size, domain/uscc, domain/matching) with their
 * refusals and reasons worded in the caller's language. They hold no data.
 */
import type { AssignmentRequest, EnterpriseSizeRequest, EvaluationRuleRequest } from '../../../../contracts/rules.js';
import { bandsProblem, evaluate } from '../../../../domain/evaluation/annex-c.js';
import {
  ENTERPRISE_SIZE_INDUSTRIES,
  SIZE_INDICATOR_INFO,
  tryClassifyEnterpriseSize,
  type EnterpriseSizeProblem,
  type EnterpriseSizeResult,
} from '../../../../domain/enterprise-size/enterprise-size.js';
import type { Locale } from '../../../../domain/errors/codes.js';
import { localMessage } from '../../platform/i18n/messages.js';
import { assignExperts } from '../../../../domain/matching/assignment.js';
import { AppError } from '../../platform/http/app-error.js';

function problemDetail(problem: EnterpriseSizeProblem, industryKey: string, locale: Locale): string {
  const en = locale === 'en-US';
  if (problem.code === 'missing_indicators') {
    const industry = ENTERPRISE_SIZE_INDUSTRIES.find((i) => i.key === industryKey);
    const names = problem.missing
      .map((i) => (en ? SIZE_INDICATOR_INFO[i].nameEn : SIZE_INDICATOR_INFO[i].nameZh))
      .join(en ? ', ' : '、');
    return en
      ? `${industry?.nameEn ?? industryKey} needs ${names} to be classified`
      : `${industry?.nameZh ?? industryKey}须填写${names}方可划型`;
  }
  if (problem.code === 'unknown_industry') return en ? 'unknown industry' : '未知行业';
  return en ? 'must be a number not below 0' : '须为不小于 0 的数值';
}

/** 国统字〔2017〕213号; a missing or invalid indicator is refused as the schema's own validation would name it. */
export function classifyEnterpriseSize(input: EnterpriseSizeRequest, locale: Locale): EnterpriseSizeResult {
  const attempt = tryClassifyEnterpriseSize(input);
  if (!attempt.ok) {
    throw new AppError('VALIDATION_FAILED', {
      field: `body.${attempt.problem.field}`, // named as the schema's own validation names fields
      detail: problemDetail(attempt.problem, input.industry, locale),
    });
  }
  return attempt.result;
}

export function enterpriseSizeIndustries() {
  return ENTERPRISE_SIZE_INDUSTRIES.map(({ key, nameZh, nameEn }) => ({ key, nameZh, nameEn }));
}

/** ADR 0012: the optimal assignment, each enterprise left unassigned with its reason in the caller's language. */
export function optimalAssignment(input: AssignmentRequest, locale: Locale) {
  const result = assignExperts(input);
  return {
    ...result,
    unassigned: result.unassigned.map((u) => ({ ...u, message: localMessage(u.reason, locale) })),
  };
}

/** 003 §6.9.5, Annex C, Table 2: one C.1 table scored; bands, when given, must cover every total once. */
export function scoreEvaluation(input: EvaluationRuleRequest) {
  if (input.bands) {
    const problem = bandsProblem(input.bands);
    if (problem) throw new AppError(problem.code, { field: `body.${problem.field}`, detail: problem.detail });
  }
  const e = evaluate(input.indicators, {
    ...(input.bands ? { bands: input.bands } : {}),
    ...(input.itemRule ? { rule: input.itemRule } : {}),
  });
  return { rows: e.rows, items: e.items, total: e.total, grade: e.grade, effective: e.effective, itemRule: e.rule };
}
