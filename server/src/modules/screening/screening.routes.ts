import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../../../contracts/shared.js';
import {
  CorrectFiguresRequest,
  RecordScreeningRequest,
  ScreeningResponse,
  WaitlistRequest,
} from './screening.schemas.js';
import { correctApplicationFigures, getScreening, recordScreening, setWaitlisted } from './screening.service.js';

export async function screeningRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['screening'];

  app.get(
    '/:id/screening',
    {
      config: { permission: 'screening:read' },
      schema: {
        tags,
        summary: 'The eligibility screening: each item with evidence, and the outcome',
        params: IdParams,
        response: { 200: ScreeningResponse },
      },
    },
    async (request) => getScreening(app.ctx, request.actor!, request.params.id),
  );

  app.post(
    '/:id/screening',
    {
      config: { permission: 'screening:write' },
      schema: {
        tags,
        summary: 'Record screening items (who, when, source, result, evidence)',
        params: IdParams,
        body: RecordScreeningRequest,
        response: { 200: ScreeningResponse },
      },
    },
    async (request) => recordScreening(app.ctx, request.actor!, request.params.id, request.body),
  );

  app.post(
    '/:id/screening/figures',
    {
      config: { permission: 'screening:write' },
      schema: {
        tags,
        summary:
          "Correct the application's size figures (size row, employees, revenue, assets) with a reason; the size is derived again",
        params: IdParams,
        body: CorrectFiguresRequest,
        response: { 200: ScreeningResponse },
      },
    },
    async (request) => correctApplicationFigures(app.ctx, request.actor!, request.params.id, request.body),
  );

  app.post(
    '/:id/waitlist',
    {
      config: { permission: 'screening:write' },
      schema: {
        tags,
        summary: 'Put a screened enterprise on (or off) the waiting list',
        params: IdParams,
        body: WaitlistRequest,
        response: { 200: ScreeningResponse },
      },
    },
    async (request) => setWaitlisted(app.ctx, request.actor!, request.params.id, request.body),
  );
}
