/**
 * Retry after a lost connection, only when nothing can have committed (ADR 0015).
 *
 * A unit of work (a request's handler, a read) runs as an attempt. The pool notes on the current attempt
 * every statement that could commit something by itself: a write outside a transaction, and the COMMIT of
 * a transaction (noted before it is sent: a COMMIT that got no answer may have reached the server). When
 * the attempt then fails because its connection was lost, it runs again only if nothing was noted: a read,
 * or a transaction that failed before its COMMIT, which PostgreSQL rolled back when the connection ended.
 * A write whose commit may have reached the server is never repeated; the caller gets 503.
 *
 * A serialization failure or a deadlock (SQLSTATE 40001, 40P01) also runs the attempt again: PostgreSQL rolled
 * the transaction back, its COMMIT included, so a transaction that failed with one takes its noted COMMIT back
 * (noteRolledBack); the attempt runs again when nothing else of it may have committed.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { connectionLoss } from './connection-loss.js';

interface Attempt {
  /** Statements sent that could have committed, less the COMMITs PostgreSQL answered with a rollback. */
  mayHaveCommitted: number;
  /** The attempt this one runs inside (a read retried inside a request): a commit counts for both. */
  parent: Attempt | undefined;
}

const attempts = new AsyncLocalStorage<Attempt>();

/** Pauses before the 2nd and 3rd attempt: the ended connections' notices arrive and the pool drops them. */
export const RETRY_DELAYS_MS = [25, 150] as const;

/** Called by the pool just before sending a statement that could commit. */
export function noteMayHaveCommitted(): void {
  for (let attempt = attempts.getStore(); attempt; attempt = attempt.parent) attempt.mayHaveCommitted++;
}

/** Called when a transaction whose COMMIT was noted failed with a serialization failure: it committed nothing. */
export function noteRolledBack(): void {
  for (let attempt = attempts.getStore(); attempt; attempt = attempt.parent)
    attempt.mayHaveCommitted = Math.max(0, attempt.mayHaveCommitted - 1);
}

// SQLSTATE (PostgreSQL appendix A): 40001 serialization_failure, 40P01 deadlock_detected
const CONFLICT_SQLSTATES = new Set(['40001', '40P01']);

/** A serialization failure or a deadlock: PostgreSQL rolled the whole transaction back (its cause chain included). */
export function isTransactionConflict(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string' && CONFLICT_SQLSTATES.has(code)) return true;
    current = cause;
  }
  return false;
}

/**
 * Runs `work`; when it fails with a lost connection or a transaction conflict and nothing of it can have committed (and
 * `canRetry()` agrees, e.g. no byte of the response has been sent), runs it again, at most
 * 1 + RETRY_DELAYS_MS.length times. A synchronous result is returned as it is.
 */
export function retryAfterConnectionLoss<T>(work: () => T, canRetry: () => boolean = () => true): T {
  const run = (attemptNumber: number): T => {
    const attempt: Attempt = { mayHaveCommitted: 0, parent: attempts.getStore() };
    const result = attempts.run(attempt, work);
    if (!isThenable(result)) return result;
    return result.then(undefined, async (error: unknown) => {
      const delay = RETRY_DELAYS_MS[attemptNumber - 1];
      const retriable = connectionLoss(error) === 'lost' || isTransactionConflict(error);
      if (delay === undefined || attempt.mayHaveCommitted > 0 || !retriable || !canRetry()) throw error;
      await sleep(delay);
      return run(attemptNumber + 1);
    }) as T;
  };
  return run(1);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
