/** Liveness over HTTP (contracts/health.ts): the database engine and the newest applied migration. */
import type { FastifyInstance } from 'fastify';
import { health } from '../../../../contracts/health.js';
import { appliedMigrationVersion } from '../../platform/db/migrate.js';
import { route } from '../../platform/http/route.js';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  route(app, health.check, async () => ({
    status: 'ok' as const,
    database: app.ctx.database.kind,
    migration: await appliedMigrationVersion(app.ctx.database),
  }));
}
