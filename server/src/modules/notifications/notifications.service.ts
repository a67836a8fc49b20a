/** The caller's notifications and marking one read, for the audience notifications.policy allows. */
import type { NotificationList } from '../../../../contracts/notifications.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { AppError } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import { audienceOf } from './notifications.policy.js';
import { markNotificationRead, notificationsFor } from './notifications.repository.js';

export async function listNotifications(ctx: AppContext, actor: Actor, onlyUnread: boolean): Promise<NotificationList> {
  const { rows, unread } = await notificationsFor(ctx.database.db, audienceOf(actor), onlyUnread);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      campaignId: r.campaignId,
      participationId: r.participationId,
      enterpriseName: r.enterpriseName,
      campaignName: r.campaignName,
      params: r.params,
      createdAt: r.createdAt.toISOString(),
      read: r.readAt !== null,
    })),
    unread,
  };
}

export async function markRead(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const marked = await markNotificationRead(ctx.database.db, audienceOf(actor), id, ctx.clock.now());
  if (!marked) throw new AppError('NOT_FOUND', { field: 'notification' });
}
