/** Applying (the public form) and recommending (a bureau) — 003 §6.2.2. */
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/http/context.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { campaigns, campaignBodies } from '../campaigns/campaigns.table.js';
import { organizations } from '../../platform/auth/identity.table.js';
import { regions } from '../../platform/db/regions.table.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { actorRef } from '../auth/auth.service.js';
import { campaignVisibility } from '../campaigns/campaigns.repository.js';
import { assertNoProblems, checkApplication, knownRegionCodes, registerApplication } from './register-application.js';
import { jurisdictionHolds } from '../../../../domain/access/jurisdiction.js';
import { actorJurisdiction } from '../../platform/db/row-scope.js';
import type { ApplicationInput, Enroller } from '../../../../domain/intake/application.js';

async function assertPreferredBody(ctx: AppContext, campaignId: string, bodyId: string | undefined): Promise<void> {
  if (!bodyId) return;
  const [row] = await ctx.database.db
    .select({ id: campaignBodies.organizationId })
    .from(campaignBodies)
    .where(and(eq(campaignBodies.campaignId, campaignId), eq(campaignBodies.organizationId, bodyId)));
  if (!row) throw new AppError('NOT_FOUND', { field: 'preferredBodyId' });
}

async function register(
  ctx: AppContext,
  campaign: { id: string; regionCode: string },
  input: ApplicationInput,
  meta: {
    origin: 'self' | 'bureau' | 'association';
    recommendedBy?: string | null;
    actor: Actor | null;
    enroller: Enroller;
  },
) {
  assertNoProblems(checkApplication(input, campaign.regionCode, await knownRegionCodes(ctx.database.db)));
  // a bureau recommends only within its own jurisdiction (a county inside a city's campaign, say)
  if (meta.enroller.kind === 'bureau' && !jurisdictionHolds(meta.enroller.jurisdictionRegionCode, input.regionCode)) {
    throw new AppError('REGION_OUTSIDE_JURISDICTION', { field: 'regionCode', detail: input.regionCode });
  }
  await assertPreferredBody(ctx, campaign.id, input.preferredBodyId);
  const outcome = await ctx.database.db.transaction((tx) =>
    registerApplication(
      tx,
      {
        campaign,
        origin: meta.origin,
        enroller: meta.enroller,
        recommendedByOrganizationId: meta.recommendedBy,
        actor: meta.actor ? actorRef(meta.actor) : null,
        now: ctx.clock.now(),
      },
      input,
    ),
  );
  if (!outcome.created) throw new AppError('DUPLICATE_APPLICATION', { field: 'uscc', detail: input.uscc });
  return { participationId: outcome.participationId, enterpriseId: outcome.enterpriseId };
}

/** A bureau recommends an enterprise of its own jurisdiction into a campaign it can see. */
export async function recommendEnterprise(
  ctx: AppContext,
  actor: Actor,
  campaignId: string,
  input: ApplicationInput & { origin: 'bureau' | 'association'; recommendedByOrganizationId?: string },
) {
  const [campaign] = await ctx.database.db
    .select({ id: campaigns.id, regionCode: campaigns.regionCode })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), campaignVisibility(actor)));
  assertFound(campaign, 'campaign');
  if (input.recommendedByOrganizationId) {
    const [org] = await ctx.database.db
      .select({ kind: organizations.kind })
      .from(organizations)
      .where(eq(organizations.id, input.recommendedByOrganizationId));
    if (org?.kind !== 'association') throw new AppError('NOT_FOUND', { field: 'recommendedByOrganizationId' });
  }
  const { origin, recommendedByOrganizationId, ...application } = input;
  return register(ctx, campaign, application, {
    origin,
    recommendedBy: recommendedByOrganizationId ?? null,
    actor,
    enroller: { kind: 'bureau', jurisdictionRegionCode: actorJurisdiction(actor) },
  });
}

/** Campaigns open for applications: the assistance phase has not ended. */
function openCampaigns(ctx: AppContext) {
  const today = ctx.clock.now().toISOString().slice(0, 10);
  return sql`exists (select 1 from campaign_phases ph where ph.campaign_id = ${campaigns.id} and ph.kind = 'assistance' and coalesce(ph.ends_on, ph.starts_on) >= ${today})`;
}

export async function listOpenCampaigns(ctx: AppContext) {
  return ctx.database.db
    .select({
      id: campaigns.id,
      year: campaigns.year,
      name: campaigns.name,
      regionCode: campaigns.regionCode,
      regionName: regions.name,
    })
    .from(campaigns)
    .innerJoin(regions, eq(regions.code, campaigns.regionCode))
    .where(openCampaigns(ctx))
    .orderBy(campaigns.regionCode);
}

/**
 * The public registration form: an enterprise applies itself (origin self). Anyone may use it, so
 * an enterprise on record enters only a campaign whose region holds its recorded region — unless
 * the caller is that enterprise's own signed-in contact (`ownContact`, session and CSRF checked).
 */
export async function applyPublicly(
  ctx: AppContext,
  campaignId: string,
  input: ApplicationInput,
  ownContact: Actor | null = null,
) {
  const [campaign] = await ctx.database.db
    .select({ id: campaigns.id, regionCode: campaigns.regionCode })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), openCampaigns(ctx)));
  assertFound(campaign, 'campaign');
  const enroller: Enroller =
    ownContact?.role === 'enterprise_contact'
      ? { kind: 'own_enterprise', organizationId: ownContact.organizationId }
      : { kind: 'public' };
  return register(ctx, campaign, input, {
    origin: 'self',
    actor: enroller.kind === 'own_enterprise' ? ownContact : null,
    enroller,
  });
}
