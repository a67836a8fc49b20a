/** The one-enterprise-one-plan with its versions, and the indicators contract (003 §6.6, Annex C; ADR 0014). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestLocale } from '../../platform/http/error-handler.js';
import {
  acceptedIndicators,
  actOnPlan,
  getPlanOverview,
  getPlanVersion,
  planForDocument,
  savePlan,
} from './plans.service.js';
import { planDocx } from '../documents/plan-docx.js';
import { docxAttachment, DOCX_TYPE } from '../documents/download.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import {
  IndicatorsResponse,
  PlanActionRequest,
  PlanOverview,
  PlanResponseRequest,
  PlanVersionSchema,
  SavePlanRequest,
} from './plans.schemas.js';
import type { Plan } from '../../../../domain/plan/plan.js';

const IdParams = z.object({ id: z.string().uuid() });
const VersionParams = z.object({ id: z.string().uuid(), version: z.coerce.number().int().min(1) });

export async function planRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['plans'];

  app.get(
    '/:id/plan',
    {
      config: { permission: 'plan:read' },
      schema: {
        tags,
        summary: 'The plan: every version, the latest in full, the accepted baseline and what the caller may do',
        params: IdParams,
        response: { 200: PlanOverview },
      },
    },
    async (request) => getPlanOverview(app.ctx.database.db, request.actor!, request.params.id, requestLocale(request)),
  );

  app.post(
    '/:id/plan',
    {
      config: { permission: 'plan:write' },
      schema: {
        tags,
        summary: 'Save the plan draft (version 1 is created with lockVersion 0); accepted versions are locked',
        params: IdParams,
        body: SavePlanRequest,
        response: { 200: PlanOverview },
      },
    },
    async (request) =>
      savePlan(
        app.ctx,
        request.actor!,
        request.params.id,
        { lockVersion: request.body.lockVersion, plan: request.body.plan as Plan },
        requestLocale(request),
      ),
  );

  app.post(
    '/:id/plan/actions',
    {
      config: { permission: 'plan:write' },
      schema: {
        tags,
        summary: 'Submit to the enterprise, mark revised, or amend an accepted plan (new version, reason required)',
        params: IdParams,
        body: PlanActionRequest,
        response: { 200: PlanOverview },
      },
    },
    async (request) => actOnPlan(app.ctx, request.actor!, request.params.id, request.body, requestLocale(request)),
  );

  app.post(
    '/:id/plan/responses',
    {
      config: { permission: 'plan:respond' },
      schema: {
        tags,
        summary: 'The enterprise comments on or accepts the plan; the first acceptance moves it to plan agreed',
        params: IdParams,
        body: PlanResponseRequest,
        response: { 200: PlanOverview },
      },
    },
    async (request) => actOnPlan(app.ctx, request.actor!, request.params.id, request.body, requestLocale(request)),
  );

  app.get(
    '/:id/plan/versions/:version',
    {
      config: { permission: 'plan:read' },
      schema: {
        tags,
        summary: 'One version of the plan (earlier versions stay retrievable)',
        params: VersionParams,
        response: { 200: PlanVersionSchema },
      },
    },
    async (request) =>
      getPlanVersion(
        app.ctx.database.db,
        request.actor!,
        request.params.id,
        request.params.version,
        requestLocale(request),
      ),
  );

  app.get(
    '/:id/plan/versions/:version/docx',
    {
      config: { permission: 'plan:read' },
      schema: { tags, summary: 'One version of the plan as a Word document', params: VersionParams },
    },
    async (request, reply) => {
      const { plan, template, meta } = await planForDocument(
        app.ctx.database.db,
        request.actor!,
        request.params.id,
        request.params.version,
      );
      const document = await planDocx(plan, template, meta);
      await auditDataAccess(app.ctx, request.actor!, {
        action: 'plan.download_docx',
        objectType: 'participation',
        objectId: request.params.id,
        detail: { version: meta.version },
      });
      return reply
        .type(DOCX_TYPE)
        .header('content-disposition', docxAttachment(`认证提升方案-${meta.enterpriseName}-第${meta.version}版.docx`))
        .send(document);
    },
  );

  app.get(
    '/:id/indicators',
    {
      config: { permission: 'plan:read' },
      schema: {
        tags,
        summary:
          'The accepted plan’s indicators (item, name, unit, direction, baseline, target): the evaluation baseline',
        params: IdParams,
        response: { 200: IndicatorsResponse },
      },
    },
    async (request) => acceptedIndicators(app.ctx.database.db, request.actor!, request.params.id),
  );
}
