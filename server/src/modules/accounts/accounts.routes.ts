/** Accounts over HTTP (ADR 0034): each route is its contract (contracts/accounts.ts) and a service call. */
import type { FastifyInstance } from 'fastify';
import { accounts } from '../../../../contracts/accounts.js';
import { route } from '../../platform/http/route.js';
import {
  abilitiesOf,
  activate,
  createAccount,
  createOrganization,
  disableAccount,
  enableAccount,
  endSessions,
  enterpriseAccount,
  getAccount,
  inspectInvitation,
  inviteEnterprise,
  listAccounts,
  listOrganizations,
  moveAccount,
  reinvite,
  resetPassword,
  updateAccount,
} from './accounts.service.js';
import { accountImportRoutes } from './account-import.routes.js';

export async function accountRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;
  /** The public link endpoints are throttled per client address like sign-in (R05). */
  const throttled = { config: { rateLimit: { max: ctx.authRateLimitPerMinute, timeWindow: '1 minute' } } };

  route(app, accounts.abilities, async (request) => abilitiesOf(request.actor!));
  route(app, accounts.list, async (request) => listAccounts(ctx, request.actor!, request.query));
  route(app, accounts.get, async (request) => getAccount(ctx, request.actor!, request.params.id));
  route(app, accounts.create, async (request) => createAccount(ctx, request.actor!, request.body));
  route(app, accounts.update, async (request) => updateAccount(ctx, request.actor!, request.params.id, request.body));
  route(app, accounts.invite, async (request) => reinvite(ctx, request.actor!, request.params.id));
  route(app, accounts.disable, async (request) => {
    await disableAccount(ctx, request.actor!, request.params.id, request.body?.reason);
  });
  route(app, accounts.enable, async (request) => {
    await enableAccount(ctx, request.actor!, request.params.id);
  });
  route(app, accounts.move, async (request) => moveAccount(ctx, request.actor!, request.params.id, request.body));
  route(app, accounts.resetPassword, async (request) =>
    resetPassword(ctx, request.actor!, request.params.id, request.body.mode),
  );
  route(app, accounts.endSessions, async (request) => endSessions(ctx, request.actor!, request.params.id));
  route(app, accounts.organizations, async (request) => listOrganizations(ctx, request.actor!, request.query));
  route(app, accounts.createOrganization, async (request) => createOrganization(ctx, request.actor!, request.body));
  route(app, accounts.inspectInvitation, async (request) => inspectInvitation(ctx, request.body.token), throttled);
  route(app, accounts.activate, async (request) => activate(ctx, request.body), throttled);
  route(app, accounts.enterpriseAccount, async (request) => enterpriseAccount(ctx, request.actor!, request.params.id));
  route(app, accounts.inviteEnterprise, async (request) => inviteEnterprise(ctx, request.actor!, request.params.id));
  await accountImportRoutes(app);
}
