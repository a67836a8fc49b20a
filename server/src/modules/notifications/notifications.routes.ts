import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, count, desc, eq, isNull, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/session-store.js';
import { notifications } from './notifications.table.js';
import { IdParams } from '../../../../contracts/shared.js';
import { assertFound } from '../../platform/http/app-error.js';

const Notification = z.object({
  id: z.string().uuid(),
  kind: z
    .string()
    .describe(
      'participation.select | participation.reject | participation.assign | participation.assigned_to_you | participation.expert_changed | participation.waitlist …',
    ),
  campaignId: z.string().uuid().nullable(),
  participationId: z.string().uuid().nullable(),
  params: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  read: z.boolean(),
});

/** Notifications addressed to the caller's organization. */
/**
 * Which notifications an actor sees: those of their organization addressed to them, and the
 * organization-wide ones, except that an expert sees only their own (the body's hand-overs are
 * for its managers).
 */
function addressedTo(actor: Actor): SQL {
  const own = eq(notifications.userId, actor.userId);
  const orgWide = actor.role === 'assistance_expert' ? undefined : isNull(notifications.userId);
  return and(eq(notifications.organizationId, actor.organizationId), orgWide ? or(own, orgWide) : own)!;
}

export async function notificationRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];

  app.get(
    '/',
    {
      config: { permission: 'notification:read' },
      schema: {
        tags,
        summary: "The organization's notifications, newest first",
        querystring: z.strictObject({ unread: z.enum(['1', '0']).optional() }),
        response: { 200: z.object({ items: z.array(Notification), unread: z.number().int() }) },
      },
    },
    async (request) => {
      const { db } = app.ctx.database;
      const mine = addressedTo(request.actor!);
      const where = request.query.unread === '1' ? and(mine, isNull(notifications.readAt)) : mine;
      const [rows, [unread]] = await Promise.all([
        db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt)).limit(100),
        db
          .select({ n: count() })
          .from(notifications)
          .where(and(mine, isNull(notifications.readAt))),
      ]);
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          campaignId: r.campaignId,
          participationId: r.participationId,
          params: r.params,
          createdAt: r.createdAt.toISOString(),
          read: r.readAt !== null,
        })),
        unread: unread?.n ?? 0,
      };
    },
  );

  app.post(
    '/:id/read',
    {
      config: { permission: 'notification:read' },
      schema: { tags, summary: 'Mark a notification read', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const { db } = app.ctx.database;
      const [row] = await db
        .update(notifications)
        .set({ readAt: app.ctx.clock.now() })
        .where(and(eq(notifications.id, request.params.id), addressedTo(request.actor!)))
        .returning({ id: notifications.id });
      assertFound(row, 'notification');
      return reply.status(204).send(null);
    },
  );
}
