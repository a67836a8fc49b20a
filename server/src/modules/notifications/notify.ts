/**
 * In-platform notifications: the enterprise learns its screening outcome, and
 * the enterprise and its certification body learn of the hand-over.
 */
import type { Executor } from '../../platform/db/client.js';
import type { participations } from '../participations/participations.table.js';
import { insertNotifications, type NewNotification } from './notifications.repository.js';
import type { Command } from '../../../../domain/lifecycle/transitions.js';

type Participation = typeof participations.$inferSelect;

/** Which commands tell whom. */
const RECIPIENTS: Partial<Record<Command, Array<'enterprise' | 'body'>>> = {
  select: ['enterprise', 'body'],
  reject: ['enterprise'],
  assign: ['enterprise'],
};

export async function notifyOnTransition(
  tx: Executor,
  input: {
    participation: Participation;
    command: Command;
    reason: string | null;
    expertUserIds?: ReadonlyArray<string>;
  },
): Promise<void> {
  const { participation: p, command } = input;
  const recipients = RECIPIENTS[command] ?? [];
  const rows = recipients
    .map((who) => (who === 'enterprise' ? p.enterpriseId : p.certificationBodyId))
    .filter((id): id is string => Boolean(id))
    .map((organizationId) => ({
      organizationId,
      kind: `participation.${command}`,
      campaignId: p.campaignId,
      participationId: p.id,
      params: { reason: input.reason, stage: p.stage },
    }));
  // each assigned expert hears of their new enterprise personally
  const personal =
    input.command === 'assign' && p.certificationBodyId
      ? (input.expertUserIds ?? []).map((userId) => ({
          organizationId: p.certificationBodyId!,
          userId,
          kind: 'participation.assigned_to_you',
          campaignId: p.campaignId,
          participationId: p.id,
          params: { stage: p.stage },
        }))
      : [];
  await insertNotifications(tx, [...rows, ...personal]);
}

/** An expert moved on a re-plan: the new expert and the enterprise hear of it. */
export async function notifyReassignment(tx: Executor, p: Participation, expertUserId: string): Promise<void> {
  const base = { campaignId: p.campaignId, participationId: p.id, params: { stage: p.stage } };
  const rows: NewNotification[] = [{ organizationId: p.enterpriseId, kind: 'participation.expert_changed', ...base }];
  if (p.certificationBodyId)
    rows.push({
      organizationId: p.certificationBodyId,
      userId: expertUserId,
      kind: 'participation.assigned_to_you',
      ...base,
    });
  await insertNotifications(tx, rows);
}

/** A notification for a participation the lead may add later (e.g. waiting list). */
export async function notify(tx: Executor, row: NewNotification): Promise<void> {
  await insertNotifications(tx, [row]);
}

/** Several notifications in the caller's transaction (the reminders' run). */
export async function notifyMany(tx: Executor, rows: NewNotification[]): Promise<void> {
  await insertNotifications(tx, rows);
}
