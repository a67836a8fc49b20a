/**
 * Which database errors mean "the connection is gone", not "the statement is wrong" (ADR 0015).
 * PostgreSQL restarting, failing over or ending a backend (pg_terminate_backend) reaches the app as one
 * of these; the request gets 503 DATABASE_UNAVAILABLE, or is retried when nothing of it can have
 * committed (./retry.ts).
 *
 * - `lost`: an established connection ended under a statement. A new connection may well work, so a
 *   retry is worth it.
 * - `unreachable`: no connection could be had (refused, timed out, the server is starting or full).
 *   Retrying at once would only wait again; the caller is told to come back later.
 */
type ConnectionLoss = 'lost' | 'unreachable';

// SQLSTATE (PostgreSQL appendix A): 57P01 admin_shutdown (pg_terminate_backend, smart/fast shutdown),
// 57P02 crash_shutdown, class 08 connection_exception; 57P03 cannot_connect_now, 53300 too_many_connections.
const LOST_SQLSTATES = new Set(['57P01', '57P02', '08000', '08003', '08006', '08007']);
const UNREACHABLE_SQLSTATES = new Set(['57P03', '53300', '08001', '08004']);
const LOST_SOCKET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
const UNREACHABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// node-postgres reports these in words only
const LOST_MESSAGES = ['Connection terminated', 'Client has encountered a connection error and is not queryable'];
const UNREACHABLE_MESSAGES = ['timeout exceeded when trying to connect'];

/** The kind of connection loss behind `error` (its `cause` chain included), or null for any other error. */
export function connectionLoss(error: unknown): ConnectionLoss | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string') {
      if (LOST_SQLSTATES.has(code) || LOST_SOCKET_CODES.has(code)) return 'lost';
      if (UNREACHABLE_SQLSTATES.has(code) || UNREACHABLE_SOCKET_CODES.has(code)) return 'unreachable';
    }
    if (typeof message === 'string') {
      if (LOST_MESSAGES.some((m) => message.startsWith(m))) return 'lost';
      if (UNREACHABLE_MESSAGES.some((m) => message.startsWith(m))) return 'unreachable';
    }
    current = cause;
  }
  return null;
}

export function isConnectionLoss(error: unknown): boolean {
  return connectionLoss(error) !== null;
}
