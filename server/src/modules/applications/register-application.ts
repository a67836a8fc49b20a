/**
 * Registers one application in a campaign (003 §6.2.2): the enterprise is found or created by its
 * credit code, and a participation starts at `applied` with the application as declared, its size
 * class by the 2017 rule, a timeline event and an audit entry. Used by the public form, a bureau's
 * recommendation and the roster import; the caller owns the transaction.
 */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { enterprises, organizations, participations, regions, stageEvents } from '../../platform/db/schema.js';
import { appendAudit, type AuditActor } from '../../platform/audit/trail.js';
import { AppError } from '../../platform/http/app-error.js';
import { applicationSizeClass, validateApplication, type ApplicationInput, type ApplicationProblem } from '../../../../domain/intake/application.js';
import { normalizeUsccInput } from '../../../../domain/uscc/uscc.js';

export interface RegisterContext {
  campaign: { id: string; regionCode: string };
  origin: 'self' | 'bureau' | 'association';
  recommendedByOrganizationId?: string | null;
  actor: AuditActor | null;
  now: Date;
}

export type RegisterOutcome = { created: true; participationId: string; enterpriseId: string } | { created: false; participationId: string; enterpriseId: string };

/** All region codes known to the platform, for validating many rows at once. */
export async function knownRegionCodes(executor: Executor): Promise<Set<string>> {
  const rows = await executor.select({ code: regions.code }).from(regions);
  return new Set(rows.map((r) => r.code));
}

export function checkApplication(input: ApplicationInput, campaignRegionCode: string, regionCodes: Set<string>): ApplicationProblem[] {
  return validateApplication(input, { campaignRegionCode, regionExists: (code) => regionCodes.has(code) });
}

/**
 * Writes one already-validated application. When the enterprise is already in the campaign,
 * nothing changes and `created` is false (roster re-imports are idempotent; the public form
 * turns this into DUPLICATE_APPLICATION).
 */
export async function registerApplication(tx: Executor, ctx: RegisterContext, input: ApplicationInput): Promise<RegisterOutcome> {
  const uscc = normalizeUsccInput(input.uscc);
  let [enterprise] = await tx.select({ id: enterprises.organizationId }).from(enterprises).where(eq(enterprises.uscc, uscc));
  if (!enterprise) {
    const [org] = await tx.insert(organizations).values({ kind: 'enterprise', name: input.name.trim(), regionCode: input.regionCode }).returning({ id: organizations.id });
    await tx.insert(enterprises).values({
      organizationId: org!.id, uscc, industryCode: input.industryCode, address: input.address ?? null, legalRepresentative: input.legalRepresentative ?? null,
      contactName: input.contactName, contactPhone: input.contactPhone, employees: input.employees ?? null,
      revenueWan: input.revenueWan === undefined ? null : String(input.revenueWan), assetsWan: input.assetsWan === undefined ? null : String(input.assetsWan),
      sizeIndustry: input.sizeIndustry ?? null,
    });
    enterprise = { id: org!.id };
  }
  const [existing] = await tx.select({ id: participations.id }).from(participations)
    .where(and(eq(participations.campaignId, ctx.campaign.id), eq(participations.enterpriseId, enterprise.id)));
  if (existing) return { created: false, participationId: existing.id, enterpriseId: enterprise.id };

  const { preferredBodyId, ...declared } = input;
  const [row] = await tx.insert(participations).values({
    campaignId: ctx.campaign.id, enterpriseId: enterprise.id, stage: 'applied', origin: ctx.origin, regionCode: input.regionCode,
    industryCode: input.industryCode, application: { ...declared, uscc }, sizeClass: applicationSizeClass(input),
    recommendedByOrganizationId: ctx.recommendedByOrganizationId ?? null, preferredBodyId: preferredBodyId ?? null,
    createdAt: ctx.now, updatedAt: ctx.now,
  }).returning({ id: participations.id });
  await tx.insert(stageEvents).values({
    participationId: row!.id, command: 'apply', fromStage: null, toStage: 'applied', actorUserId: ctx.actor?.userId ?? null,
    actorRole: ctx.actor?.role ?? null, actorOrganizationId: ctx.actor?.organizationId ?? null, reason: null, payload: { origin: ctx.origin }, occurredAt: ctx.now,
  });
  await appendAudit(tx, ctx.now, {
    actor: ctx.actor, action: 'participation.apply', objectType: 'participation', objectId: row!.id, outcome: 'success',
    after: { uscc, campaignId: ctx.campaign.id, origin: ctx.origin },
  });
  return { created: true, participationId: row!.id, enterpriseId: enterprise.id };
}

/** Throws the first problem as an AppError (single submissions; rosters report them all instead). */
export function assertNoProblems(problems: ApplicationProblem[]): void {
  const first = problems[0];
  if (first) throw new AppError(first.code, { field: first.field, detail: first.detail });
}
