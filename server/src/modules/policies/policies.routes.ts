/** The policy-measures register over HTTP: each route is its contract (contracts/policies.ts) and a service call. */
import type { FastifyInstance } from 'fastify';
import { policies } from '../../../../contracts/policies.js';
import { route } from '../../platform/http/route.js';
import { changePolicy, createPolicy, listPolicies } from './policies.service.js';

export async function policyRoutes(app: FastifyInstance): Promise<void> {
  route(app, policies.list, async (request) => ({ items: await listPolicies(app.ctx, request.actor!, request.query) }));
  route(app, policies.create, async (request, reply) => {
    const id = await createPolicy(app.ctx, request.actor!, request.body);
    return reply.code(201).send({ id });
  });
  route(app, policies.update, async (request) =>
    changePolicy(app.ctx, request.actor!, request.params.id, request.body),
  );
}
