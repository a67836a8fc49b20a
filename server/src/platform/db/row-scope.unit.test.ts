import { sql } from 'drizzle-orm';
import { PgDialect, pgTable, uuid, varchar } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { regionWithin, regionWithinAny, rowScopeCondition } from './row-scope.js';

const rows = pgTable('rows', {
  regionCode: varchar('region_code', { length: 6 }).notNull(),
  bodyId: uuid('body_id'),
});
const dialect = new PgDialect();
const render = (condition: Parameters<PgDialect['sqlToQuery']>[0]) => {
  const { sql, params } = dialect.sqlToQuery(condition);
  return { sql, params };
};

describe('regionWithin (ADR 0004: a region subtree is a code prefix)', () => {
  it('000000 (the whole country) → every row with a region, no pattern to match', () => {
    expect(render(regionWithin(rows.regionCode, '000000'))).toEqual({
      sql: '"rows"."region_code" is not null',
      params: [],
    });
  });

  it.each([
    ['320000', '32%'],
    ['320100', '3201%'],
    ['320102', '320102%'],
  ])('%s → like %s', (regionCode, pattern) => {
    expect(render(regionWithin(rows.regionCode, regionCode))).toEqual({
      sql: '"rows"."region_code" like $1',
      params: [pattern],
    });
  });

  it('any of several subtrees; none given is no condition', () => {
    expect(render(regionWithinAny(rows.regionCode, ['320000', '110100'])!).params).toEqual(['32%', '1101%']);
    expect(regionWithinAny(rows.regionCode, [])).toBeUndefined();
  });
});

describe('rowScopeCondition (deny by default)', () => {
  const columns = { region: rows.regionCode, body: rows.bodyId };

  it('a bureau: its region subtree; a body: its own rows', () => {
    expect(render(rowScopeCondition({ kind: 'region', regionCode: '320100' }, columns)).params).toEqual(['3201%']);
    expect(render(rowScopeCondition({ kind: 'body', organizationId: 'b1' }, columns))).toEqual({
      sql: '"rows"."body_id" = $1',
      params: ['b1'],
    });
  });

  it('a scope kind the table gives no condition for sees nothing', () => {
    for (const scope of [
      { kind: 'assigned', userId: 'u1' },
      { kind: 'appointed', userId: 'u1' },
      { kind: 'own_enterprise', organizationId: 'e1' },
      { kind: 'none' },
    ] as const) {
      expect(render(rowScopeCondition(scope, columns)).sql).toBe('false');
    }
  });

  it('a condition built from the scope value', () => {
    const condition = rowScopeCondition(
      { kind: 'assigned', userId: 'u1' },
      { assigned: (userId) => sql`assigned_to = ${userId}` },
    );
    expect(render(condition)).toEqual({ sql: 'assigned_to = $1', params: ['u1'] });
  });
});
