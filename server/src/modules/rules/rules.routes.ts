/**
 * Rule endpoints: the shared domain rules answered over HTTP for forms and other tools. They hold
 * no data, so they are public, and rate limited per client address.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
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
import {
  EnterpriseSizeIndustries,
  EnterpriseSizeRequest,
  EnterpriseSizeResponse,
  UsccRequest,
  UsccResponse,
} from './rules.schemas.js';

const RULES_RATE_LIMIT = { max: 120, timeWindow: '1 minute' };

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

export async function rulesRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  await app.register(assignmentRuleRoutes);
  const tags = ['rules'];

  app.post(
    '/enterprise-size',
    {
      config: { permission: 'public', rateLimit: RULES_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Enterprise size (大型/中型/小型/微型) by 国统字〔2017〕213号, with the thresholds that decided it',
        description:
          'A listed indicator that is not given is refused (400, field body.<indicator>) unless a given one is already below the 小型 bound, which makes the enterprise 微型 (listed in basis.missing). Industries outside the 办法 answer not_applicable.',
        body: EnterpriseSizeRequest,
        response: { 200: EnterpriseSizeResponse },
      },
    },
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
  );

  app.get(
    '/enterprise-size/industries',
    {
      config: { permission: 'public', rateLimit: RULES_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Industry rows of the size classification (16 rows, then the industries it does not classify)',
        response: { 200: EnterpriseSizeIndustries },
      },
    },
    async () => ({ items: ENTERPRISE_SIZE_INDUSTRIES.map(({ key, nameZh, nameEn }) => ({ key, nameZh, nameEn })) }),
  );

  app.post(
    '/uscc',
    {
      config: { permission: 'public', rateLimit: RULES_RATE_LIMIT },
      schema: {
        tags,
        summary: '统一社会信用代码 check (GB 32100): normalizes, then length, character set and check character',
        body: UsccRequest,
        response: { 200: UsccResponse },
      },
    },
    async (request) => checkUsccInput(request.body.code),
  );
}
