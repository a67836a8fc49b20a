/** What every module gets: the database, the clock and the settings. Tests build their own. */
import type { Database } from '../db/client.js';
import type { Clock } from '../clock.js';
import type { SessionPolicy, Actor } from '../auth/session-store.js';
import type { Permission } from '../../../../domain/access/permissions.js';
import type { FileStore } from '../files/file-store.js';
import type { AnchorStore } from '../audit/anchors.js';
import type { Endpoint } from '../../../../contracts/endpoint.js';
import type { DeliveryLog, Mailer, SmsSender } from '../delivery/messages.js';

export interface AppContext {
  database: Database;
  clock: Clock;
  sessionPolicy: SessionPolicy;
  lockout: { threshold: number; lockMs: number };
  cookieSecure: boolean;
  demo: boolean;
  /** R05: sign-in attempts per client address per minute. */
  authRateLimitPerMinute: number;
  /** Uploaded evidence and scans, outside the web root. */
  files: FileStore;
  /** ADR 0019: where chain-head anchors are kept, outside the database. */
  auditAnchors: AnchorStore;
  /** R31: contact reveals allowed per user per hour. */
  contactRevealsPerHour: number;
  /** ADR 0034: invitation lifetime, the public address links start with, and the senders (defaults when absent). */
  accounts?: {
    invitationTtlMs: number;
    publicBaseUrl: string | null;
    mailer: Mailer;
    sms: SmsSender;
    /** Where a failed send is reported; default the console. */
    log?: DeliveryLog;
  };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Deny by default: a route without a permission does not start (R10). */
    permission?: Permission;
    /** The contract the route was registered from (ADR 0031): OpenAPI reads its error codes. */
    endpoint?: Endpoint;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The session cookie was present but the session had timed out. */
    sessionExpired: boolean;
  }
  interface FastifyInstance {
    ctx: AppContext;
    /** Every route with its permission, for the start-up check and the authorization matrix test. */
    routeTable: ReadonlyArray<{ method: string; url: string; permission: string | undefined }>;
  }
}
