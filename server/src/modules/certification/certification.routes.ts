/** Certification over HTTP (contracts/certification.ts). */
import type { FastifyInstance } from 'fastify';
import { certification } from '../../../../contracts/certification.js';
import { route } from '../../platform/http/route.js';
import {
  applyForCertification,
  getCertification,
  recordExistingCertificate,
  recordSurveillance,
} from './certification.service.js';

export async function certificationRoutes(app: FastifyInstance): Promise<void> {
  route(app, certification.get, async (request) =>
    getCertification(app.ctx.database.db, request.actor!, request.params.id, app.ctx.clock.now()),
  );
  route(app, certification.apply, async (request, reply) => {
    await applyForCertification(app.ctx, request.actor!, request.params.id, request.body);
    return reply.status(204).send();
  });
  route(app, certification.recordExisting, async (request, reply) => {
    await recordExistingCertificate(app.ctx, request.actor!, request.params.id, request.body);
    return reply.status(204).send();
  });
  route(app, certification.recordSurveillance, async (request, reply) => {
    await recordSurveillance(app.ctx, request.actor!, request.params.id, request.body);
    return reply.status(204).send();
  });
}
