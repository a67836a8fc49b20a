/** All SQL of reminders; the only writer of job_runs, reminders, reminder_deliveries and reminder_preferences. */
import { and, asc, eq, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { memberships, organizations, users } from '../../platform/auth/identity.table.js';
import { campaigns } from '../campaigns/campaigns.table.js';
import { participations } from '../participations/participations.table.js';
import { jobRuns, reminderDeliveries, reminderPreferences, reminders } from './reminders.table.js';
import type { EmailMode } from '../../../../domain/reminders/reminders.js';

/** Claims a run; false when another server (or an earlier tick) has it. Blocks on a claim not yet committed. */
export async function claimRun(tx: Executor, job: string, runKey: string, now: Date): Promise<boolean> {
  const rows = await tx
    .insert(jobRuns)
    .values({ job, runKey, startedAt: now })
    .onConflictDoNothing()
    .returning({ job: jobRuns.job });
  return rows.length === 1;
}

export type NewReminder = typeof reminders.$inferInsert;

/** Inserts the reminders not made before; answers the keys it made now. */
export async function insertNewReminders(tx: Executor, rows: NewReminder[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const made = await tx.insert(reminders).values(rows).onConflictDoNothing().returning({ key: reminders.key });
  return new Set(made.map((r) => r.key));
}

/** The people of these organizations who hear its organization-wide notifications (not its experts), with email. */
export async function organizationMembers(tx: Executor, organizationIds: ReadonlyArray<string>) {
  if (organizationIds.length === 0) return [];
  return tx
    .select({ organizationId: memberships.organizationId, userId: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        inArray(memberships.organizationId, [...organizationIds]),
        isNull(memberships.endedAt),
        ne(memberships.role, 'assistance_expert'),
        eq(users.disabled, false),
        eq(users.pendingActivation, false),
      ),
    );
}

/** These people with their current organization (the first open membership) and email. */
export async function usersWithOrganization(tx: Executor, userIds: ReadonlyArray<string>) {
  if (userIds.length === 0) return [];
  const rows = await tx
    .select({ userId: users.id, email: users.email, organizationId: memberships.organizationId })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), isNull(memberships.endedAt)))
    .where(and(inArray(users.id, [...userIds]), eq(users.disabled, false), eq(users.pendingActivation, false)))
    .orderBy(asc(memberships.createdAt));
  const first = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!first.has(r.userId)) first.set(r.userId, r);
  return [...first.values()];
}

export async function emailModesOf(tx: Executor, userIds: ReadonlyArray<string>): Promise<Map<string, EmailMode>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(reminderPreferences)
    .where(inArray(reminderPreferences.userId, [...userIds]));
  return new Map(rows.map((r) => [r.userId, r.emailMode as EmailMode]));
}

export async function emailModeOf(executor: Executor, userId: string): Promise<EmailMode | null> {
  const [row] = await executor.select().from(reminderPreferences).where(eq(reminderPreferences.userId, userId));
  return (row?.emailMode as EmailMode | undefined) ?? null;
}

export async function upsertEmailMode(tx: Executor, userId: string, emailMode: EmailMode, now: Date): Promise<void> {
  await tx
    .insert(reminderPreferences)
    .values({ userId, emailMode, updatedAt: now })
    .onConflictDoUpdate({ target: reminderPreferences.userId, set: { emailMode, updatedAt: now } });
}

export type NewDelivery = typeof reminderDeliveries.$inferInsert;

/** Outbox rows; a (reminder, person) pair already there is left as it is. Answers how many were added. */
export async function insertDeliveries(tx: Executor, rows: NewDelivery[]): Promise<number> {
  if (rows.length === 0) return 0;
  const added = await tx
    .insert(reminderDeliveries)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: reminderDeliveries.id });
  return added.length;
}

/**
 * Claims up to `limit` outbox rows of one mode for this sender: pending ones, and ones whose claim is older than the
 * lease (a sender that died). `skip locked` lets another server's sender claim others meanwhile, so no row is claimed
 * by two. Answers the claimed rows with what the mail says.
 */
export async function claimDeliveries(
  tx: Executor,
  mode: 'immediate' | 'digest',
  now: Date,
  leaseMs: number,
  limit: number,
) {
  const staleBefore = new Date(now.getTime() - leaseMs);
  const free = await tx
    .select({ id: reminderDeliveries.id })
    .from(reminderDeliveries)
    .where(
      and(
        eq(reminderDeliveries.mode, mode),
        or(
          eq(reminderDeliveries.status, 'pending'),
          and(eq(reminderDeliveries.status, 'sending'), lt(reminderDeliveries.claimedAt, staleBefore)),
        ),
      ),
    )
    .orderBy(asc(reminderDeliveries.createdAt), asc(reminderDeliveries.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  if (free.length === 0) return [];
  const ids = free.map((r) => r.id);
  await tx
    .update(reminderDeliveries)
    .set({ status: 'sending', claimedAt: now })
    .where(inArray(reminderDeliveries.id, ids));
  return tx
    .select({
      id: reminderDeliveries.id,
      userId: reminderDeliveries.userId,
      email: users.email,
      kind: reminders.kind,
      dueOn: reminders.dueOn,
      lead: reminders.lead,
      enterpriseName: organizations.name,
      campaignName: campaigns.name,
    })
    .from(reminderDeliveries)
    .innerJoin(reminders, eq(reminders.key, reminderDeliveries.reminderKey))
    .innerJoin(users, eq(users.id, reminderDeliveries.userId))
    .leftJoin(participations, eq(participations.id, reminders.participationId))
    .leftJoin(organizations, eq(organizations.id, participations.enterpriseId))
    .leftJoin(campaigns, eq(campaigns.id, reminders.campaignId))
    .where(inArray(reminderDeliveries.id, ids))
    .orderBy(asc(reminders.dueOn), asc(reminderDeliveries.id));
}

export type ClaimedDelivery = Awaited<ReturnType<typeof claimDeliveries>>[number];

export async function markSent(tx: Executor, ids: ReadonlyArray<string>, now: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(reminderDeliveries)
    .set({ status: 'sent', sentAt: now, attempts: sql`${reminderDeliveries.attempts} + 1` })
    .where(inArray(reminderDeliveries.id, [...ids]));
}

/** A failed attempt: pending again for the next run, or failed once the last attempt is used. */
export async function markAttemptFailed(tx: Executor, ids: ReadonlyArray<string>, maxAttempts: number): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(reminderDeliveries)
    .set({
      attempts: sql`${reminderDeliveries.attempts} + 1`,
      status: sql`case when ${reminderDeliveries.attempts} + 1 >= ${maxAttempts} then 'failed' else 'pending' end`,
    })
    .where(inArray(reminderDeliveries.id, [...ids]));
}

/** A person without an address (removed since) is not retried: the row is failed at once. */
export async function markUndeliverable(tx: Executor, ids: ReadonlyArray<string>): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(reminderDeliveries)
    .set({ status: 'failed' })
    .where(inArray(reminderDeliveries.id, [...ids]));
}
