/**
 * Uploaded files (ADR 0022): kept outside the web root in a directory of
 * their own, named by their SHA-256 (the same photo twice is stored once), written to a temporary
 * name and renamed so a crash never leaves half a file under a real name. The database keeps
 * who uploaded what, for which participation, with the digest. A write that fails removes its
 * temporary file; an upload refused after its bytes were stored removes them (files.service).
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface FileStore {
  /** Stores the bytes; returns their SHA-256 (hex), which is also their key, and whether this call created the file. */
  put(bytes: Buffer): Promise<{ sha256: string; created: boolean }>;
  get(sha256: string): Promise<Buffer>;
  /** Removes a stored file (nothing happens when it is not there). */
  remove(sha256: string): Promise<void>;
}

export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function directoryFileStore(root: string): FileStore {
  const pathOf = (sha: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error('bad file key');
    return path.join(root, sha.slice(0, 2), sha);
  };
  return {
    async put(bytes) {
      const sha256 = sha256Hex(bytes);
      const target = pathOf(sha256);
      try {
        await fs.access(target);
        return { sha256, created: false };
      } catch {
        await fs.mkdir(path.dirname(target), { recursive: true });
        const temp = `${target}.${randomUUID()}.tmp`;
        try {
          await fs.writeFile(temp, bytes, { flag: 'wx', mode: 0o600 });
          await fs.rename(temp, target);
        } catch (error) {
          await fs.rm(temp, { force: true });
          throw error;
        }
        return { sha256, created: true };
      }
    },
    async get(sha) {
      return fs.readFile(pathOf(sha));
    },
    async remove(sha) {
      // the fan-out directory stays: a concurrent upload may be writing into it
      await fs.rm(pathOf(sha), { force: true });
    },
  };
}
