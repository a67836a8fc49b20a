/**
 * A lost PostgreSQL connection through the API (ADR 0015). A trigger makes the backend end its own
 * connection in the middle of a request, the way pg_terminate_backend or a failover would: a transaction
 * that lost its connection before COMMIT runs again and writes once; one that keeps losing it, or lost it
 * during COMMIT, answers 503 DATABASE_UNAVAILABLE and is not repeated. PGlite runs inside the process and
 * has no connection to lose, so this file runs on PostgreSQL only (the e2e test does the same under load).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { buildTestApp, type Client, type TestApp } from './helpers/test-app.js';
import { testDbKind } from './helpers/test-database.js';

const onPostgres = testDbKind() === 'postgres';

describe.skipIf(!onPostgres)(
  `a lost database connection${onPostgres ? '' : ' (skipped: PGlite has no connection to lose; run with TEST_DB=postgres)'}`,
  () => {
    let t: TestApp;
    let xuzhou: Client;
    beforeAll(async () => {
      t = await buildTestApp();
      xuzhou = await t.as('xuzhou');
      const { db } = t.ctx.database;
      // sequences are not transactional: "the first time" survives the rollback of the killed transaction
      await db.execute(sql.raw(`create sequence lost_once`));
      await db.execute(sql.raw(`create sequence lost_at_commit_once`));
      await db.execute(
        sql.raw(`
      create function end_my_connection() returns trigger language plpgsql as $$
      begin
        if new.place like '断线一次%' and nextval('lost_once') = 1 then perform pg_terminate_backend(pg_backend_pid()); end if;
        if new.place like '断线总是%' then perform pg_terminate_backend(pg_backend_pid()); end if;
        if new.place like '提交时断线%' and nextval('lost_at_commit_once') = 1 then perform pg_terminate_backend(pg_backend_pid()); end if;
        return new;
      end $$`),
      );
      await db.execute(
        sql.raw(
          `create trigger end_my_connection before insert on kick_offs for each row when (new.place like '断线%') execute function end_my_connection()`,
        ),
      );
      // a deferred constraint trigger runs inside COMMIT: the connection ends after the app sent COMMIT
      await db.execute(
        sql.raw(
          `create constraint trigger end_my_connection_at_commit after insert on kick_offs deferrable initially deferred for each row when (new.place like '提交时断线%') execute function end_my_connection()`,
        ),
      );
    });
    afterAll(async () => t?.close());

    const kickOff = (place: string) => ({ heldOn: '2026-03-02', place, attendees: '市局、认证机构' });
    const url = () => `/api/v1/campaigns/${t.ids.campaigns.xz}/kick-offs`;
    const count = async (query: SQL) => {
      const result = (await t.ctx.database.db.execute(query)) as unknown as { rows: Array<{ count: string }> };
      return Number(result.rows[0]!.count);
    };
    const rowsWithPlace = (place: string) => count(sql`select count(*) from kick_offs where place = ${place}`);

    it('runs a transaction again when its connection was lost before COMMIT, and writes it once', async () => {
      const auditEntries = () => count(sql`select count(*) from audit_trail where action = 'campaign.kick_off'`);
      const auditBefore = await auditEntries();
      const response = await xuzhou.post(url(), kickOff('断线一次 会议室'));
      expect(response.statusCode, response.body).toBe(201);
      expect(await rowsWithPlace('断线一次 会议室')).toBe(1);
      expect(await auditEntries()).toBe(auditBefore + 1);
    });

    it('answers 503 DATABASE_UNAVAILABLE (zh/en, Retry-After) when the connection keeps being lost, and writes nothing', async () => {
      const zh = await xuzhou.post(url(), kickOff('断线总是 会议室'));
      expect(zh.statusCode, zh.body).toBe(503);
      expect(zh.headers['retry-after']).toBe('1');
      expect(zh.json()).toEqual({
        code: 'DATABASE_UNAVAILABLE',
        message: '数据库连接暂时中断，请稍后重试；如刚才在保存，请先刷新查看是否已保存',
      });
      const en = await xuzhou.post(url(), kickOff('断线总是 会议室'), { 'accept-language': 'en-US' });
      expect(en.statusCode).toBe(503);
      expect(en.json().message).toMatch(/^The database connection was briefly lost/);
      expect(await rowsWithPlace('断线总是 会议室')).toBe(0);
    });

    it('does not repeat a write whose COMMIT was sent when the connection was lost', async () => {
      const response = await xuzhou.post(url(), kickOff('提交时断线 会议室'));
      // a retry would have succeeded (the trigger ends the connection once): 503 shows it was not retried
      expect(response.statusCode, response.body).toBe(503);
      expect(response.json().code).toBe('DATABASE_UNAVAILABLE');
      expect(await rowsWithPlace('提交时断线 会议室')).toBe(0);
    });

    it('serves again after every connection it held was ended', async () => {
      await t.ctx.database.db.execute(
        sql.raw(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
        ),
      );
      const read = await xuzhou.get(`/api/v1/campaigns/${t.ids.campaigns.xz}`);
      expect(read.statusCode, read.body).toBe(200);
      const write = await xuzhou.post(url(), kickOff('之后 会议室'));
      expect(write.statusCode, write.body).toBe(201);
    });
  },
);
