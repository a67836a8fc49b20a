import { describe, expect, it } from 'vitest';
import { noteMayHaveCommitted, noteRolledBack, retryAfterConnectionLoss, RETRY_DELAYS_MS } from './retry.js';
import { connectionLoss } from './connection-loss.js';

const lost = () =>
  Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01', severity: 'FATAL' });
const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

/** Work that fails the first `failures` times with `error()`, counting its runs. */
function flaky(failures: number, error: () => Error, beforeFailing: () => void = () => {}) {
  let runs = 0;
  return {
    get runs() {
      return runs;
    },
    work: async () => {
      runs++;
      await Promise.resolve();
      if (runs <= failures) {
        beforeFailing();
        throw error();
      }
      return 'done';
    },
  };
}

const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' });
const serialization = () =>
  Object.assign(new Error('Failed query'), {
    cause: Object.assign(new Error('could not serialize access'), { code: '40001' }),
  });

describe('retryAfterConnectionLoss: transaction conflicts', () => {
  it('runs a transaction that lost a deadlock or a serialization conflict again', async () => {
    const d = flaky(1, deadlock);
    await expect(retryAfterConnectionLoss(d.work)).resolves.toBe('done');
    expect(d.runs).toBe(2);
    const s = flaky(2, serialization); // the SQLSTATE on the cause, as drizzle wraps it
    await expect(retryAfterConnectionLoss(s.work)).resolves.toBe('done');
    expect(s.runs).toBe(3);
  });

  it('runs again when the conflict came at the COMMIT (noted, then rolled back)', async () => {
    const w = flaky(1, serialization, () => {
      noteMayHaveCommitted();
      noteRolledBack();
    });
    await expect(retryAfterConnectionLoss(w.work)).resolves.toBe('done');
    expect(w.runs).toBe(2);
  });

  it('never runs again after an earlier transaction of the attempt committed', async () => {
    const w = flaky(1, deadlock, noteMayHaveCommitted);
    await expect(retryAfterConnectionLoss(w.work)).rejects.toMatchObject({ code: '40P01' });
    expect(w.runs).toBe(1);
  });

  it("leaves other errors alone (a unique violation is the request's own problem)", async () => {
    const w = flaky(1, () => Object.assign(new Error('duplicate key'), { code: '23505' }));
    await expect(retryAfterConnectionLoss(w.work)).rejects.toMatchObject({ code: '23505' });
    expect(w.runs).toBe(1);
  });
});

describe('retryAfterConnectionLoss', () => {
  it('runs work again after a lost connection when nothing could have committed', async () => {
    const w = flaky(1, lost);
    await expect(retryAfterConnectionLoss(w.work)).resolves.toBe('done');
    expect(w.runs).toBe(2);
  });

  it('gives up after 1 + RETRY_DELAYS_MS.length runs and passes the error on', async () => {
    const w = flaky(99, lost);
    await expect(retryAfterConnectionLoss(w.work)).rejects.toMatchObject({ code: '57P01' });
    expect(w.runs).toBe(1 + RETRY_DELAYS_MS.length);
  });

  it('never runs again once a statement that could commit was sent', async () => {
    const w = flaky(1, lost, noteMayHaveCommitted);
    await expect(retryAfterConnectionLoss(w.work)).rejects.toMatchObject({ code: '57P01' });
    expect(w.runs).toBe(1);
  });

  it('a commit noted inside a nested attempt counts for the outer one too', async () => {
    let runs = 0;
    const outer = async () => {
      runs++;
      await retryAfterConnectionLoss(async () => noteMayHaveCommitted());
      throw lost();
    };
    await expect(retryAfterConnectionLoss(outer)).rejects.toMatchObject({ code: '57P01' });
    expect(runs).toBe(1);
  });

  it('does not retry other errors, an unreachable server, or when the caller says no', async () => {
    const other = flaky(1, () => new Error('duplicate key'));
    await expect(retryAfterConnectionLoss(other.work)).rejects.toThrow('duplicate key');
    expect(other.runs).toBe(1);
    const down = flaky(1, refused);
    await expect(retryAfterConnectionLoss(down.work)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(down.runs).toBe(1);
    const sent = flaky(1, lost);
    await expect(retryAfterConnectionLoss(sent.work, () => false)).rejects.toMatchObject({ code: '57P01' });
    expect(sent.runs).toBe(1);
  });

  it('returns a synchronous result as it is', () => {
    const reply = { sent: true };
    expect(retryAfterConnectionLoss(() => reply)).toBe(reply);
  });

  it('keeps concurrent attempts apart', async () => {
    const committing = flaky(1, lost, noteMayHaveCommitted);
    const reading = flaky(1, lost);
    const [a, b] = await Promise.allSettled([
      retryAfterConnectionLoss(committing.work),
      retryAfterConnectionLoss(reading.work),
    ]);
    expect(a.status).toBe('rejected');
    expect(b).toEqual({ status: 'fulfilled', value: 'done' });
  });
});

describe('connectionLoss', () => {
  it('knows an ended connection, by SQLSTATE, socket code or node-postgres words, also wrapped', () => {
    expect(connectionLoss(lost())).toBe('lost');
    expect(connectionLoss({ code: '57P02' })).toBe('lost');
    expect(connectionLoss({ code: '08006' })).toBe('lost');
    expect(connectionLoss(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe('lost');
    expect(connectionLoss(new Error('Connection terminated unexpectedly'))).toBe('lost');
    expect(connectionLoss(new Error('Client has encountered a connection error and is not queryable'))).toBe('lost');
    const wrapped = Object.assign(new Error('Failed query: rollback\nparams: '), {
      cause: new Error('Client has encountered a connection error and is not queryable'),
    });
    expect(connectionLoss(wrapped)).toBe('lost');
  });
  it('knows a server that cannot be reached', () => {
    expect(connectionLoss(refused())).toBe('unreachable');
    expect(connectionLoss({ code: '57P03' })).toBe('unreachable');
    expect(connectionLoss({ code: '53300' })).toBe('unreachable');
    expect(connectionLoss(new Error('timeout exceeded when trying to connect'))).toBe('unreachable');
  });
  it('leaves every other error alone', () => {
    expect(connectionLoss({ code: '23505' })).toBeNull();
    expect(connectionLoss({ code: '22021' })).toBeNull();
    expect(connectionLoss(new Error('boom'))).toBeNull();
    expect(connectionLoss(undefined)).toBeNull();
    expect(connectionLoss('Connection terminated')).toBeNull();
  });
});
