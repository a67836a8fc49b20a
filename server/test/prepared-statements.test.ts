/**
 * Every parameterised statement is prepared once per PostgreSQL connection (ADR 0045): the second run of the same
 * text finds its statement by name, a different text gets its own, and a connection keeps at most
 * PREPARED_PER_CONNECTION of them; a pattern match on a parameter is left to be planned for its value. PGlite has no connections to prepare on, so this runs on PostgreSQL only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/platform/db/client.js';
import { PREPARED_PER_CONNECTION } from '../src/platform/db/postgres-pool.js';
import { createScratchPostgresDatabase, testDbKind } from './helpers/test-database.js';

const onPostgres = testDbKind() === 'postgres';

describe.skipIf(!onPostgres)(
  `prepared statements${onPostgres ? '' : ' (skipped: PGlite has no connections; run with TEST_DB=postgres)'}`,
  () => {
    let database: Database;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      const scratch = await createScratchPostgresDatabase();
      database = await openDatabase({ url: scratch.url });
      drop = scratch.drop;
    });
    afterAll(async () => {
      await database?.close();
      await drop?.();
    });

    // one transaction holds one connection, so what it prepared is what pg_prepared_statements shows
    type Tx = Parameters<Parameters<Database['db']['transaction']>[0]>[0];
    const rowsOf = async <T>(tx: Tx, query: ReturnType<typeof sql>) =>
      ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
    const preparedNames = (tx: Tx) =>
      rowsOf<{ name: string; statement: string }>(
        tx,
        sql`select name, statement from pg_prepared_statements where name like ${'u\\_%'}`,
      );

    it('prepares a parameterised statement once and runs it again by name', async () => {
      await database.db.transaction(async (tx) => {
        const before = (await preparedNames(tx)).length;
        for (let i = 0; i < 3; i++) {
          expect(await rowsOf(tx, sql`select ${i}::int + 1 as n`)).toEqual([{ n: i + 1 }]);
        }
        await tx.execute(sql`select ${'x'}::text || 'y' as s`);
        const names = await preparedNames(tx);
        // the three runs of one text made one statement, the other text a second (the lookup was made before)
        expect(names.length - before).toBe(2);
        expect(names.filter((n) => n.statement.includes('::int + 1'))).toHaveLength(1);
      });
    });

    it('keeps at most PREPARED_PER_CONNECTION statements on a connection, and the rest still run', async () => {
      await database.db.transaction(async (tx) => {
        for (let i = 0; i < PREPARED_PER_CONNECTION + 20; i++) {
          const rows = await rowsOf(
            tx,
            sql`select ${i}::int as n, ${sql.raw(String(i))} as text_${sql.raw(String(i))}`,
          );
          expect(rows[0]).toMatchObject({ n: i });
        }
        const names = await preparedNames(tx);
        expect(names.length).toBe(PREPARED_PER_CONNECTION);
      });
    });

    it('leaves a pattern match on a parameter unnamed, so it is planned for its value (the region-prefix index)', async () => {
      await database.db.transaction(async (tx) => {
        for (let i = 0; i < 7; i++) await tx.execute(sql`select ${'32'}::text like ${'3%'} as hit`);
        const names = await preparedNames(tx);
        expect(names.some((n) => n.statement.includes('like $2'))).toBe(false);
      });
    });

    it('leaves a statement without parameters unnamed', async () => {
      await database.db.transaction(async (tx) => {
        await tx.execute(sql.raw('select 41 + 1 as answer'));
        const names = await preparedNames(tx);
        expect(names.some((n) => n.statement.includes('41 + 1'))).toBe(false);
      });
    });
  },
);
