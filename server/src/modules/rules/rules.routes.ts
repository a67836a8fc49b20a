/**
 * Rule endpoints over HTTP (contracts/rules.ts): the shared domain rules for forms and other tools. They hold
 * no data, so they are public, and rate limited per client address.
 */
import type { FastifyInstance } from 'fastify';
import { rules } from '../../../../contracts/rules.js';
import { checkUsccInput } from '../../../../domain/uscc/uscc.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { route } from '../../platform/http/route.js';
import { assignmentRuleRoutes } from './assignment.routes.js';
import { caseCheck } from '../cases/cases.service.js';
import { classifyEnterpriseSize, enterpriseSizeIndustries, scoreEvaluation } from './rules.service.js';

const throttled = { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } };

export async function rulesRoutes(app: FastifyInstance): Promise<void> {
  await app.register(assignmentRuleRoutes);
  route(
    app,
    rules.enterpriseSize,
    async (request) => classifyEnterpriseSize(request.body, requestLocale(request)),
    throttled,
  );
  route(app, rules.enterpriseSizeIndustries, async () => ({ items: enterpriseSizeIndustries() }), throttled);
  route(app, rules.evaluation, async (request) => scoreEvaluation(request.body), throttled);
  route(app, rules.caseCheck, async (request) => caseCheck(request.body, requestLocale(request)), throttled);
  route(app, rules.uscc, async (request) => checkUsccInput(request.body.code), throttled);
}
