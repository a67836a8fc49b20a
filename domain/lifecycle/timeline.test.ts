import { describe, it, expect } from 'vitest';
import { MAIN_PATH, type Stage } from './stages.js';
import { buildTimeline, orderTimelineRecords, type StageEventLike } from './timeline.js';

function ev(toStage: Stage, day: number, reason: string | null = null): StageEventLike {
  return {
    toStage,
    occurredAt: `2026-03-${String(day).padStart(2, '0')}T08:00:00Z`,
    actorName: `actor-${toStage}`,
    actorRole: 'bureau_officer',
    reason,
  };
}

/** Events for every main stage up to and including `upTo`. */
function eventsThrough(upTo: Stage): StageEventLike[] {
  const end = MAIN_PATH.indexOf(upTo as (typeof MAIN_PATH)[number]);
  return MAIN_PATH.slice(0, end + 1).map((s, i) => ev(s, i + 1));
}

const statuses = (entries: ReturnType<typeof buildTimeline>) =>
  Object.fromEntries(entries.map((e) => [e.stage, e.status]));

describe('buildTimeline on the main path', () => {
  it('marks the current stage current, earlier stages with events done, later ones pending', () => {
    const t = buildTimeline('operating', eventsThrough('operating'));
    expect(t.map((e) => e.stage)).toEqual([...MAIN_PATH]);
    const idx = MAIN_PATH.indexOf('operating');
    t.forEach((e, i) => {
      expect(e.status, e.stage).toBe(i < idx ? 'done' : i === idx ? 'current' : 'pending');
    });
  });

  it('carries the entering event of each reached stage and nothing for pending ones', () => {
    const t = buildTimeline('screened', [ev('applied', 1), ev('screened', 2)]);
    expect(t[0]).toEqual({
      stage: 'applied',
      status: 'done',
      enteredAt: '2026-03-01T08:00:00Z',
      actorName: 'actor-applied',
      actorRole: 'bureau_officer',
      reason: null,
    });
    expect(t[1]).toMatchObject({ stage: 'screened', status: 'current', enteredAt: '2026-03-02T08:00:00Z' });
    expect(t[2]).toEqual({
      stage: 'selected',
      status: 'pending',
      enteredAt: null,
      actorName: null,
      actorRole: null,
      reason: null,
    });
  });

  it('at the first stage, only that stage is current and everything else pending', () => {
    const t = buildTimeline('applied', [ev('applied', 1)]);
    expect(t[0]!.status).toBe('current');
    expect(t.slice(1).every((e) => e.status === 'pending')).toBe(true);
  });

  it('shows certified as skipped when a participation went evaluated → closed directly', () => {
    const t = buildTimeline('closed', [...eventsThrough('evaluated'), ev('closed', 20)]);
    const s = statuses(t);
    expect(s.certified).toBe('skipped');
    expect(s.evaluated).toBe('done');
    expect(s.closed).toBe('current');
    expect(t).toHaveLength(MAIN_PATH.length);
  });

  it('shows certified as done when the participation was certified before closing', () => {
    const t = buildTimeline('closed', eventsThrough('closed'));
    expect(statuses(t).certified).toBe('done');
    expect(t.filter((e) => e.status === 'done')).toHaveLength(MAIN_PATH.length - 1);
  });

  it('uses the latest event when a stage was entered more than once', () => {
    const t = buildTimeline('screened', [ev('applied', 1), ev('applied', 5), ev('screened', 6)]);
    expect(t[0]!.enteredAt).toBe('2026-03-05T08:00:00Z');
  });
});

describe('buildTimeline on a side exit', () => {
  it('rejected after screened: reached stages done, later ones not_reached, and a final rejected entry with the reason', () => {
    const t = buildTimeline('rejected', [ev('applied', 1), ev('screened', 2), ev('rejected', 3, '不属于小微企业')]);
    expect(t).toHaveLength(MAIN_PATH.length + 1);
    const s = statuses(t.slice(0, MAIN_PATH.length));
    expect(s.applied).toBe('done');
    expect(s.screened).toBe('done');
    for (const stage of MAIN_PATH.slice(2)) expect(s[stage], stage).toBe('not_reached');
    expect(t[t.length - 1]).toEqual({
      stage: 'rejected',
      status: 'current',
      enteredAt: '2026-03-03T08:00:00Z',
      actorName: 'actor-rejected',
      actorRole: 'bureau_officer',
      reason: '不属于小微企业',
    });
  });

  it('withdrawn while operating: stages through operating done, the rest (certified included) not_reached', () => {
    const t = buildTimeline('withdrawn', [...eventsThrough('operating'), ev('withdrawn', 20, '企业自愿退出')]);
    const idx = MAIN_PATH.indexOf('operating');
    for (const [i, e] of t.slice(0, MAIN_PATH.length).entries())
      expect(e.status, e.stage).toBe(i <= idx ? 'done' : 'not_reached');
    expect(t[t.length - 1]).toMatchObject({ stage: 'withdrawn', status: 'current', reason: '企业自愿退出' });
  });

  it('no main stage is pending or current on a side exit', () => {
    const t = buildTimeline('rejected', [ev('applied', 1), ev('rejected', 2, 'x')]);
    expect(t.slice(0, MAIN_PATH.length).some((e) => e.status === 'pending' || e.status === 'current')).toBe(false);
    expect(t.filter((e) => e.status === 'current')).toHaveLength(1);
  });
});

describe('orderTimelineRecords', () => {
  const rec = (on: string, at: string, text: string) =>
    ({ kind: 'operation_record', on, at, labelKey: null, text, section: 'implementation' }) as const;
  it('puts every record newest first, by its date, then by when it was recorded', () => {
    const ordered = orderTimelineRecords([
      [rec('2026-07-15', '2026-07-16T01:00:00Z', 'b'), rec('2026-08-01', '2026-08-01T01:00:00Z', 'c')],
      [rec('2026-07-15', '2026-07-15T01:00:00Z', 'a'), rec('2026-07-15', '2026-07-17T01:00:00Z', 'd')],
    ]);
    expect(ordered.map((r) => r.text)).toEqual(['c', 'd', 'b', 'a']);
    expect(orderTimelineRecords([])).toEqual([]);
  });
});
