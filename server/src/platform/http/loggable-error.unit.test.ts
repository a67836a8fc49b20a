import { describe, expect, it } from 'vitest';
import { loggableError } from './loggable-error.js';

/** Shaped like node-postgres' DatabaseError and drizzle's DrizzleQueryError around it. */
function failedInsert() {
  const cause = Object.assign(
    new Error('duplicate key value violates unique constraint "enterprises_credit_code_unique"'),
    {
      code: '23505',
      severity: 'ERROR',
      detail: 'Key (credit_code)=(91320321MA1TEXT01X) already exists.',
      table: 'enterprises',
      constraint: 'enterprises_credit_code_unique',
      schema: 'public',
      routine: '_bt_check_unique',
    },
  );
  return Object.assign(
    new Error('Failed query: insert into "enterprises" ("name", "phone") values ($1, $2)\nparams: 张三,13812345678'),
    {
      name: 'DrizzleQueryError',
      query: 'insert into "enterprises" ("name", "phone") values ($1, $2)',
      params: ['张三', '13812345678'],
      cause,
    },
  );
}

describe('loggableError', () => {
  it('keeps the statement, SQLSTATE, constraint and table of a failed query, and none of its values', () => {
    const logged = loggableError(failedInsert());
    const text = JSON.stringify(logged);
    expect(logged).toMatchObject({
      message: 'Failed query',
      statement: 'insert into "enterprises" ("name", "phone") values ($1, $2)',
    });
    expect(logged.cause).toMatchObject({
      code: '23505',
      constraint: 'enterprises_credit_code_unique',
      table: 'enterprises',
      routine: '_bt_check_unique',
    });
    for (const value of ['张三', '13812345678', '91320321MA1TEXT01X']) expect(text).not.toContain(value);
    expect(logged.stack).toMatch(/^\s*at /);
  });
  it('blanks the value PostgreSQL quotes in its message', () => {
    const error = Object.assign(new Error('invalid input syntax for type integer: "张三"'), {
      code: '22P02',
      severity: 'ERROR',
      routine: 'pg_strtoint32_safe',
    });
    expect(loggableError(error).message).toBe('invalid input syntax for type integer: "…"');
  });
  it('keeps ordinary errors readable', () => {
    expect(loggableError(new TypeError('x is undefined'))).toMatchObject({
      type: 'TypeError',
      message: 'x is undefined',
    });
    expect(loggableError('a string')).toMatchObject({ type: 'string' });
  });
});
