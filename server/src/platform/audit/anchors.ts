/**
 * Chain-head anchors (ADR 0019): every few seconds the app writes the newest trail entry's seq and
 * hash to an append-only file outside the database (AUDIT_ANCHOR_FILE). A role that can delete or
 * rewrite trail rows cannot touch this file, so the verifier notices both a truncated tail (an
 * anchor names a seq the table no longer holds) and a rewritten chain (the anchored hash differs).
 *
 * Why a timer and not a write per append: an append runs under the trail's advisory lock inside the
 * business transaction; a file write there would slow every command and could record a head whose
 * transaction then rolls back. The checkpoint instead reads the committed head, so several app
 * instances may each anchor the same shared chain, into one file or each into its own.
 * The price: entries newer than the last checkpoint (at most one interval) are not yet anchored.
 */
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { desc } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { auditTrail } from './audit-trail.table.js';
import type { AuditKey } from './key.js';

export interface Anchor {
  seq: number;
  hash: string;
  /** When the checkpoint was taken (ISO 8601). */
  at: string;
  /** Fingerprint of the key in use, so a verifier run with another key can say so. */
  key: string;
  /** HMAC over the fields above: a line typed into the file by hand does not pass. */
  mac: string;
}

export interface AnchorStore {
  readonly location: string;
  append(anchor: Anchor): Promise<void>;
  readAll(): Promise<Anchor[]>;
}

export function anchorMac(key: AuditKey, anchor: Pick<Anchor, 'seq' | 'hash' | 'at'>): string {
  return createHmac('sm3', key.secret)
    .update(`uplift-audit-anchor\n${anchor.seq}\n${anchor.hash}\n${anchor.at}`)
    .digest('hex');
}

export function makeAnchor(key: AuditKey, head: { seq: number; hash: string }, at: Date): Anchor {
  const base = { seq: head.seq, hash: head.hash, at: at.toISOString() };
  return { ...base, key: key.fingerprint, mac: anchorMac(key, base) };
}

/** One JSON line per checkpoint, opened with O_APPEND so concurrent writers never overwrite each other. */
export function fileAnchorStore(file: string): AnchorStore {
  const location = path.resolve(file);
  return {
    location,
    async append(anchor) {
      await fs.promises.mkdir(path.dirname(location), { recursive: true });
      await fs.promises.appendFile(location, `${JSON.stringify(anchor)}\n`, { mode: 0o600, flag: 'a' });
    },
    async readAll() {
      let text: string;
      try {
        text = await fs.promises.readFile(location, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const lines = text.split('\n');
      const anchors: Anchor[] = [];
      lines.forEach((line, index) => {
        if (line.trim() === '') return;
        const parsed = parseAnchor(line);
        // a torn last line (power lost mid-write) is dropped; anything else is reported
        if (!parsed && index === lines.length - 1) return;
        if (!parsed)
          throw new Error(
            `审计锚点文件第 ${index + 1} 行无效 / anchor file ${location} line ${index + 1} is not a valid anchor`,
          );
        anchors.push(parsed);
      });
      return anchors;
    },
  };
}

function parseAnchor(line: string): Anchor | null {
  try {
    const value = JSON.parse(line) as Partial<Anchor>;
    if (
      !Number.isSafeInteger(value.seq) ||
      typeof value.hash !== 'string' ||
      typeof value.at !== 'string' ||
      typeof value.key !== 'string' ||
      typeof value.mac !== 'string'
    )
      return null;
    return value as Anchor;
  } catch {
    return null;
  }
}

/** Writes the committed chain head to the store unless it is the head written last time. */
export function auditCheckpointer(db: Executor, store: AnchorStore, key: AuditKey, now: () => Date) {
  let lastSeq = 0;
  let running: Promise<void> | null = null;
  const checkpointOnce = async () => {
    const [head] = await db
      .select({ seq: auditTrail.seq, hash: auditTrail.hash })
      .from(auditTrail)
      .orderBy(desc(auditTrail.seq))
      .limit(1);
    if (!head || head.seq === lastSeq) return;
    await store.append(makeAnchor(key, head, now()));
    lastSeq = head.seq;
  };
  return {
    /** One checkpoint; calls that overlap share the running one. */
    checkpoint(): Promise<void> {
      running ??= checkpointOnce().finally(() => {
        running = null;
      });
      return running;
    },
  };
}

/** Checkpoints every intervalMs until stopped; stop() takes a last checkpoint (on shutdown). */
export function startAuditCheckpoints(
  checkpointer: ReturnType<typeof auditCheckpointer>,
  intervalMs: number,
  onError: (error: unknown) => void,
) {
  const timer = setInterval(() => {
    checkpointer.checkpoint().catch(onError);
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await checkpointer.checkpoint().catch(onError);
    },
  };
}
