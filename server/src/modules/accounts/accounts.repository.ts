/**
 * All SQL of the accounts capability, the single writer of organizations, users and memberships (ADR 0034), and of
 * its invitations and bulk uploads.
 */
import { and, asc, eq, gt, inArray, isNull, like, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { memberships, organizations, users } from '../../platform/auth/identity.table.js';
import { regions } from '../../platform/db/regions.table.js';
import { accountImports, invitations } from './accounts.table.js';

export type UserRow = typeof users.$inferSelect;
export type OrganizationRow = typeof organizations.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;

// ---- organizations ----

export async function insertOrganizations(
  tx: Executor,
  rows: ReadonlyArray<{ id?: string; kind: string; name: string; regionCode: string | null }>,
): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await tx
    .insert(organizations)
    .values([...rows])
    .returning({ id: organizations.id });
  return inserted.map((r) => r.id);
}

export async function organizationById(db: Executor, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function organizationNamed(db: Executor, kind: string, name: string) {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.kind, kind), eq(organizations.name, name)));
  return row;
}

/** Organizations with a region in the prefix's subtree ('' for all), or the given ids; with region names. */
export function organizationsWithin(db: Executor, input: { regionPrefix: string | null; alsoIds: string[] }) {
  const conditions = [];
  if (input.regionPrefix !== null) conditions.push(like(organizations.regionCode, `${input.regionPrefix}%`));
  if (input.alsoIds.length > 0) conditions.push(inArray(organizations.id, input.alsoIds));
  return db
    .select({
      id: organizations.id,
      kind: organizations.kind,
      name: organizations.name,
      regionCode: organizations.regionCode,
      regionName: regions.name,
    })
    .from(organizations)
    .leftJoin(regions, eq(regions.code, organizations.regionCode))
    .where(conditions.length > 0 ? or(...conditions) : sql`false`)
    .orderBy(asc(organizations.regionCode), asc(organizations.name));
}

export function allOrganizations(db: Executor) {
  return db
    .select({
      id: organizations.id,
      kind: organizations.kind,
      name: organizations.name,
      regionCode: organizations.regionCode,
      regionName: regions.name,
    })
    .from(organizations)
    .leftJoin(regions, eq(regions.code, organizations.regionCode))
    .orderBy(asc(organizations.regionCode), asc(organizations.name));
}

/** The roles held now (not ended, account not disabled) in each organization. */
export async function occupiedRolesOf(db: Executor, organizationIds: string[]): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>();
  if (organizationIds.length === 0) return result;
  const rows = await db
    .select({ organizationId: memberships.organizationId, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(inArray(memberships.organizationId, organizationIds), isNull(memberships.endedAt), eq(users.disabled, false)),
    );
  for (const r of rows) {
    const set = result.get(r.organizationId) ?? new Set<string>();
    set.add(r.role);
    result.set(r.organizationId, set);
  }
  return result;
}

export async function activeMemberCounts(db: Executor): Promise<Map<string, number>> {
  const rows = await db
    .select({ organizationId: memberships.organizationId, n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(isNull(memberships.endedAt))
    .groupBy(memberships.organizationId);
  return new Map(rows.map((r) => [r.organizationId, Number(r.n)]));
}

// ---- users ----

export async function insertUser(
  tx: Executor,
  input: {
    username: string;
    displayName: string;
    phone: string | null;
    email: string | null;
    passwordHash: string;
    mustChangePassword: boolean;
    pendingActivation: boolean;
  },
): Promise<string> {
  const [row] = await tx.insert(users).values(input).returning({ id: users.id });
  return row!.id;
}

export async function userById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** The field another account already uses: username, mobile or email (in that order), or null. */
export async function takenField(
  db: Executor,
  input: { username?: string | null; phone?: string | null; email?: string | null },
  exceptUserId?: string,
): Promise<'username' | 'mobile' | 'email' | null> {
  const checks: Array<['username' | 'mobile' | 'email', ReturnType<typeof eq>]> = [];
  if (input.username) checks.push(['username', eq(users.username, input.username)]);
  if (input.phone) checks.push(['mobile', eq(users.phone, input.phone)]);
  if (input.email) checks.push(['email', eq(users.email, input.email)]);
  for (const [field, condition] of checks) {
    const rows = await db.select({ id: users.id }).from(users).where(condition);
    if (rows.some((r) => r.id !== exceptUserId)) return field;
  }
  return null;
}

export async function updateUser(
  tx: Executor,
  id: string,
  patch: Partial<
    Pick<
      UserRow,
      | 'displayName'
      | 'phone'
      | 'email'
      | 'disabled'
      | 'passwordHash'
      | 'passwordChangedAt'
      | 'mustChangePassword'
      | 'pendingActivation'
    >
  >,
): Promise<void> {
  await tx.update(users).set(patch).where(eq(users.id, id));
}

// ---- memberships ----

export async function insertMembership(
  tx: Executor,
  input: { userId: string; organizationId: string; role: string },
): Promise<string> {
  const [row] = await tx.insert(memberships).values(input).returning({ id: memberships.id });
  return row!.id;
}

export async function endMembership(tx: Executor, id: string, at: Date): Promise<void> {
  await tx.update(memberships).set({ endedAt: at }).where(eq(memberships.id, id));
}

/** Current roles of a user (ended memberships do not count). */
export async function currentRolesOf(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), isNull(memberships.endedAt)));
  return rows.map((r) => r.role);
}

