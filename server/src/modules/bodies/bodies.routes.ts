/**
 * The registry of certification bodies (003 §6.2.1): name, CNCA approval number, contacts,
 * regions served and the 39 categories they serve. Bureaus register bodies and choose from them
 * (campaigns.write: select against 003 §5.2); a bureau registers only bodies located in its own
 * jurisdiction; bodies read the registry.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { insertBody, listBodies } from './bodies.repository.js';
import { appendAudit } from '../../platform/audit/trail.js';
import { AppError } from '../../platform/http/app-error.js';
import { actorRef } from '../auth/auth.service.js';
import { maskPhone } from '../../../../domain/privacy/mask.js';
import { isIndustryCategoryCode } from '../../../../domain/industries/categories.js';
import { assertRegionsForNewRecord } from '../reference/region-validity.js';
import { actorJurisdictionHolds } from '../../platform/db/row-scope.js';

const Body = z.object({
  id: z.string().uuid(),
  name: z.string(),
  approvalNumber: z.string().describe('CNCA 批准号'),
  regionCode: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable().describe('masked'),
  regionsServed: z.array(z.string()),
  industryCodes: z.array(z.string()),
});

const CreateBody = z.strictObject({
  name: z.string().trim().min(4).max(100),
  approvalNumber: z
    .string()
    .trim()
    .regex(/^CNCA-R-\d{4}-\d{3,4}$/, 'CNCA-R-YYYY-NNN'),
  regionCode: z.string().regex(/^\d{6}$/),
  contactName: z.string().trim().max(50).optional(),
  contactPhone: z.string().trim().max(20).optional(),
  regionsServed: z
    .array(z.string().regex(/^\d{6}$/))
    .max(50)
    .default([]),
  industryCodes: z
    .array(z.string().regex(/^\d{2}$/))
    .max(39)
    .default([]),
});

export async function bodyRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['certification-bodies'];

  app.get(
    '/',
    {
      config: { permission: 'body:read' },
      schema: {
        tags,
        summary: 'The certification bodies registry',
        response: { 200: z.object({ items: z.array(Body) }) },
      },
    },
    async () => {
      const rows = await listBodies(app.ctx.database.db);
      return {
        items: rows.map(({ b, ...r }) => ({
          ...r,
          approvalNumber: b.approvalNumber,
          contactName: b.contactName,
          contactPhone: maskPhone(b.contactPhone),
          regionsServed: b.regionsServed,
          industryCodes: b.industryCodes,
        })),
      };
    },
  );

  app.post(
    '/',
    {
      config: { permission: 'body:write' },
      schema: {
        tags,
        summary: 'Register a certification body',
        body: CreateBody,
        response: { 201: z.object({ id: z.string().uuid() }) },
      },
    },
    async (request, reply) => {
      const input = request.body;
      // ADR 0004: a bureau registers bodies of its own jurisdiction (the national bureau: anywhere)
      if (!actorJurisdictionHolds(request.actor!, input.regionCode)) {
        throw new AppError('BODY_REGION_OUTSIDE_JURISDICTION', { field: 'regionCode', detail: input.regionCode });
      }
      const unknown = input.industryCodes.find((c) => !isIndustryCategoryCode(c));
      if (unknown) throw new AppError('INDUSTRY_UNKNOWN', { field: 'industryCodes', detail: unknown });
      const now = app.ctx.clock.now();
      const id = await app.ctx.database.db.transaction(async (tx) => {
        await assertRegionsForNewRecord(tx, [input.regionCode], 'regionCode');
        await assertRegionsForNewRecord(tx, input.regionsServed, 'regionsServed');
        const organizationId = await insertBody(tx, {
          name: input.name,
          regionCode: input.regionCode,
          approvalNumber: input.approvalNumber,
          contactName: input.contactName ?? null,
          contactPhone: input.contactPhone ?? null,
          regionsServed: input.regionsServed,
          industryCodes: input.industryCodes,
        });
        await appendAudit(tx, now, {
          actor: actorRef(request.actor!),
          action: 'body.register',
          objectType: 'organization',
          objectId: organizationId,
          outcome: 'success',
          after: input,
        });
        return organizationId;
      });
      return reply.status(201).send({ id });
    },
  );
}
