/**
 * Rule endpoints: the shared domain rules answered over HTTP for forms and other tools. They hold
 * no data, so they are public, and rate limited per client address.
 */
import type { FastifyInstance } from 'fastify';
import { rules } from '../../../../contracts/rules.js';
import {
  ENTERPRISE_SIZE_INDUSTRIES,
  SIZE_INDICATOR_INFO,
  tryClassifyEnterpriseSize,
  type EnterpriseSizeProblem,
} from '../../../../domain/enterprise-size/enterprise-size.js';
import { checkUsccInput } from '../../../../domain/uscc/uscc.js';
import type { Locale } from '../../../../domain/errors/codes.js';
import { AppError } from '../../platform/http/app-error.js';
import { assignmentRuleRoutes } from './assignment.routes.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { route } from '../../platform/http/route.js';

const throttled = { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } };

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

export async function rulesRoutes(app: FastifyInstance): Promise<void> {
  await app.register(assignmentRuleRoutes);

  route(
    app,
    rules.enterpriseSize,
    async (request) => {
      const attempt = tryClassifyEnterpriseSize(request.body);
      if (!attempt.ok) {
        throw new AppError('VALIDATION_FAILED', {
          field: `body.${attempt.problem.field}`, // named as the schema's own validation names fields
          detail: problemDetail(attempt.problem, request.body.industry, requestLocale(request)),
        });
      }
      return attempt.result;
    },
    throttled,
  );

  route(
    app,
    rules.enterpriseSizeIndustries,
    async () => ({ items: ENTERPRISE_SIZE_INDUSTRIES.map(({ key, nameZh, nameEn }) => ({ key, nameZh, nameEn })) }),
    throttled,
  );

  route(app, rules.uscc, async (request) => checkUsccInput(request.body.code), throttled);
}
