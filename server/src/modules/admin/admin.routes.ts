import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSignInFailures, findAccount, readAccounts } from './admin.repository.js';
import { appendAudit } from '../../platform/audit/trail.js';
import { assertFound } from '../../platform/http/app-error.js';
import { actorRef } from '../auth/auth.service.js';
import { maskPhone } from '../../../../domain/privacy/mask.js';
import { IdParams } from '../../../../contracts/shared.js';

const UserRow = z.object({
  id: z.string().uuid(),
  username: z.string(),
  displayName: z.string(),
  phone: z.string().nullable().describe('masked'),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  memberships: z.array(z.object({ role: z.string(), organizationName: z.string() })),
});

/** Account administration: the system admin lists accounts, the security admin unlocks them. */
export async function adminRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['admin'];

  app.get(
    '/users',
    {
      config: { permission: 'user:read' },
      schema: {
        tags,
        summary: 'Accounts with their memberships and lock state',
        response: { 200: z.object({ items: z.array(UserRow) }) },
      },
    },
    async () => {
      const { db } = app.ctx.database;
      const now = app.ctx.clock.now();
      const { accounts: rows, accountMemberships: ms, locks } = await readAccounts(db);
      const lockByName = new Map(
        locks
          .filter((l) => l.lockedUntil && l.lockedUntil > now)
          .map((l) => [l.usernameKey, l.lockedUntil!.toISOString()]),
      );
      return {
        items: rows.map((u) => ({
          id: u.id,
          username: u.username,
          displayName: u.displayName,
          phone: maskPhone(u.phone),
          disabled: u.disabled,
          lockedUntil: lockByName.get(u.username) ?? null,
          memberships: ms
            .filter((m) => m.userId === u.id)
            .map(({ role, organizationName }) => ({ role, organizationName })),
        })),
      };
    },
  );

  app.post(
    '/users/:id/unlock',
    {
      config: { permission: 'account:unlock' },
      schema: { tags, summary: 'Lift a sign-in lockout (audited, R04)', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const { db } = app.ctx.database;
      const user = await findAccount(db, request.params.id);
      assertFound(user, 'user');
      await db.transaction(async (tx) => {
        await clearSignInFailures(tx, user.username);
        await appendAudit(tx, app.ctx.clock.now(), {
          actor: actorRef(request.actor!),
          action: 'admin.unlock',
          objectType: 'user',
          objectId: user.id,
          outcome: 'success',
        });
      });
      return reply.status(204).send(null);
    },
  );
}
