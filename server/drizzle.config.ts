import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // one table file per capability (modules/<capability>/<capability>.table.ts) and the platform's own (platform/**)
  schema: './server/src/**/*.table.ts',
  out: './server/migrations',
});
