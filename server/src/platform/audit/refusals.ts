/**
 * R19: refused access attempts go to the trail — 403s from the guard and the services, the 404s
 * an object outside the caller's scope gets (ADR 0004: out of scope looks like absent), and 429s
 * of our own rate limits —
 * aggregated so that a flood cannot flood the trail (ADR 0020).
 *
 * Per actor + route + code, the first refusal in a window is written at once (`access.denied`);
 * repeats only raise a counter, written as one `access.denied_repeated` entry when the window
 * closes. At most `maxKeys` distinct keys are held; refusals beyond them are counted together
 * (`access.denied_overflow`). So a window writes at most 2 × maxKeys + 1 entries, whatever the load,
 * and memory stays bounded.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error.js';
import { appendAudit, type AuditActor } from './trail.js';

export interface Refusal {
  actor: AuditActor | null;
  method: string;
  /** The route pattern (e.g. /api/v1/participations/:id), never the raw URL: keys stay few. */
  route: string;
  code: string;
  status: number;
}

interface RefusalTrailOptions {
  windowMs: number;
  maxKeys: number;
}

export const REFUSAL_TRAIL_DEFAULTS: RefusalTrailOptions = { windowMs: 60_000, maxKeys: 1000 };

interface Counted {
  refusal: Refusal;
  repeats: number;
}

type Write = (at: Date, entry: Parameters<typeof appendAudit>[2]) => Promise<void>;

export class RefusalTrail {
  private readonly counted = new Map<string, Counted>();
  private overflow = 0;
  private windowStart: Date;

  constructor(
    private readonly write: Write,
    private readonly now: () => Date,
    private readonly options: RefusalTrailOptions = REFUSAL_TRAIL_DEFAULTS,
  ) {
    this.windowStart = now();
  }

  async record(refusal: Refusal): Promise<void> {
    if (this.now().getTime() - this.windowStart.getTime() >= this.options.windowMs) await this.flush();
    const key = `${refusal.actor?.userId ?? '-'}|${refusal.actor?.role ?? '-'}|${refusal.method} ${refusal.route}|${refusal.code}`;
    const seen = this.counted.get(key);
    if (seen) {
      seen.repeats++;
      return;
    }
    if (this.counted.size >= this.options.maxKeys) {
      this.overflow++;
      return;
    }
    this.counted.set(key, { refusal, repeats: 0 });
    await this.write(this.now(), {
      actor: refusal.actor,
      action: 'access.denied',
      objectType: 'route',
      objectId: `${refusal.method} ${refusal.route}`,
      outcome: 'denied',
      detail: { code: refusal.code, status: refusal.status },
    });
  }

  /** Closes the window: one entry per key that repeated, one for the overflow; then starts afresh. */
  async flush(): Promise<void> {
    const from = this.windowStart.toISOString();
    const to = this.now();
    const repeated = [...this.counted.values()].filter((c) => c.repeats > 0);
    const overflow = this.overflow;
    // reset before writing, so refusals arriving meanwhile count in the new window
    this.counted.clear();
    this.overflow = 0;
    this.windowStart = to;
    for (const { refusal, repeats } of repeated) {
      await this.write(to, {
        actor: refusal.actor,
        action: 'access.denied_repeated',
        objectType: 'route',
        objectId: `${refusal.method} ${refusal.route}`,
        outcome: 'denied',
        detail: { code: refusal.code, status: refusal.status, repeats, from, to: to.toISOString() },
      });
    }
    if (overflow > 0) {
      await this.write(to, {
        actor: null,
        action: 'access.denied_overflow',
        outcome: 'denied',
        detail: { refusals: overflow, from, to: to.toISOString() },
      });
    }
  }
}

/** Is this error a refused access attempt (rather than bad input or a business rule)? */
function refusalOf(request: FastifyRequest, error: unknown): Refusal | null {
  if (!(error instanceof AppError)) return null;
  const scopeRefusal =
    error.code === 'NOT_FOUND' && request.actor !== null && (request.routeOptions.url ?? '').includes(':');
  // 429: a refused rate (R19 "rate-limit rejections"), e.g. REVEAL_RATE_LIMITED
  if (error.status !== 403 && error.status !== 429 && !scopeRefusal) return null;
  const actor = request.actor
    ? { userId: request.actor.userId, organizationId: request.actor.organizationId, role: request.actor.role }
    : null;
  return {
    actor,
    method: request.method,
    route: request.routeOptions.url ?? 'unknown',
    code: error.code,
    status: error.status,
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    refusalTrail: RefusalTrail;
  }
}

/** Records refusals from every route (before the error handler answers) and flushes each window. */
export function installRefusalTrail(app: FastifyInstance, options: RefusalTrailOptions = REFUSAL_TRAIL_DEFAULTS): void {
  const { ctx } = app;
  const trail = new RefusalTrail(
    (at, entry) => appendAudit(ctx.database.db, at, entry),
    () => ctx.clock.now(),
    options,
  );
  app.decorate('refusalTrail', trail);
  app.addHook('onError', async (request, _reply, error) => {
    const refusal = refusalOf(request, error);
    if (!refusal) return;
    try {
      await trail.record(refusal);
    } catch (failure) {
      // the request is refused either way; a trail that cannot be written is an alarm, not a 500
      request.log.error({ err: failure }, 'refused access could not be audited');
    }
  });
  const timer = setInterval(() => {
    trail.flush().catch((failure: unknown) => app.log.error({ err: failure }, 'refusal trail flush failed'));
  }, options.windowMs);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await trail.flush().catch(() => undefined);
  });
}
