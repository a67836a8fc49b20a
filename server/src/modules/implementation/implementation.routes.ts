/** The implementation records over HTTP (003 §6.7): each route is its contract (contracts/implementation.ts). */
import type { FastifyInstance } from 'fastify';
import { implementation } from '../../../../contracts/implementation.js';
import { route } from '../../platform/http/route.js';
import {
  addRecord,
  getImplementation,
  logIssue,
  resolveIssue,
  saveTeam,
  startOperation,
} from './implementation.service.js';

export async function implementationRoutes(app: FastifyInstance): Promise<void> {
  route(app, implementation.overview, async (request) =>
    getImplementation(app.ctx.database.db, request.actor!, request.params.id, app.ctx.clock.now()),
  );
  route(app, implementation.saveTeam, async (request) =>
    saveTeam(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, implementation.startOperation, async (request) =>
    startOperation(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, implementation.addRecord, async (request) =>
    addRecord(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, implementation.logIssue, async (request) =>
    logIssue(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, implementation.resolveIssue, async (request) =>
    resolveIssue(app.ctx, request.actor!, request.params.id, request.params.issueId, request.body),
  );
}
