/**
 * Working groups, assignment proposals and coverage (seed 000 §一; ADR 0012, 0013).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertFound } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { createGroup, findGroup, groupViews, listGroups, updateGroup } from './working-groups.service.js';
import { confirmProposal, currentProposal, editProposalItem, runProposal } from './proposals.service.js';
import { campaignCoverage } from './coverage.service.js';
import {
  ConfirmProposalRequest,
  ConfirmProposalResponse,
  CoverageResponse,
  EditProposalItemRequest,
  ProposalResponse,
  RunProposalRequest,
  SaveWorkingGroupRequest,
  UpdateWorkingGroupRequest,
  WorkingGroupListResponse,
  WorkingGroupSchema,
} from './matching.schemas.js';

const IdParams = z.object({ id: z.string().uuid() });

export async function campaignMatchingRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['matching'];

  app.get(
    '/:id/working-groups',
    {
      config: { permission: 'working_group:read' },
      schema: {
        tags,
        summary: 'Working groups of the campaign (a body: its own)',
        params: IdParams,
        response: { 200: WorkingGroupListResponse },
      },
    },
    async (request) => ({ items: await listGroups(app.ctx.database.db, request.actor!, request.params.id) }),
  );

  app.post(
    '/:id/working-groups',
    {
      config: { permission: 'working_group:write' },
      schema: {
        tags,
        summary: 'Form a working group: one leader, managers, experts, regions covered',
        params: IdParams,
        body: SaveWorkingGroupRequest,
        response: { 201: WorkingGroupSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createGroup(app.ctx, request.actor!, request.params.id, request.body)),
  );

  app.get(
    '/:id/assignment-coverage',
    {
      config: { permission: 'assignment:read' },
      schema: {
        tags,
        summary: 'Assignment coverage by region and body, unassigned enterprises with reasons, expert workload',
        params: IdParams,
        response: { 200: CoverageResponse },
      },
    },
    async (request) => campaignCoverage(app.ctx.database.db, request.actor!, request.params.id, requestLocale(request)),
  );
}

export async function workingGroupRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['matching'];

  app.get(
    '/:id',
    {
      config: { permission: 'working_group:read' },
      schema: { tags, summary: 'One working group', params: IdParams, response: { 200: WorkingGroupSchema } },
    },
    async (request) => {
      const { db } = app.ctx.database;
      const group = await findGroup(db, request.actor!, request.params.id);
      assertFound(group, 'working_group');
      return (await groupViews(db, [group]))[0]!;
    },
  );

  app.post(
    '/:id',
    {
      config: { permission: 'working_group:write' },
      schema: {
        tags,
        summary: 'Change a working group (version checked)',
        params: IdParams,
        body: UpdateWorkingGroupRequest,
        response: { 200: WorkingGroupSchema },
      },
    },
    async (request) => updateGroup(app.ctx, request.actor!, request.params.id, request.body),
  );

  app.get(
    '/:id/proposal',
    {
      config: { permission: 'working_group:write' },
      schema: {
        tags,
        summary: 'The group’s current draft proposal, else its latest confirmed one',
        params: IdParams,
        response: { 200: ProposalResponse },
      },
    },
    async (request) => ({
      proposal: await currentProposal(app.ctx.database.db, request.actor!, request.params.id, requestLocale(request)),
    }),
  );

  app.post(
    '/:id/proposal',
    {
      config: { permission: 'working_group:write' },
      schema: {
        tags,
        summary: 'Solve the optimal assignment for the group (min-cost flow); replaces the draft',
        params: IdParams,
        body: RunProposalRequest,
        response: { 200: ProposalResponse },
      },
    },
    async (request) => ({
      proposal: await runProposal(app.ctx, request.actor!, request.params.id, request.body, requestLocale(request)),
    }),
  );

  app.post(
    '/:id/proposal/items',
    {
      config: { permission: 'working_group:write' },
      schema: {
        tags,
        summary:
          'Change one pair by hand; a pair breaking a hard rule needs a reason (422 ASSIGNMENT_OVERRIDE_REASON_REQUIRED)',
        params: IdParams,
        body: EditProposalItemRequest,
        response: { 200: ProposalResponse },
      },
    },
    async (request) => ({
      proposal: await editProposalItem(
        app.ctx,
        request.actor!,
        request.params.id,
        request.body,
        requestLocale(request),
      ),
    }),
  );

  app.post(
    '/:id/proposal/confirm',
    {
      config: { permission: 'working_group:write' },
      schema: {
        tags,
        summary:
          'Confirm the draft: each pair runs the assign command (or moves the expert on re-plan), all or nothing',
        params: IdParams,
        body: ConfirmProposalRequest,
        response: { 200: ConfirmProposalResponse },
      },
    },
    async (request) =>
      confirmProposal(app.ctx, request.actor!, request.params.id, request.body.version, requestLocale(request)),
  );
}
