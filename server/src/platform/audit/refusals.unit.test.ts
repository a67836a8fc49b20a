/** ADR 0020: the refusal trail writes a bounded number of entries and holds bounded memory, whatever the flood. */
import { describe, expect, it } from 'vitest';
import { RefusalTrail, type Refusal } from './refusals.js';

function harness(maxKeys = 3) {
  let now = new Date('2026-11-23T02:00:00Z');
  const written: Array<{ action: string; detail?: Record<string, unknown> }> = [];
  const trail = new RefusalTrail(
    async (_at, entry) => void written.push({ action: entry.action, detail: entry.detail }),
    () => now,
    { windowMs: 60_000, maxKeys },
  );
  return { trail, written, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const refusal = (userId: string, route = '/api/v1/x/:id', code = 'FORBIDDEN'): Refusal => ({
  actor: { userId, organizationId: null, role: 'enterprise_contact' },
  method: 'GET',
  route,
  code,
  status: 403,
});

describe('RefusalTrail', () => {
  it('writes the first refusal of a key at once and the repeats as one counted entry when the window closes', async () => {
    const { trail, written, advance } = harness();
    for (let i = 0; i < 1000; i++) await trail.record(refusal('u1'));
    expect(written.map((w) => w.action)).toEqual(['access.denied']);
    advance(60_000);
    await trail.record(refusal('u1'));
    expect(written.map((w) => w.action)).toEqual(['access.denied', 'access.denied_repeated', 'access.denied']);
    expect(written[1]!.detail).toMatchObject({ repeats: 999, code: 'FORBIDDEN' });
  });

  it('keeps separate keys per actor, route and code', async () => {
    const { trail, written } = harness(10);
    await trail.record(refusal('u1'));
    await trail.record(refusal('u2'));
    await trail.record(refusal('u1', '/api/v1/y'));
    await trail.record(refusal('u1', '/api/v1/x/:id', 'NOT_FOUND'));
    await trail.record(refusal('u1'));
    expect(written).toHaveLength(4);
  });

  it('holds at most maxKeys keys and counts the rest together in one overflow entry', async () => {
    const { trail, written } = harness(3);
    for (let i = 0; i < 500; i++) await trail.record(refusal(`user-${i}`));
    expect(written).toHaveLength(3);
    await trail.flush();
    expect(written.map((w) => w.action)).toEqual([
      'access.denied',
      'access.denied',
      'access.denied',
      'access.denied_overflow',
    ]);
    expect(written[3]!.detail).toMatchObject({ refusals: 497 });
    // the window starts afresh: memory was released
    await trail.record(refusal('user-400'));
    expect(written).toHaveLength(5);
  });

  it('writes nothing on a flush when nothing repeated', async () => {
    const { trail, written } = harness();
    await trail.record(refusal('u1'));
    await trail.flush();
    await trail.flush();
    expect(written).toHaveLength(1);
  });
});
