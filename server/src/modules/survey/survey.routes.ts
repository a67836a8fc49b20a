/** The on-site survey and the diagnosis report with its B.1 confirmation (003 §6.5, §6.5.8; ADR 0014). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestLocale } from '../../platform/http/error-handler.js';
import { completeSurvey, getSurvey, saveSurvey } from './survey.service.js';
import { confirmDiagnosis, diagnosisForDocument, getDiagnosis, issueDiagnosis } from './diagnosis.service.js';
import { diagnosisDocx } from '../documents/diagnosis-docx.js';
import { docxAttachment, DOCX_TYPE } from '../documents/download.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';
import {
  CompleteSurveyRequest,
  ConfirmDiagnosisRequest,
  DiagnosisResponse,
  IssueDiagnosisRequest,
  SaveSurveyRequest,
  SaveSurveyResponse,
  SurveyResponse,
} from './survey.schemas.js';
import type { Survey } from '../../../../domain/survey/survey.js';

const IdParams = z.object({ id: z.string().uuid() });

export async function surveyRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['survey'];

  app.get(
    '/:id/survey',
    {
      config: { permission: 'survey:read' },
      schema: {
        tags,
        summary: 'The on-site survey (Annex A) with its template, progress and what completion still needs',
        params: IdParams,
        response: { 200: SurveyResponse },
      },
    },
    async (request) => getSurvey(app.ctx.database.db, request.actor!, request.params.id, requestLocale(request)),
  );

  app.post(
    '/:id/survey',
    {
      config: { permission: 'survey:write' },
      schema: {
        tags,
        summary:
          'Save the survey draft; an offline draft (older baseRevision) is merged per sub-item and conflicts are returned, not overwritten',
        params: IdParams,
        body: SaveSurveyRequest,
        response: { 200: SaveSurveyResponse },
      },
    },
    async (request) =>
      saveSurvey(
        app.ctx,
        request.actor!,
        request.params.id,
        { baseRevision: request.body.baseRevision, survey: request.body.survey as Survey },
        requestLocale(request),
      ),
  );

  app.post(
    '/:id/survey/complete',
    {
      config: { permission: 'survey:write' },
      schema: {
        tags,
        summary: 'Mark the survey complete (every completion rule checked)',
        params: IdParams,
        body: CompleteSurveyRequest,
        response: { 200: SurveyResponse },
      },
    },
    async (request) =>
      completeSurvey(app.ctx, request.actor!, request.params.id, request.body.revision, requestLocale(request)),
  );

  app.get(
    '/:id/diagnosis',
    {
      config: { permission: 'survey:read' },
      schema: {
        tags,
        summary: 'The current diagnosis report and its confirmation',
        params: IdParams,
        response: { 200: DiagnosisResponse },
      },
    },
    async (request) => ({ diagnosis: await getDiagnosis(app.ctx.database.db, request.actor!, request.params.id) }),
  );

  app.post(
    '/:id/diagnosis',
    {
      config: { permission: 'survey:write' },
      schema: {
        tags,
        summary: 'Generate the diagnosis report from the completed survey (replaces an unconfirmed one)',
        params: IdParams,
        body: IssueDiagnosisRequest,
        response: { 200: DiagnosisResponse },
      },
    },
    async (request) => ({ diagnosis: await issueDiagnosis(app.ctx, request.actor!, request.params.id, request.body) }),
  );

  app.post(
    '/:id/diagnosis/confirm',
    {
      config: { permission: 'diagnosis:confirm' },
      schema: {
        tags,
        summary:
          'The enterprise confirms the report it read (digest), online or with the signed B.1 scan; moves the participation to diagnosed',
        params: IdParams,
        body: ConfirmDiagnosisRequest,
        response: { 200: DiagnosisResponse },
      },
    },
    async (request) => ({
      diagnosis: await confirmDiagnosis(app.ctx, request.actor!, request.params.id, request.body),
    }),
  );

  app.get(
    '/:id/diagnosis/docx',
    {
      config: { permission: 'survey:read' },
      schema: { tags, summary: 'The diagnosis report with table B.1 as a Word document', params: IdParams },
    },
    async (request, reply) => {
      const { report, meta } = await diagnosisForDocument(app.ctx.database.db, request.actor!, request.params.id);
      const document = await diagnosisDocx(report, meta);
      await auditDataAccess(app.ctx, request.actor!, {
        action: 'diagnosis.download_docx',
        objectType: 'participation',
        objectId: request.params.id,
      });
      return reply
        .type(DOCX_TYPE)
        .header('content-disposition', docxAttachment(`认证提升企业质量诊断报告-${meta.enterpriseName}.docx`))
        .send(document);
    },
  );
}
