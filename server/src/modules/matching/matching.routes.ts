/**
 * Working groups, assignment proposals and coverage over HTTP (seed 000 §一; ADR 0012, 0013): each route is its
 * contract (contracts/matching.ts) and a service call.
 */
import type { FastifyInstance } from 'fastify';
import { matching } from '../../../../contracts/matching.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { route } from '../../platform/http/route.js';
import { campaignCoverage } from './coverage.service.js';
import { confirmProposal, currentProposal, editProposalItem, runProposal } from './proposals.service.js';
import { createGroup, getGroup, listGroups, updateGroup } from './working-groups.service.js';

export async function matchingRoutes(app: FastifyInstance): Promise<void> {
  route(app, matching.workingGroups, async (request) => ({
    items: await listGroups(app.ctx.database.db, request.actor!, request.params.id),
  }));
  route(app, matching.createWorkingGroup, async (request) =>
    createGroup(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, matching.coverage, async (request) =>
    campaignCoverage(app.ctx.database.db, request.actor!, request.params.id, requestLocale(request)),
  );
  route(app, matching.workingGroup, async (request) =>
    getGroup(app.ctx.database.db, request.actor!, request.params.id),
  );
  route(app, matching.updateWorkingGroup, async (request) =>
    updateGroup(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, matching.proposal, async (request) => ({
    proposal: await currentProposal(app.ctx.database.db, request.actor!, request.params.id, requestLocale(request)),
  }));
  route(app, matching.runProposal, async (request) => ({
    proposal: await runProposal(app.ctx, request.actor!, request.params.id, request.body, requestLocale(request)),
  }));
  route(app, matching.editProposalItem, async (request) => ({
    proposal: await editProposalItem(app.ctx, request.actor!, request.params.id, request.body, requestLocale(request)),
  }));
  route(app, matching.confirmProposal, async (request) =>
    confirmProposal(app.ctx, request.actor!, request.params.id, request.body.version, requestLocale(request)),
  );
}
