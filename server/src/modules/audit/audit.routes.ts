/** The audit trail over HTTP: each route is its contract (contracts/audit.ts) and a service call. */
import type { FastifyInstance } from 'fastify';
import { audit } from '../../../../contracts/audit.js';
import { route } from '../../platform/http/route.js';
import { readAuditEntries, verifyAuditChain } from './audit.service.js';

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  route(app, audit.entries, async (request) => readAuditEntries(app.ctx, request.actor!, request.query));
  route(app, audit.verify, async (request) => verifyAuditChain(app.ctx, request.actor!));
}
