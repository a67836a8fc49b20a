/**
 * The participation's lifecycle timeline (一企一档): each stage of the main path with its status
 * and the event that entered it. Shared by the server (API) and the web (rendering).
 */
import { MAIN_PATH, OPTIONAL_STAGES, isStage, mainPathIndex, type Stage } from './stages.js';

export type TimelineStatus = 'done' | 'current' | 'pending' | 'skipped' | 'not_reached';

export interface StageEventLike {
  toStage: string;
  occurredAt: string;
  actorName: string | null;
  actorRole: string | null;
  reason: string | null;
}

interface TimelineEntry {
  stage: Stage;
  status: TimelineStatus;
  enteredAt: string | null;
  actorName: string | null;
  actorRole: string | null;
  reason: string | null;
}

export function buildTimeline(current: Stage, events: ReadonlyArray<StageEventLike>): TimelineEntry[] {
  const lastEntry = new Map<string, StageEventLike>();
  for (const e of events) lastEntry.set(e.toStage, e);
  const onMainPath = mainPathIndex(current) >= 0;
  // for a side exit, the furthest main stage reached before leaving
  const reachedIndex = onMainPath
    ? mainPathIndex(current)
    : Math.max(-1, ...events.filter((e) => isStage(e.toStage)).map((e) => mainPathIndex(e.toStage as Stage)));

  const entries: TimelineEntry[] = MAIN_PATH.map((stage, index) => {
    const event = lastEntry.get(stage);
    let status: TimelineStatus;
    if (stage === current) status = 'current';
    // passed without an event of its own: an optional stage was skipped; a required one was done (e.g. imported)
    else if (index <= reachedIndex) status = event || !OPTIONAL_STAGES.has(stage) ? 'done' : 'skipped';
    else status = onMainPath ? 'pending' : 'not_reached';
    return {
      stage,
      status,
      enteredAt: event?.occurredAt ?? null,
      actorName: event?.actorName ?? null,
      actorRole: event?.actorRole ?? null,
      reason: event?.reason ?? null,
    };
  });
  if (!onMainPath) {
    const event = lastEntry.get(current);
    entries.push({
      stage: current,
      status: 'current',
      enteredAt: event?.occurredAt ?? null,
      actorName: event?.actorName ?? null,
      actorRole: event?.actorRole ?? null,
      reason: event?.reason ?? null,
    });
  }
  return entries;
}