export async function organizationKindOf(db: Executor, organizationId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ kind: organizations.kind })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row?.kind;
}

/** Memberships with their organization and region, for the given users (all of them when `userIds` is null). */
export function membershipRows(db: Executor, input: { userIds: string[] | null; currentOnly: boolean }) {
  const conditions = [];
  if (input.userIds)
    conditions.push(
      inArray(memberships.userId, input.userIds.length ? input.userIds : ['00000000-0000-0000-0000-000000000000']),
    );
  if (input.currentOnly) conditions.push(isNull(memberships.endedAt));
  return db
    .select({
      id: memberships.id,
      userId: memberships.userId,
      role: memberships.role,
      organizationId: organizations.id,
      organizationName: organizations.name,
      organizationKind: organizations.kind,
      regionCode: organizations.regionCode,
      regionName: regions.name,
      startedAt: memberships.createdAt,
      endedAt: memberships.endedAt,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(regions, eq(regions.code, organizations.regionCode))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(memberships.createdAt), asc(memberships.id));
}

export function usersByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([] as UserRow[]);
  return db.select().from(users).where(inArray(users.id, ids)).orderBy(asc(users.username));
}

/** Current memberships in one organization (the enterprise's contact account). */
export function currentMembersOf(db: Executor, organizationId: string, role: string) {
  return db
    .select({ membershipId: memberships.id, user: users })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, role), isNull(memberships.endedAt)))
    .orderBy(asc(memberships.createdAt));
}

// ---- invitations ----

export async function revokeOpenInvitations(tx: Executor, userId: string, now: Date): Promise<void> {
  await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.userId, userId), isNull(invitations.usedAt), isNull(invitations.revokedAt)));
}

export async function insertInvitation(
  tx: Executor,
  input: { userId: string; purpose: string; tokenHash: string; expiresAt: Date; createdBy: string | null },
): Promise<void> {
  await tx.insert(invitations).values(input);
}

export async function invitationByHash(db: Executor, tokenHash: string): Promise<InvitationRow | undefined> {
  const [row] = await db.select().from(invitations).where(eq(invitations.tokenHash, tokenHash));
  return row;
}

export async function markInvitationUsed(tx: Executor, id: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(invitations)
    .set({ usedAt: now })
    .where(and(eq(invitations.id, id), isNull(invitations.usedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  return rows.length === 1;
}

/** The open (unused, not replaced, not expired) invitation of each user, by expiry. */
export async function openInvitationExpiry(db: Executor, userIds: string[], now: Date): Promise<Map<string, Date>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: invitations.userId, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(
      and(
        inArray(invitations.userId, userIds),
        isNull(invitations.usedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    );
  return new Map(rows.map((r) => [r.userId, r.expiresAt]));
}

// ---- bulk uploads ----

export async function insertAccountImport(tx: Executor, input: typeof accountImports.$inferInsert): Promise<string> {
  const [row] = await tx.insert(accountImports).values(input).returning({ id: accountImports.id });
  return row!.id;
}

export async function accountImportById(db: Executor, id: string) {
  const [row] = await db.select().from(accountImports).where(eq(accountImports.id, id));
  return row;
}

export function allUsers(db: Executor) {
  return db.select().from(users).orderBy(asc(users.username));
}
