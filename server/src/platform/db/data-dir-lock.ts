/**
 * PGlite has no cross-process protection: two processes could open one data directory and
 * corrupt it (shared/security §1.4). We hold a lock file with our PID; a second process is
 * refused with a clear message, and a lock left by a killed process is detected and removed,
 * together with PGlite's own stale postmaster.pid.
 */
import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    public readonly pid: number,
    public readonly dataDir: string,
  ) {
    super(
      `数据目录 ${dataDir} 正被进程 ${pid} 使用，不能同时启动第二个实例。\n` +
        `The data directory ${dataDir} is in use by process ${pid}; a second instance cannot start on it.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataDirLock {
  release(): void;
  /** True when a stale lock of a dead process was found and cleared. */
  recovered: boolean;
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'uplift.lock');
  let recovered = false;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) throw new DataDirLockedError(pid, dataDir);
      // The owner is gone (kill -9, power loss): clear its lock and PGlite's stale postmaster.pid.
      fs.rmSync(lockPath, { force: true });
      fs.rmSync(path.join(dataDir, 'pgdata', 'postmaster.pid'), { force: true });
      recovered = true;
    }
  }
  return {
    recovered,
    release() {
      try {
        if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.rmSync(lockPath, { force: true });
      } catch {
        // already gone
      }
    },
  };
}
