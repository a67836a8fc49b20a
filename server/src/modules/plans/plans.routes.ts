/**
 * The one-enterprise-one-plan with its versions, and the indicators contract, over HTTP (003 §6.6, Annex C;
 * ADR 0014): each route is its contract (contracts/plans.ts); the Word document is audited before it leaves.
 */
import type { FastifyInstance } from 'fastify';
import { plans } from '../../../../contracts/plans.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { route } from '../../platform/http/route.js';
import { DOCX_TYPE, docxAttachment } from '../documents/download.js';
import { planDocx } from '../documents/plan-docx.js';
import {
  acceptedIndicators,
  actOnPlan,
  getPlanOverview,
  getPlanVersion,
  planForDocument,
  savePlan,
} from './plans.service.js';

export async function planRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.ctx.database.db;
  route(app, plans.overview, async (request) =>
    getPlanOverview(db(), request.actor!, request.params.id, requestLocale(request)),
  );
  route(app, plans.save, async (request) =>
    savePlan(app.ctx, request.actor!, request.params.id, request.body, requestLocale(request)),
  );
  route(app, plans.act, async (request) =>
    actOnPlan(app.ctx, request.actor!, request.params.id, request.body, requestLocale(request)),
  );
  route(app, plans.respond, async (request) =>
    actOnPlan(app.ctx, request.actor!, request.params.id, request.body, requestLocale(request)),
  );
  route(app, plans.version, async (request) =>
    getPlanVersion(db(), request.actor!, request.params.id, request.params.version, requestLocale(request)),
  );
  route(app, plans.versionDocx, async (request, reply) => {
    const { plan, template, meta } = await planForDocument(
      db(),
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
  });
  route(app, plans.indicators, async (request) => acceptedIndicators(db(), request.actor!, request.params.id));
}
