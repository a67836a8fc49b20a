/**
 * ADR 0039: `Idempotency-Key` on writes. A client that may send a write twice (a retried submit after a timeout,
 * a double click) names the attempt with a key; the first request with that key runs, and its answer is kept a
 * day. A repeat of the same request gets that answer again (header `Idempotent-Replayed: true`) and does nothing;
 * a repeat while the first still runs gets 409 IDEMPOTENCY_IN_PROGRESS; the same key with a different request gets
 * 422 IDEMPOTENCY_KEY_REUSED. A 5xx answer is not kept (nothing was done that a retry must not repeat; ADR 0015),
 * so the retry runs. Requests without the header are untouched.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { and, eq, lt, sql } from 'drizzle-orm';
import { AppError } from '../http/app-error.js';
import { idempotencyKeys } from './idempotency.table.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';
/** How long an answer is kept for a repeat. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY_SHAPE = /^[A-Za-z0-9_-]{8,128}$/;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Expired keys are deleted at most this often per process. */
const PURGE_EVERY_MS = 10 * 60 * 1000;

declare module 'fastify' {
  interface FastifyRequest {
    /** The key row this request holds while it runs (set by the preHandler below). */
    idempotencyKeyHash: string | null;
  }
}

const sha256 = (value: string | Buffer) => createHash('sha256').update(value).digest('hex');

function requestDigest(request: FastifyRequest): string {
  const body = request.body;
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body === undefined ? '' : JSON.stringify(body));
  return sha256(Buffer.concat([Buffer.from(`${request.method} ${request.url}\n`), bytes]));
}

export function installIdempotency(app: FastifyInstance): void {
  app.decorateRequest('idempotencyKeyHash', null);
  let lastPurge = 0;

  // after the guard (who sends it is known, CSRF checked) and validation, before the handler
  app.addHook('preHandler', async (request, reply) => {
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (header === undefined || !WRITES.has(request.method) || request.is404) return;
    const key = Array.isArray(header) ? header[0] : header;
    if (!key || !KEY_SHAPE.test(key)) throw new AppError('VALIDATION_FAILED', { field: 'Idempotency-Key' });
    const { db } = app.ctx.database;
    const now = app.ctx.clock.now();
    if (now.getTime() - lastPurge > PURGE_EVERY_MS) {
      lastPurge = now.getTime();
      await db
        .delete(idempotencyKeys)
        .where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_TTL_MS)));
    }
    const keyHash = sha256(`${request.actor?.userId ?? 'anonymous'}\n${key}`);
    const digest = requestDigest(request);
    const inserted = await db
      .insert(idempotencyKeys)
      .values({ keyHash, requestDigest: digest, state: 'pending', createdAt: now })
      .onConflictDoNothing()
      .returning({ keyHash: idempotencyKeys.keyHash });
    if (inserted.length > 0) {
      request.idempotencyKeyHash = keyHash;
      return;
    }
    const [kept] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.keyHash, keyHash));
    if (!kept || kept.createdAt.getTime() < now.getTime() - IDEMPOTENCY_TTL_MS) {
      // expired (or gone since the insert): this request takes the key over
      await db
        .update(idempotencyKeys)
        .set({
          requestDigest: digest,
          state: 'pending',
          statusCode: null,
          contentType: null,
          body: null,
          createdAt: now,
        })
        .where(eq(idempotencyKeys.keyHash, keyHash));
      if (!kept)
        await db
          .insert(idempotencyKeys)
          .values({ keyHash, requestDigest: digest, state: 'pending', createdAt: now })
          .onConflictDoNothing();
      request.idempotencyKeyHash = keyHash;
      return;
    }
    if (kept.requestDigest !== digest) throw new AppError('IDEMPOTENCY_KEY_REUSED', { field: 'Idempotency-Key' });
    if (kept.state !== 'done' || kept.statusCode === null) {
      reply.header('retry-after', '1');
      throw new AppError('IDEMPOTENCY_IN_PROGRESS', { field: 'Idempotency-Key' });
    }
    reply.header(REPLAYED_HEADER, 'true');
    if (kept.contentType) reply.header('content-type', kept.contentType);
    return reply.code(kept.statusCode).send(kept.body ?? '');
  });

  // the answer of the request that held the key: kept for repeats, or the key given back on a 5xx
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const keyHash = request.idempotencyKeyHash;
    if (!keyHash) return payload;
    request.idempotencyKeyHash = null;
    const { db } = app.ctx.database;
    const where = and(eq(idempotencyKeys.keyHash, keyHash), eq(idempotencyKeys.state, 'pending'));
    if (reply.statusCode >= 500 || (payload !== null && payload !== undefined && typeof payload !== 'string')) {
      // a 5xx did nothing a retry must not repeat; a streamed or binary answer is not kept (the retry runs)
      await db.delete(idempotencyKeys).where(where);
      return payload;
    }
    const contentType = reply.getHeader('content-type');
    try {
      await db
        .update(idempotencyKeys)
        .set({
          state: 'done',
          statusCode: reply.statusCode,
          contentType: typeof contentType === 'string' ? contentType : null,
          body: typeof payload === 'string' ? payload : null,
        })
        .where(where);
    } catch (error) {
      // the work is done and answered; a repeat finds the key pending and is told to look (409), never redone
      request.log.warn({ err: error }, 'idempotency: the answer could not be kept');
    }
    return payload;
  });
}

/** For tests and the purge: how many keys are kept. */
export async function countKeptKeys(app: FastifyInstance): Promise<number> {
  const [row] = await app.ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(idempotencyKeys);
  return row?.n ?? 0;
}
