import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appliedMigrationVersion } from '../../platform/db/migrate.js';

const HealthResponse = z.object({
  status: z.enum(['ok']),
  database: z.enum(['pglite', 'postgres']).describe('the engine in use'),
  migration: z.string().nullable().describe('the newest applied migration'),
});

const MetaResponse = z.object({
  demo: z.boolean().describe('demo data and demo accounts are enabled'),
  version: z.string(),
});

export async function healthRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/health',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['platform'],
        summary: 'Liveness, database kind and migration version',
        response: { 200: HealthResponse },
      },
    },
    async () => ({
      status: 'ok' as const,
      database: app.ctx.database.kind,
      migration: await appliedMigrationVersion(app.ctx.database),
    }),
  );

  app.get(
    '/api/v1/meta',
    {
      config: { permission: 'public' },
      schema: { tags: ['platform'], summary: 'Whether this is a demo installation', response: { 200: MetaResponse } },
    },
    async () => ({ demo: app.ctx.demo, version: '0.1.0' }),
  );
}
