import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readAuditEntries } from './audit.repository.js';
import { verifyChain } from '../../platform/audit/trail.js';
import { auditDataAccess } from '../../platform/audit/data-access.js';

const AuditEntry = z.object({
  seq: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  outcome: z.string(),
  hash: z.string(),
});

const Verification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).optional(),
  missing: z
    .object({ fromSeq: z.number().int(), toSeq: z.number().int() })
    .optional()
    .describe('entries anchored outside the database but no longer in the table'),
  legacyEntries: z.number().int().optional(),
  anchorsChecked: z.number().int().optional(),
});

/** The audit administrator reads the trail and verifies its chain; nothing else (三员). */
export async function auditRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];

  app.get(
    '/entries',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags,
        summary: 'Audit trail entries, newest first',
        querystring: z.strictObject({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
          action: z.string().max(64).optional(),
          objectId: z.string().max(64).optional(),
        }),
        response: { 200: z.object({ items: z.array(AuditEntry), total: z.number().int() }) },
      },
    },
    async (request) => {
      const { db } = app.ctx.database;
      const { page, pageSize, action, objectId } = request.query;
      const { rows, total } = await readAuditEntries(db, { page, pageSize, action, objectId });
      // R19: reading the trail is itself audited (after the read, so the page shows the trail as it was)
      await auditDataAccess(app.ctx, request.actor!, {
        action: 'audit.read_entries',
        objectType: 'audit_trail',
        objectId: 'entries',
        detail: { page, pageSize, action: action ?? null, objectId: objectId ?? null, returned: rows.length },
      });
      return { items: rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() })), total };
    },
  );

  app.get(
    '/verify',
    {
      config: { permission: 'audit:read' },
      schema: { tags, summary: 'Check the hash chain; names the first broken entry', response: { 200: Verification } },
    },
    async (request) => {
      const result = await verifyChain(app.ctx.database.db, { anchors: await app.ctx.auditAnchors.readAll() });
      // after verifying: an entry written first would take the seq a truncated tail left free
      await auditDataAccess(app.ctx, request.actor!, {
        action: 'audit.verify',
        objectType: 'audit_trail',
        objectId: 'chain',
        detail: { ok: result.ok, checked: result.checked, firstBroken: result.firstBroken ?? null },
      });
      return result;
    },
  );
}
