import { defineConfig } from 'vitest/config';

/**
 * Suites: `unit` (domain rules and the web's pure helpers, no database), `api` (HTTP tests on PGlite, and on PostgreSQL
 * when TEST_DATABASE_URL is set), `e2e` (browser tests against a running server with Chromium).
 * scripts/test.mjs decides which can run here and says why the others are skipped.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'domain/**/*.test.ts',
            'server/src/**/*.unit.test.ts',
            'server/seeds/**/*.unit.test.ts',
            'web/src/**/*.test.ts',
            'scripts/**/*.unit.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'api',
          include: ['server/test/**/*.test.ts'],
          // the demo world seeded once and copied per test app (server/test/helpers/demo-template.ts)
          globalSetup: ['server/test/helpers/demo-template.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: true,
        },
      },
      // a phone-width page with the whole survey can take more than the default 1 s to re-render on a busy machine
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          // the demo data directory made once and copied per journey (e2e/helpers/demo-data-dir.ts)
          globalSetup: ['e2e/helpers/demo-data-dir.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
