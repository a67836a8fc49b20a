import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // ADR 0001, 0006: one schema for PGlite and PostgreSQL, written as one table file per capability
  // (modules/<capability>/<capability>.table.ts) and the platform's own (platform/**/*.table.ts)
  schema: './server/src/**/*.table.ts',
  out: './server/migrations',
});
