/**
 * `POST /api/v1/rules/assignment` (ADR 0012, kept stable): the optimal expert ↔ enterprise assignment
 * for the given experts, enterprises and conflicts. Holds no data: public and rate limited.
 */
import type { FastifyInstance } from 'fastify';
import { rules } from '../../../../contracts/rules.js';
import { assignExperts } from '../../../../domain/matching/assignment.js';
import { errorMessage } from '../../../../domain/errors/codes.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { route } from '../../platform/http/route.js';

export async function assignmentRuleRoutes(app: FastifyInstance): Promise<void> {
  route(
    app,
    rules.assignment,
    async (request) => {
      const result = assignExperts(request.body);
      const locale = requestLocale(request);
      return {
        ...result,
        unassigned: result.unassigned.map((u) => ({ ...u, message: errorMessage(u.reason, locale) })),
      };
    },
    { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } },
  );
}
