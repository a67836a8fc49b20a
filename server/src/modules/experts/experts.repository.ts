/** Expert queries: a body's experts with their profiles, and one expert in the actor's scope. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { campaigns } from '../campaigns/campaigns.table.js';
import { expertProfiles } from './experts.table.js';
import { memberships, organizations, users } from '../../platform/auth/identity.table.js';
import { participationExperts, participations } from '../participations/participations.table.js';
import { regions } from '../../platform/db/regions.table.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { maskPhone } from '../../../../domain/privacy/mask.js';
import { DEFAULT_CAPACITY } from '../../../../domain/experts/expert-profile.js';
import { isAvailable } from '../../../../domain/matching/assignment.js';
import { expertLoads } from './expert-load.js';

type ProfileRow = typeof expertProfiles.$inferSelect;

export function profileView(p: ProfileRow, homeRegionName: string | null) {
  return {
    registrationLevel: p.registrationLevel as 'auditor',
    registrationNumber: p.registrationNumber,
    categories: p.categories,
    subCodes: p.subCodes,
    homeRegionCode: p.homeRegionCode,
    homeRegionName,
    capacity: p.capacity,
    capacityReason: p.capacityReason,
    unavailable: p.unavailable,
    conflicts: p.conflicts as Array<{
      kind: 'other';
      enterpriseUscc: string;
      enterpriseName: string;
      until?: string | null;
      note?: string | null;
    }>,
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** The assistance experts of one body with profile and load. */
export async function expertsOfBody(
  executor: Executor,
  bodyId: string,
  today: string,
  onlyUserIds?: ReadonlyArray<string>,
) {
  const rows = await executor
    .select({
      userId: users.id,
      displayName: users.displayName,
      phone: users.phone,
      profile: expertProfiles,
      homeRegionName: regions.name,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(expertProfiles, eq(expertProfiles.userId, users.id))
    .leftJoin(regions, eq(regions.code, expertProfiles.homeRegionCode))
    .where(
      and(
        eq(memberships.organizationId, bodyId),
        eq(memberships.role, 'assistance_expert'),
        onlyUserIds
          ? inArray(users.id, onlyUserIds.length ? [...onlyUserIds] : ['00000000-0000-0000-0000-000000000000'])
          : undefined,
      ),
    )
    .orderBy(asc(users.displayName));
  const loads = await expertLoads(
    executor,
    rows.map((r) => r.userId),
  );
  return rows.map((r) => ({
    userId: r.userId,
    displayName: r.displayName,
    phone: maskPhone(r.phone),
    profile: r.profile ? profileView(r.profile, r.homeRegionName) : null,
    rawProfile: r.profile,
    load: loads[r.userId] ?? 0,
    capacity: r.profile?.capacity ?? DEFAULT_CAPACITY,
    availableToday: isAvailable({ unavailable: r.profile?.unavailable }, today),
  }));
}

/** The body's managers (cb_admin, cb_manager): who may lead or coordinate a working group. */
export async function managersOfBody(executor: Executor, bodyId: string) {
  return executor
    .selectDistinctOn([users.id], { userId: users.id, displayName: users.displayName, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, bodyId), inArray(memberships.role, ['cb_admin', 'cb_manager'])))
    .orderBy(users.id);
}

/**
 * The expert's body if the actor may see this expert: a body's managers see their own experts,
 * an expert only themselves. Anyone else, or anything else: null (404).
 */
export async function expertBodyInScope(
  executor: Executor,
  actor: Actor,
  expertUserId: string,
): Promise<{ id: string; name: string } | null> {
  if (actor.role === 'assistance_expert' && actor.userId !== expertUserId) return null;
  const bodyId = actor.organizationId;
  const [row] = await executor
    .select({ id: organizations.id, name: organizations.name })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(
      and(
        eq(memberships.userId, expertUserId),
        eq(memberships.role, 'assistance_expert'),
        eq(memberships.organizationId, bodyId),
      ),
    );
  return row ?? null;
}

export async function assignmentsOfExpert(executor: Executor, expertUserId: string) {
  const rows = await executor
    .select({
      participationId: participations.id,
      enterpriseName: organizations.name,
      campaignName: campaigns.name,
      stage: participations.stage,
      fromOn: participationExperts.fromOn,
      toOn: participationExperts.toOn,
    })
    .from(participationExperts)
    .innerJoin(participations, eq(participations.id, participationExperts.participationId))
    .innerJoin(organizations, eq(organizations.id, participations.enterpriseId))
    .innerJoin(campaigns, eq(campaigns.id, participations.campaignId))
    .where(eq(participationExperts.expertUserId, expertUserId))
    .orderBy(sql`${participationExperts.toOn} is not null`, asc(participationExperts.fromOn));
  return rows;
}
