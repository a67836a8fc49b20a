/**
 * Benchmarks (never timed tests): `npm run bench -- <name>`, e.g. `npm run bench -- intake`.
 * Results go to stdout as a table (see bench/README.md).
 */
const BENCHMARKS: Record<string, { about: string; run: () => Promise<void> }> = {
  matching: {
    about: 'optimal expert assignment at national scale (50,000 enterprises, 10,000 experts)',
    run: async () => (await import('./matching.js')).runMatchingBench(),
  },
  upload: {
    about: 'a 200,000-row roster upload refused while read: time, memory and /api/health latency meanwhile',
    run: async () => (await import('./upload.js')).runUploadBench(),
  },
  intake: {
    about: 'roster import (10,000 rows, 2 % bad) and streamed export (100,000 participations)',
    run: async () => (await import('./intake.js')).runIntakeBench(),
  },
  list: {
    about:
      'the scoped participation list with its total at national scale (100,000 participations, PostgreSQL, 50 connections)',
    run: async () => (await import('./list.js')).runListBench(),
  },
  detail: {
    about: 'the 一企一档 detail of a full file inside the national data set (PostgreSQL, 50 connections)',
    run: async () => (await import('./detail.js')).runDetailBench(),
  },
  start: {
    about: '`npm start` until /api/health answers: first start (empty DATA_DIR) and second start',
    run: async () => (await import('./start.js')).runStartBench(),
  },
};

const name = process.argv[2];
const bench = name ? BENCHMARKS[name] : undefined;
if (!bench) {
  console.error(
    `usage: npm run bench -- <name>\n${Object.entries(BENCHMARKS)
      .map(([key, b]) => `  ${key.padEnd(10)} ${b.about}`)
      .join('\n')}`,
  );
  process.exit(name ? 1 : 0);
}
try {
  await bench.run();
  process.exit(0);
} catch (error) {
  console.error(error);
  process.exit(1);
}
