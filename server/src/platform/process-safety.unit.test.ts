import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('keepServingOnUnhandledRejection', () => {
  it('logs a rejection nobody caught, without its values, and the process carries on', () => {
    // a separate Node process: the test runner has its own rejection handlers
    const script = `
      const { keepServingOnUnhandledRejection } = await import('./server/src/platform/process-safety.ts');
      keepServingOnUnhandledRejection();
      Promise.reject(Object.assign(new Error('Failed query: select 1\\nparams: 13812345678'), { query: 'select $1', params: ['13812345678'] }));
      setTimeout(() => console.log('still serving'), 100);
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('unhandled promise rejection');
    expect(run.stderr).toContain('select $1');
    expect(run.stderr).not.toContain('13812345678');
    expect(run.stdout).toContain('still serving');
  });
});
