/**
 * ADR 0015: a transaction PostgreSQL rolls back for a deadlock or a serialization failure runs again by itself, once
 * nothing of its attempt committed. Two real transactions on the platform's own database handle lock two rows in
 * opposite orders (a deadlock: PostgreSQL aborts one), and two serializable transactions write skew; every attempt
 * ends committed, exactly once. PostgreSQL only: PGlite has one connection, so neither conflict can happen there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase, testDbKind } from './helpers/test-database.js';
import type { Database } from '../src/platform/db/client.js';
import { retryAfterConnectionLoss } from '../src/platform/db/retry.js';

const postgres = testDbKind() === 'postgres';
let database: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  if (!postgres) return;
  ({ database, drop } = await openTestDatabase());
  await database.db.execute(sql`create table conflict_rows (id int primary key, n int not null)`);
  await database.db.execute(sql`create table conflict_log (attempt text not null)`);
});
afterAll(async () => drop?.());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!postgres)('transaction conflicts are retried (PostgreSQL)', () => {
  it('a deadlock victim runs again and both transactions commit once', async () => {
    await database.db.execute(sql`insert into conflict_rows values (1, 0), (2, 0)`);
    const runs = { a: 0, b: 0 };
    const lockBoth = (name: 'a' | 'b', first: number, second: number) =>
      retryAfterConnectionLoss(() =>
        database.db.transaction(async (tx) => {
          runs[name]++;
          await tx.execute(sql`update conflict_rows set n = n + 1 where id = ${first}`);
          await pause(150); // both hold their first row before either asks for its second
          await tx.execute(sql`update conflict_rows set n = n + 1 where id = ${second}`);
          await tx.execute(sql`insert into conflict_log values (${name})`);
        }),
      );
    await Promise.all([lockBoth('a', 1, 2), lockBoth('b', 2, 1)]);
    expect(runs.a + runs.b).toBe(3); // one of them was the victim and ran twice
    const rows = (await database.db.execute(sql`select id, n from conflict_rows order by id`)) as {
      rows: Array<{ id: number; n: number }>;
    };
    expect(rows.rows).toEqual([
      { id: 1, n: 2 },
      { id: 2, n: 2 },
    ]);
    const log = (await database.db.execute(sql`select attempt from conflict_log order by attempt`)) as {
      rows: Array<{ attempt: string }>;
    };
    expect(log.rows.map((r) => r.attempt)).toEqual(['a', 'b']);
  });

  it('a serialization failure (write skew under SERIALIZABLE, failing at a statement or the COMMIT) runs again', async () => {
    await database.db.execute(sql`delete from conflict_log`);
    let runs = 0;
    // each reads the total and writes a row of its own: serializable lets only one of the two commit as it read
    const skew = (name: string) =>
      retryAfterConnectionLoss(() =>
        database.db.transaction(
          async (tx) => {
            runs++;
            await tx.execute(sql`select count(*) from conflict_log`);
            await pause(150);
            await tx.execute(sql`insert into conflict_log values (${name})`);
          },
          { isolationLevel: 'serializable' },
        ),
      );
    await Promise.all([skew('x'), skew('y')]);
    expect(runs).toBe(3);
    const log = (await database.db.execute(sql`select attempt from conflict_log order by attempt`)) as {
      rows: Array<{ attempt: string }>;
    };
    expect(log.rows.map((r) => r.attempt)).toEqual(['x', 'y']);
  });
});
