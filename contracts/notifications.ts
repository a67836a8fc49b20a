/** In-platform notifications addressed to the caller's organization (or to the caller personally). */
import { z } from 'zod';
import { defineContract } from './endpoint.js';
import { IdParams, Uuid } from './shared.js';

export const NotificationItem = z
  .object({
    id: Uuid,
    kind: z
      .string()
      .describe(
        'participation.select | participation.reject | participation.assign | participation.assigned_to_you | participation.expert_changed | participation.waitlist …',
      ),
    campaignId: Uuid.nullable(),
    participationId: Uuid.nullable(),
    enterpriseName: z.string().nullable().describe('the enterprise the notification is about'),
    campaignName: z.string().nullable().describe('the campaign it happens in'),
    params: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    read: z.boolean(),
  })
  .meta({ id: 'NotificationItem' });
export type NotificationItem = z.infer<typeof NotificationItem>;

export const NotificationList = z.object({ items: z.array(NotificationItem), unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;

export const notifications = defineContract('notifications', {
  list: {
    method: 'GET',
    path: '/api/v1/notifications',
    permission: 'notification:read',
    summary: "The organization's notifications, newest first",
    query: z.strictObject({ unread: z.enum(['1', '0']).optional() }),
    answer: NotificationList,
    errors: [],
  },
  markRead: {
    method: 'POST',
    path: '/api/v1/notifications/:id/read',
    permission: 'notification:read',
    summary: 'Mark a notification read',
    params: IdParams,
    answer: 'empty',
    errors: ['NOT_FOUND'],
  },
});
