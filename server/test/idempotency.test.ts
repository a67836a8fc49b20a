/**
 * ADR 0039: a write sent again with the same `Idempotency-Key` is answered from the first time and does nothing;
 * the key is the sender's own, the same key with another request is refused, a key still in use is 409, and a key
 * expires after a day.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildTestApp, type TestApp } from './helpers/test-app.js';
import { idempotencyKeys } from '../src/platform/idempotency/idempotency.table.js';
import { IDEMPOTENCY_TTL_MS } from '../src/platform/idempotency/idempotency.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

let serial = 0;
const body = (name = `淮海质量认证有限公司${++serial}`) => ({
  name,
  approvalNumber: `CNCA-R-2021-${100 + serial}`,
  regionCode: '320300',
  contactPhone: '13812345678',
  regionsServed: ['320300'],
  industryCodes: ['17'],
});

async function bodiesNamed(name: string): Promise<number> {
  const list = (await (await t.as('xuzhou')).get('/api/v1/certification-bodies')).json();
  return list.items.filter((b: { name: string }) => b.name === name).length;
}

describe('Idempotency-Key (ADR 0039)', () => {
  it('a repeated submit gets the first answer and creates one record', async () => {
    const xuzhou = await t.as('xuzhou');
    const payload = body();
    const key = { 'idempotency-key': 'submit-body-0001' };
    const first = await xuzhou.post('/api/v1/certification-bodies', payload, key);
    const again = await xuzhou.post('/api/v1/certification-bodies', payload, key);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await bodiesNamed(payload.name)).toBe(1);
  });

  it('without the header every submit runs', async () => {
    const xuzhou = await t.as('xuzhou');
    const payload = body();
    expect((await xuzhou.post('/api/v1/certification-bodies', payload)).statusCode).toBe(201);
    // the second is refused by the registry itself (a body's name is unique), so it did run
    expect((await xuzhou.post('/api/v1/certification-bodies', payload)).statusCode).not.toBe(201);
  });

  it('a refused request is answered the same again (the answer is kept, not only successes)', async () => {
    const xuzhou = await t.as('xuzhou');
    const bad = { ...body(), regionCode: '999999' };
    const key = { 'idempotency-key': 'submit-bad-0001' };
    const first = await xuzhou.post('/api/v1/certification-bodies', bad, key);
    const again = await xuzhou.post('/api/v1/certification-bodies', bad, key);
    expect(first.statusCode).toBeGreaterThanOrEqual(400);
    expect(again.statusCode).toBe(first.statusCode);
    expect(again.json()).toEqual(first.json());
  });

  it('the same key with a different request is refused with 422, naming the header', async () => {
    const xuzhou = await t.as('xuzhou');
    const key = { 'idempotency-key': 'submit-body-0002' };
    expect((await xuzhou.post('/api/v1/certification-bodies', body(), key)).statusCode).toBe(201);
    const other = await xuzhou.post('/api/v1/certification-bodies', body(), key);
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
  });

  it('a key is its sender own: another user with the same key runs their own request', async () => {
    const key = { 'idempotency-key': 'shared-key-0001' };
    const mine = await (await t.as('xuzhou')).post('/api/v1/certification-bodies', body(), key);
    const theirs = await (await t.as('jiangsu')).post('/api/v1/certification-bodies', body(), key);
    expect(mine.statusCode).toBe(201);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().id).not.toBe(mine.json().id);
  });

  it('a key whose first request still runs answers 409 IDEMPOTENCY_IN_PROGRESS', async () => {
    const xuzhou = await t.as('xuzhou');
    const payload = body();
    const userId = t.ids.users.xuzhou!;
    const keyHash = createHash('sha256').update(`${userId}\nrunning-key-0001`).digest('hex');
    const first = await xuzhou.post('/api/v1/certification-bodies', payload, { 'idempotency-key': 'running-key-0001' });
    expect(first.statusCode).toBe(201);
    // as if the first were still running: the row back to pending
    await t.ctx.database.db
      .update(idempotencyKeys)
      .set({ state: 'pending', statusCode: null, body: null })
      .where(eq(idempotencyKeys.keyHash, keyHash));
    const during = await xuzhou.post('/api/v1/certification-bodies', payload, {
      'idempotency-key': 'running-key-0001',
    });
    expect(during.statusCode).toBe(409);
    expect(during.json().code).toBe('IDEMPOTENCY_IN_PROGRESS');
    expect(await bodiesNamed(payload.name)).toBe(1);
  });

  it('a key expires after a day: the same request then runs again', async () => {
    const xuzhou = await t.as('xuzhou');
    const payload = body();
    const key = { 'idempotency-key': 'expiring-key-0001' };
    expect((await xuzhou.post('/api/v1/certification-bodies', payload, key)).statusCode).toBe(201);
    t.clock.set(new Date(t.clock.now().getTime() + IDEMPOTENCY_TTL_MS + 60_000));
    const later = await (await t.as('xuzhou')).post('/api/v1/certification-bodies', payload, key);
    // it ran: the registry refuses the duplicate name, which the kept answer (201) would not have said
    expect(later.statusCode).not.toBe(201);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
  });

  it('a malformed key is a 400 naming the header', async () => {
    const response = await (await t.as('xuzhou')).post('/api/v1/certification-bodies', body(), {
      'idempotency-key': 'no spaces allowed',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'Idempotency-Key' });
  });
});
