/**
 * What of an error may be written to the server log: no personal data (shared/security: logs hold no
 * personal information). A failed statement carries the values it was given: drizzle's message and
 * `params` ("Failed query: insert … params: 张三,13800000000,…"), PostgreSQL's `detail` ("Key
 * (credit_code)=(91320…) already exists", "Failing row contains (…)") and, for some errors, its message
 * ('invalid input syntax for type integer: "…"'). The log keeps what locates the fault instead: the
 * class, SQLSTATE, constraint, table, column, routine, the statement without its values, and the stack
 * frames. The request id is added by the request's logger.
 */
const DATABASE_FIELDS = ['code', 'severity', 'constraint', 'table', 'column', 'schema', 'dataType', 'routine'] as const;
const MAX_CAUSES = 3;
const MAX_STATEMENT_LENGTH = 1000;

interface LoggableError {
  type: string;
  message: string;
  /** the frames only, '' when there are none */
  stack: string;
  statement?: string;
  cause?: LoggableError;
  [field: string]: unknown;
}

export function loggableError(error: unknown, depth = 0): LoggableError {
  if (error === null || typeof error !== 'object')
    return { type: typeof error, message: '(not an Error object)', stack: '' };
  const e = error as Record<string, unknown> & { message?: unknown; stack?: unknown; cause?: unknown };
  const out: LoggableError = { type: e.constructor?.name ?? 'Object', message: '', stack: '' };
  const message = typeof e.message === 'string' ? e.message : '';

  if (isDatabaseError(e)) {
    for (const field of DATABASE_FIELDS) if (typeof e[field] === 'string') out[field] = e[field];
    out.message = withoutQuotedValues(message); // `detail`, `where`, `hint` and `params` are left out on purpose
  } else if (typeof e.query === 'string' && 'params' in e) {
    // drizzle's DrizzleQueryError: the statement has $1, $2 … where the values went; the values stay out
    out.message = 'Failed query';
    out.statement = e.query.slice(0, MAX_STATEMENT_LENGTH);
  } else {
    out.message = message;
    if (typeof e.code === 'string') out.code = e.code;
    if (typeof e.statusCode === 'number') out.statusCode = e.statusCode;
  }
  if (typeof e.stack === 'string') out.stack = stackFrames(e.stack);
  if (e.cause !== undefined && depth < MAX_CAUSES) out.cause = loggableError(e.cause, depth + 1);
  return out;
}

/** node-postgres and PGlite errors: a five-character SQLSTATE and the server's fields. */
function isDatabaseError(e: Record<string, unknown>): boolean {
  return (
    typeof e.code === 'string' &&
    /^[0-9A-Z]{5}$/.test(e.code) &&
    (typeof e.severity === 'string' || typeof e.routine === 'string')
  );
}

/** PostgreSQL quotes the offending value (and names, which are logged in their own fields). */
function withoutQuotedValues(message: string): string {
  return message.replace(/"[^"]*"/g, '"…"').replace(/'[^']*'/g, "'…'");
}

/** The frames only: the first line of a stack repeats the message, values included. */
function stackFrames(stack: string): string {
  return stack
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');
}
