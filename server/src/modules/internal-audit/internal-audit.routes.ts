/**
 * The internal audit over HTTP (contracts/internal-audit.ts): each route is its contract; the Word documents are
 * audited before they leave (ADR 0020).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { internalAudit } from '../../../../contracts/internal-audit.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { assertFound } from '../../platform/http/app-error.js';
import { route } from '../../platform/http/route.js';
import { DOCX_TYPE, docxAttachment } from '../documents/download.js';
import { auditPlanDocx, auditReportDocx, ncReportDocx } from '../documents/internal-audit-docx.js';
import {
  addFinding,
  auditForDocument,
  completeAudit,
  getInternalAudit,
  recordNcStep,
  saveAudit,
} from './internal-audit.service.js';

export async function internalAuditRoutes(app: FastifyInstance): Promise<void> {
  const send = async (reply: FastifyReply, actor: Actor, id: string, name: string, document: Buffer) => {
    await auditDataAccess(app.ctx, actor, {
      action: 'internal_audit.download_docx',
      objectType: 'participation',
      objectId: id,
    });
    return reply.type(DOCX_TYPE).header('content-disposition', docxAttachment(name)).send(document);
  };

  route(app, internalAudit.get, async (request) =>
    getInternalAudit(app.ctx.database.db, request.actor!, request.params.id, app.ctx.clock.now()),
  );
  route(app, internalAudit.save, async (request) =>
    saveAudit(app.ctx, request.actor!, request.params.id, request.body),
  );
  route(app, internalAudit.addFinding, async (request, reply) =>
    reply.status(201).send(await addFinding(app.ctx, request.actor!, request.params.id, request.body)),
  );
  route(app, internalAudit.recordStep, async (request, reply) => {
    await recordNcStep(app.ctx, request.actor!, request.params.id, request.params.findingId, request.body);
    return reply.status(204).send();
  });
  route(app, internalAudit.complete, async (request, reply) => {
    await completeAudit(app.ctx, request.actor!, request.params.id, request.body);
    return reply.status(204).send();
  });
  route(app, internalAudit.planDocx, async (request, reply) => {
    const { audit, meta } = await auditForDocument(
      app.ctx.database.db,
      request.actor!,
      request.params.id,
      app.ctx.clock.now(),
    );
    return send(
      reply,
      request.actor!,
      request.params.id,
      `内部审核计划-${meta.enterpriseName}.docx`,
      await auditPlanDocx(audit, meta),
    );
  });
  route(app, internalAudit.reportDocx, async (request, reply) => {
    const { overview, audit, meta } = await auditForDocument(
      app.ctx.database.db,
      request.actor!,
      request.params.id,
      app.ctx.clock.now(),
    );
    return send(
      reply,
      request.actor!,
      request.params.id,
      `内部审核报告-${meta.enterpriseName}.docx`,
      await auditReportDocx(overview, audit, meta),
    );
  });
  route(app, internalAudit.ncReportDocx, async (request, reply) => {
    const { overview, audit, meta } = await auditForDocument(
      app.ctx.database.db,
      request.actor!,
      request.params.id,
      app.ctx.clock.now(),
    );
    const finding = overview.findings.find((f) => f.id === request.params.findingId);
    assertFound(finding, 'findingId');
    return send(
      reply,
      request.actor!,
      request.params.id,
      `不符合项报告-${meta.enterpriseName}-${finding.number}.docx`,
      await ncReportDocx(audit, finding, meta),
    );
  });
}
