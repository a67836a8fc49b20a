/**
 * `POST /api/v1/rules/assignment` (ADR 0012, kept stable): the optimal expert ↔ enterprise assignment
 * for the given experts, enterprises and conflicts. Holds no data: public, and rate limited more tightly than the
 * other rules (it is the costly one).
 */
import type { FastifyInstance } from 'fastify';
import { rules } from '../../../../contracts/rules.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { route } from '../../platform/http/route.js';
import { optimalAssignment } from './rules.service.js';

export async function assignmentRuleRoutes(app: FastifyInstance): Promise<void> {
  route(app, rules.assignment, async (request) => optimalAssignment(request.body, requestLocale(request)), {
    config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
  });
}
