/** Applying (the public form) and recommending (a bureau) — 003 §6.2.2. */
import type {
  ApplicationBody,
  ApplicationCreated,
  PublicCampaign,
  RecommendBody,
} from '../../../../contracts/intake.js';
import type { ApplicationInput, Enroller } from '../../../../domain/intake/application.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import { actorRef } from '../auth/auth.service.js';
import { actorJurisdiction } from '../../platform/db/row-scope.js';
import {
  campaignHasBody,
  knownRegionCodes,
  organizationKind,
  selectOpenCampaign,
  selectOpenCampaigns,
  selectVisibleCampaign,
} from './intake.repository.js';
import { assertWithinJurisdiction } from './intake.policy.js';
import { assertNoProblems, checkApplication, registerApplication } from './register-application.js';

const todayOf = (ctx: AppContext) => ctx.clock.now().toISOString().slice(0, 10);

async function assertPreferredBody(ctx: AppContext, campaignId: string, bodyId: string | undefined): Promise<void> {
  if (!bodyId) return;
  if (!(await campaignHasBody(ctx.database.db, campaignId, bodyId)))
    throw new AppError('NOT_FOUND', { field: 'preferredBodyId' });
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
): Promise<ApplicationCreated> {
  assertNoProblems(checkApplication(input, campaign.regionCode, await knownRegionCodes(ctx.database.db)));
  assertWithinJurisdiction(meta.enroller, input.regionCode);
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
  input: RecommendBody,
): Promise<ApplicationCreated> {
  const campaign = await selectVisibleCampaign(ctx.database.db, actor, campaignId);
  assertFound(campaign, 'campaign');
  if (
    input.recommendedByOrganizationId &&
    (await organizationKind(ctx.database.db, input.recommendedByOrganizationId)) !== 'association'
  ) {
    throw new AppError('NOT_FOUND', { field: 'recommendedByOrganizationId' });
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
export async function listOpenCampaigns(ctx: AppContext): Promise<PublicCampaign[]> {
  return selectOpenCampaigns(ctx.database.db, todayOf(ctx));
}

/**
 * The public registration form: an enterprise applies itself (origin self). Anyone may use it, so
 * an enterprise on record enters only a campaign whose region holds its recorded region — unless
 * the caller is that enterprise's own signed-in contact (`ownContact`, session and CSRF checked).
 */
export async function applyPublicly(
  ctx: AppContext,
  campaignId: string,
  input: ApplicationBody,
  ownContact: Actor | null = null,
): Promise<ApplicationCreated> {
  const campaign = await selectOpenCampaign(ctx.database.db, campaignId, todayOf(ctx));
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
