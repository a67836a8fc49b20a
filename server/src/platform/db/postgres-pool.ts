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
import { createHash } from 'node:crypto';
import pg from 'pg';
import { noteMayHaveCommitted, retryAfterConnectionLoss } from './retry.js';

/**
 * A pattern match on a parameter (`region_code like $1`, ADR 0038) stays unnamed, so it is planned for its value:
 * a prepared statement may switch to a generic plan after five runs, and a generic plan of `like $1` cannot use the
 * region-prefix index (measured: a province's list fell to a quarter of its speed).
 */
const PATTERN_PARAMETER = /\b(?:i?like)\s+\$\d/i;

/** Distinct statements a connection keeps prepared; beyond this a new text runs unnamed (parsed each time). */
export const PREPARED_PER_CONNECTION = 500;

/**
 * A client that prepares every parameterised statement once per connection (ADR 0045): the name is a hash of the
 * text, so the same text always finds its parsed statement and two texts never share a name. Drizzle's queries are
 * parameterised, so their texts repeat; on the hot reads (the 一企一档 detail's twelve-way union) parsing and
 * analysing each time cost more than running. Bounded per connection so a text built with inlined values cannot
 * grow the server's memory without end.
 */
class PreparingClient extends pg.Client {
  private readonly prepared = new Set<string>();

  override query(...args: unknown[]): never {
    const [config, values] = args;
    // drizzle passes the values beside the config, pg's own callers inside it
    if (isUnnamedParameterised(config, values) && !PATTERN_PARAMETER.test(config.text)) {
      const name = `u_${createHash('sha1').update(config.text).digest('hex').slice(0, 20)}`;
      if (this.prepared.has(name) || this.prepared.size < PREPARED_PER_CONNECTION) {
        this.prepared.add(name);
        args[0] = { ...config, name };
      }
    }
    return (pg.Client.prototype.query as (...a: unknown[]) => never).apply(this, args);
  }
}

function isUnnamedParameterised(config: unknown, values: unknown): config is { text: string; name?: string } {
  if (!config || typeof config !== 'object') return false;
  const c = config as { text?: unknown; values?: unknown; name?: unknown; submit?: unknown };
  const parameters = Array.isArray(values) ? values : c.values;
  return (
    typeof c.text === 'string' &&
    c.name === undefined &&
    typeof c.submit !== 'function' &&
    Array.isArray(parameters) &&
    parameters.length > 0
  );
}

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
    Client: PreparingClient,
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
