/**
 * The management review over HTTP (contracts/management-review.ts); the Word document is audited before it leaves
 * (ADR 0020).
 */
import type { FastifyInstance } from 'fastify';
import { managementReview } from '../../../../contracts/management-review.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import { route } from '../../platform/http/route.js';
import { DOCX_TYPE, docxAttachment } from '../documents/download.js';
import { managementReviewDocx } from '../documents/management-review-docx.js';
import {
  getManagementReview,
  recordReview,
  reviewForDocument,
  updateImprovementAction,
  verifyCertified,
} from './management-review.service.js';

export async function managementReviewRoutes(app: FastifyInstance): Promise<void> {
  route(app, managementReview.get, async (request) =>
    getManagementReview(app.ctx.database.db, request.actor!, request.params.id, app.ctx.clock.now()),
  );
  route(app, managementReview.record, async (request, reply) => {
    await recordReview(app.ctx, request.actor!, request.params.id, request.body);
    return reply.status(204).send();
  });
  route(app, managementReview.verifyCertified, async (request, reply) => {
    await verifyCertified(app.ctx, request.actor!, request.params.id, request.body);
    return reply.status(204).send();
  });
  route(app, managementReview.updateAction, async (request, reply) => {
    await updateImprovementAction(app.ctx, request.actor!, request.params.id, request.params.actionId, request.body);
    return reply.status(204).send();
  });
  route(app, managementReview.reportDocx, async (request, reply) => {
    const { overview, review, meta } = await reviewForDocument(
      app.ctx.database.db,
      request.actor!,
      request.params.id,
      app.ctx.clock.now(),
    );
    const document = await managementReviewDocx(overview, review, meta);
    await auditDataAccess(app.ctx, request.actor!, {
      action: 'management_review.download_docx',
      objectType: 'participation',
      objectId: request.params.id,
    });
    return reply
      .type(DOCX_TYPE)
      .header('content-disposition', docxAttachment(`管理评审报告-${meta.enterpriseName}.docx`))
      .send(document);
  });
}
