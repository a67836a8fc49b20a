/**
 * One database handle for both engines: PostgreSQL when DATABASE_URL is set (production),
 * otherwise the embedded PGlite (PostgreSQL compiled to WASM) in DATA_DIR. Same schema,
 * same SQL, same migrations.
 */
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { createPostgresPool } from './postgres-pool.js';
import { isTransactionConflict, noteMayHaveCommitted, noteRolledBack } from './retry.js';

// Queries are built from the tables (*.table.ts) without drizzle's relational API (no `db.query.*`),
// so the handles carry no schema and no module's tables.
export type Db = PgDatabase<PgQueryResultHKT>;
/** The transaction `db.transaction` hands its callback. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  db: Db;
  /** True when start-up found and cleared a lock left by a killed process. */
  recoveredStaleLock: boolean;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… ; when absent PGlite is used. */
  url?: string;
  /** PGlite data directory; absent = in memory (tests). */
  dataDir?: string;
  /** Reuse an existing PGlite instance (tests clone a prepared one). */
  pglite?: PGlite;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) {
    const pool = createPostgresPool(options.url);
    const db: Db = drizzlePg(pool);
    noteCommitOfEveryTransaction(db);
    return { kind: 'postgres', db, recoveredStaleLock: false, close: () => pool.end() };
  }

  let lock: DataDirLock | undefined;
  let client = options.pglite;
  if (!client) {
    if (options.dataDir) {
      lock = acquireDataDirLock(options.dataDir);
      try {
        client = await PGlite.create(path.join(options.dataDir, 'pgdata'));
      } catch (error) {
        lock.release();
        throw error;
      }
    } else {
      client = await PGlite.create();
    }
  }
  const pglite = client;
  const db: Db = drizzlePglite(pglite);
  return {
    kind: 'pglite',
    db,
    recoveredStaleLock: lock?.recovered ?? false,
    async close() {
      if (!options.pglite) await pglite.close();
      lock?.release();
    },
  };
}

/**
 * A transaction's work is done and its COMMIT is about to be sent: from here on the request may have
 * committed, so a lost connection is not retried (./retry.ts, ADR 0015). Savepoints (tx.transaction)
 * commit nothing and are left alone.
 */
function noteCommitOfEveryTransaction(db: Db): void {
  const transaction = db.transaction.bind(db);
  db.transaction = (async (work, config) => {
    let commitNoted = false;
    try {
      return await transaction(async (tx) => {
        const result = await work(tx);
        noteMayHaveCommitted();
        commitNoted = true;
        return result;
      }, config);
    } catch (error) {
      // a serialization failure or deadlock, at the COMMIT too, means PostgreSQL rolled it all back
      if (commitNoted && isTransactionConflict(error)) noteRolledBack();
      throw error;
    }
  }) as Db['transaction'];
}
