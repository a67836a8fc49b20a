/**
 * All SQL of experts: a body's experts with their profiles and loads, one expert in the actor's scope, the
 * assistance history, and the profile (written here only).
 */
import { and, asc, count, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { campaigns } from '../campaigns/campaigns.table.js';
import { expertProfiles } from './experts.table.js';
import { memberships, organizations, users } from '../../platform/auth/identity.table.js';
import { participationExperts, participations } from '../participations/participations.table.js';
import { regions } from '../../platform/db/regions.table.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { mayReadExpert } from './experts.policy.js';
import { maskPhone } from '../../../../domain/privacy/mask.js';
import { DEFAULT_CAPACITY, type RegistrationLevel } from '../../../../domain/experts/expert-profile.js';
import { isAvailable } from '../../../../domain/matching/assignment.js';

type ProfileRow = typeof expertProfiles.$inferSelect;

export function profileView(p: ProfileRow, homeRegionName: string | null) {
  return {
    registrationLevel: p.registrationLevel as RegistrationLevel,
    registrationNumber: p.registrationNumber,
    categories: p.categories,
    subCodes: p.subCodes,
    homeRegionCode: p.homeRegionCode,
    homeRegionName,
    capacity: p.capacity,
    capacityReason: p.capacityReason,
    unavailable: p.unavailable,
    conflicts: p.conflicts,
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
  if (!mayReadExpert(actor, expertUserId)) return null;
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

/**
 * How many unfinished enterprises each expert assists now, across campaigns (seed 000 §一: 1–2
 * each). Used by the assign guard, the matcher's input and the workload views.
 */
const FINISHED = ['closed', 'rejected', 'withdrawn'];

export async function expertLoads(
  executor: Executor,
  expertIds: ReadonlyArray<string>,
): Promise<Record<string, number>> {
  if (expertIds.length === 0) return {};
  const rows = await executor
    .select({ expertId: participationExperts.expertUserId, n: count() })
    .from(participationExperts)
    .innerJoin(participations, eq(participations.id, participationExperts.participationId))
    .where(
      and(
        inArray(participationExperts.expertUserId, [...expertIds]),
        isNull(participationExperts.toOn),
        notInArray(participations.stage, FINISHED),
      ),
    )
    .groupBy(participationExperts.expertUserId);
  return Object.fromEntries(rows.map((r) => [r.expertId, r.n]));
}

/** The expert's profile, locked for the change. */
export async function lockProfile(executor: Executor, userId: string): Promise<ProfileRow | undefined> {
  const [row] = await executor.select().from(expertProfiles).where(eq(expertProfiles.userId, userId)).for('update');
  return row;
}

/** Writes the profile: updates the one there is, else creates it. */
export async function writeProfile(
  executor: Executor,
  userId: string,
  values: Omit<typeof expertProfiles.$inferInsert, 'userId'>,
  exists: boolean,
): Promise<void> {
  if (exists) await executor.update(expertProfiles).set(values).where(eq(expertProfiles.userId, userId));
  else await executor.insert(expertProfiles).values({ userId, ...values });
}
