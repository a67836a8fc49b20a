/**
 * The PostgreSQL connection pool, made to outlive its connections (ADR 0015). When PostgreSQL ends a
 * connection (restart, failover, pg_terminate_backend) node-postgres emits 'error' on the client; an
 * 'error' event nobody listens to ends the Node process. So every client gets a listener for its whole
 * life, idle or checked out inside a transaction: the statement in flight fails by itself, the client is
 * no longer queryable, and the pool discards it on release and opens a new one on demand.
 *
 * The pool also tells ./retry.ts which statements could commit, and repeats a lone read that lost its
 * connection (a read changes nothing, so running it again is always safe).
 */
import pg from 'pg';
import { noteMayHaveCommitted, retryAfterConnectionLoss } from './retry.js';

/** Statements that change nothing when run outside a transaction. */
const READ_ONLY_STATEMENT = /^\s*(select|show|values)\b/i;

function statementText(config: unknown): string {
  if (typeof config === 'string') return config;
  const text = (config as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : '';
}

function reportLostConnection(error: Error): void {
  // connection errors carry no row data: the SQLSTATE and PostgreSQL's words are safe to log
  const code = (error as { code?: string }).code;
  console.warn(`PostgreSQL connection ended${code ? ` (${code})` : ''}: ${error.message}; the pool will reconnect`);
}

export function createPostgresPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    // a server that does not answer (or a pool that stays busy this long) fails the request with 503
    // instead of holding it forever
    connectionTimeoutMillis: 10_000,
    // notice a peer that vanished without closing the socket (failover)
    keepAlive: true,
  });

  // Each client reports its own loss below; the pool re-emits an idle client's error, and an 'error'
  // event without a listener would end the process.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', reportLostConnection));

  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  // pool.query runs one statement on any free connection, outside a transaction (autocommit)
  pool.query = ((...args: unknown[]) => {
    const [config] = args;
    const callbackStyle =
      args.some((a) => typeof a === 'function') ||
      typeof (config as { submit?: unknown } | null)?.submit === 'function';
    if (!READ_ONLY_STATEMENT.test(statementText(config))) {
      noteMayHaveCommitted();
      return query(...args);
    }
    if (callbackStyle) return query(...args);
    return retryAfterConnectionLoss(() => query(...args) as Promise<unknown>);
  }) as typeof pool.query;

  return pool;
}
