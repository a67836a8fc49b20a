/** Liveness for probes and operators: public, outside /api/v1 (its path is kept for the probes already set up). */
import { z } from 'zod';
import { defineContract } from './endpoint.js';

export const HealthAnswer = z.object({
  status: z.enum(['ok']),
  database: z.enum(['pglite', 'postgres']).describe('the engine in use'),
  migration: z.string().nullable().describe('the newest applied migration'),
});

export const health = defineContract('health', {
  check: {
    method: 'GET',
    path: '/api/health',
    permission: 'public',
    summary: 'Liveness, database kind and migration version',
    answer: HealthAnswer,
    errors: [],
  },
});
