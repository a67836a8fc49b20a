/**
 * Registers a route from its contract (ADR 0031): method, path, permission, schemas and the documented error codes
 * all come from the endpoint value, so a route cannot differ from what the web calls and OpenAPI describes.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type {
  BodyOf,
  Endpoint,
  HandlerAnswerOf,
  ParamsOf,
  QueryOf,
  SuccessStatus,
} from '../../../../contracts/endpoint.js';

export type EndpointRequest<E extends Endpoint> = FastifyRequest<{
  Params: ParamsOf<E>;
  Querystring: QueryOf<E>;
  Body: BodyOf<E>;
}>;

/**
 * A handler returns the answer (sent with the contract's status) or the reply it has sent itself (files, streams);
 * for an empty answer (204) it returns nothing.
 */
export type EndpointHandler<E extends Endpoint> = (
  request: EndpointRequest<E>,
  reply: FastifyReply,
) => E['spec']['answer'] extends 'empty'
  ? Promise<void> | Promise<FastifyReply>
  : Promise<HandlerAnswerOf<E> | FastifyReply>;

/** Route options the contract does not carry: rate limits, a larger body limit, hooks. */
export type RouteExtras = Pick<RouteShorthandOptions, 'bodyLimit' | 'preValidation' | 'preHandler'> & {
  config?: Record<string, unknown>;
};

function successStatusOf(endpoint: Endpoint): SuccessStatus {
  return endpoint.spec.status ?? (endpoint.spec.answer === 'empty' ? 204 : 200);
}

export function route<E extends Endpoint>(
  app: FastifyInstance,
  endpoint: E,
  handler: EndpointHandler<E>,
  extras: RouteExtras = {},
): void {
  const { spec } = endpoint;
  const status = successStatusOf(endpoint);
  const response: Record<number, z.ZodType> = {};
  if (typeof spec.answer !== 'string') response[status] = spec.answer;
  app.withTypeProvider<ZodTypeProvider>().route({
    method: spec.method,
    url: spec.path,
    bodyLimit: extras.bodyLimit,
    preValidation: extras.preValidation,
    preHandler: extras.preHandler,
    config: { ...extras.config, permission: spec.permission, endpoint },
    schema: {
      operationId: endpoint.operationId,
      tags: [endpoint.capability],
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      security: securityOf(endpoint),
      ...(spec.params ? { params: spec.params } : {}),
      ...(spec.query ? { querystring: spec.query } : {}),
      ...(spec.body && !spec.rawBody ? { body: spec.body } : {}),
      ...(Object.keys(response).length > 0 ? { response } : {}),
    },
    handler: async (request, reply) => {
      const answer = await handler(request as unknown as EndpointRequest<E>, reply);
      if (answer === reply || reply.sent) return reply;
      if (spec.answer === 'empty') return reply.status(204).send();
      return reply.status(status).send(answer);
    },
  });
}

/** OpenAPI's security of an operation: none when public, the session cookie, and the CSRF header on writes. */
function securityOf(endpoint: Endpoint): Array<Record<string, string[]>> {
  if (endpoint.spec.permission === 'public') return [];
  return endpoint.spec.method === 'GET' ? [{ session: [] }] : [{ session: [], csrf: [] }];
}
