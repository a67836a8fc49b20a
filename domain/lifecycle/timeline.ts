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

/**
 * The records of the 一企一档 timeline besides the stages (003 §6.7–6.8: every implementation record is in the file):
 * each kind is read by one query on the server and shown with its catalog label (`timelineRecord.<kind>`), an
 * optional second label (`labelKey`, a catalog key such as the kind of an operation record) and the person's own text.
 */
export const TIMELINE_RECORD_KINDS = [
  'improvement_team',
  'operation_start',
  'operation_record',
  'issue_raised',
  'issue_resolved',
  'training_attended',
  // 003 §6.8.1; 002 steps 6–7: the internal audit planned and completed, each nonconformity raised and closed
  'internal_audit_planned',
  'internal_audit_completed',
  'nonconformity_raised',
  'nonconformity_closed',
  // 003 §6.8.1; 000 §二(5): the management review held, or a certified enterprise's own audit and review verified
  'management_review_held',
  'review_verified',
  // 001 annex 体系建设: each version of a QMS document made effective
  'qms_document_effective',
] as const;
export type TimelineRecordKind = (typeof TIMELINE_RECORD_KINDS)[number];

export interface TimelineRecord {
  kind: TimelineRecordKind;
  /** The record's own date (YYYY-MM-DD): the day it happened, not the day it was typed in. */
  on: string;
  /** When it was recorded (ISO timestamp), for the order within a day. */
  at: string;
  /** A catalog key that names the record further (e.g. `implementation.recordKind.data`), or null. */
  labelKey: string | null;
  /** The person's text (a title, a leader's name, a description). */
  text: string;
  /** The part of the 一企一档 page that holds the record (its anchor). */
  section: string;
}

/** Every record, newest first (by its date, then by when it was recorded). */
export function orderTimelineRecords(lists: ReadonlyArray<ReadonlyArray<TimelineRecord>>): TimelineRecord[] {
  return lists.flat().sort((a, b) => (a.on === b.on ? (a.at < b.at ? 1 : a.at > b.at ? -1 : 0) : a.on < b.on ? 1 : -1));
}
