/** All SQL of notifications; this module is the only writer of its table (others call notify.ts). */
import { and, count, desc, eq, isNull, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { notifications } from './notifications.table.js';
import { participations } from '../participations/participations.table.js';
import { campaigns } from '../campaigns/campaigns.table.js';
import { organizations } from '../../platform/auth/identity.table.js';
import type { Audience } from './notifications.policy.js';

/** A notification with the names it speaks of, read now (a renamed enterprise shows its current name). */
type NotificationRow = typeof notifications.$inferSelect & {
  enterpriseName: string | null;
  campaignName: string | null;
};
export type NewNotification = typeof notifications.$inferInsert;

function addressedTo(audience: Audience): SQL {
  const own = eq(notifications.userId, audience.userId);
  const mine = audience.organizationWide ? or(own, isNull(notifications.userId)) : own;
  return and(eq(notifications.organizationId, audience.organizationId), mine)!;
}

/** The newest hundred (only the unread ones when asked), and how many are unread in all. */
export async function notificationsFor(
  db: Executor,
  audience: Audience,
  onlyUnread: boolean,
): Promise<{ rows: NotificationRow[]; unread: number }> {
  const mine = addressedTo(audience);
  const where = onlyUnread ? and(mine, isNull(notifications.readAt)) : mine;
  const [rows, [unread]] = await Promise.all([
    db
      .select({ n: notifications, enterpriseName: organizations.name, campaignName: campaigns.name })
      .from(notifications)
      .leftJoin(participations, eq(participations.id, notifications.participationId))
      .leftJoin(organizations, eq(organizations.id, participations.enterpriseId))
      .leftJoin(campaigns, eq(campaigns.id, notifications.campaignId))
      .where(where)
      .orderBy(desc(notifications.createdAt))
      .limit(100)
      .then((rows) => rows.map((r) => ({ ...r.n, enterpriseName: r.enterpriseName, campaignName: r.campaignName }))),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(mine, isNull(notifications.readAt))),
  ]);
  return { rows, unread: unread?.n ?? 0 };
}

/** Marks one read; false when it is not the audience's. */
export async function markNotificationRead(db: Executor, audience: Audience, id: string, now: Date): Promise<boolean> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.id, id), addressedTo(audience)))
    .returning({ id: notifications.id });
  return row !== undefined;
}

export async function insertNotifications(tx: Executor, rows: NewNotification[]): Promise<void> {
  if (rows.length > 0) await tx.insert(notifications).values(rows);
}
