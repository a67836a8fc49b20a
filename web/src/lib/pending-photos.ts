/**
 * Evidence photos picked while offline: kept in IndexedDB (they survive a reload) until
 * the survey syncs, then uploaded first and their file ids added to the sub-item's evidence.
 * Falls back to memory when IndexedDB is unavailable.
 */
export interface PendingPhoto {
  id: string;
  participationId: string;
  subItemKey: string;
  name: string;
  type: string;
  blob: Blob;
  createdAt: string;
}

const DB_NAME = 'uplift-offline';
const STORE = 'pendingPhotos';
const memory = new Map<string, PendingPhoto>();

function openDb(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') {
      resolve(null);
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, 1);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE))
        db.createObjectStore(STORE, { keyPath: 'id' }).createIndex('participationId', 'participationId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | null> {
  return openDb().then(
    (db) =>
      new Promise<T | null>((resolve) => {
        if (!db) {
          resolve(null);
          return;
        }
        try {
          const tx = db.transaction(STORE, mode);
          const request = work(tx.objectStore(STORE));
          tx.oncomplete = () => {
            db.close();
            resolve(request.result);
          };
          tx.onerror = () => {
            db.close();
            resolve(null);
          };
        } catch {
          db.close();
          resolve(null);
        }
      }),
  );
}

export function newPhotoId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `p-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export async function addPending(photo: PendingPhoto): Promise<void> {
  const stored = await run('readwrite', (s) => s.put(photo));
  if (stored === null) memory.set(photo.id, photo);
}

export async function listPending(participationId: string): Promise<PendingPhoto[]> {
  const fromDb = await run<PendingPhoto[]>(
    'readonly',
    (s) => s.index('participationId').getAll(participationId) as IDBRequest<PendingPhoto[]>,
  );
  const fromMemory = [...memory.values()].filter((p) => p.participationId === participationId);
  return [...(fromDb ?? []), ...fromMemory].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function removePending(id: string): Promise<void> {
  memory.delete(id);
  await run('readwrite', (s) => s.delete(id));
}

/** Photos on this device still waiting to be uploaded, for every survey (checked before signing out). */
export async function countAllPending(): Promise<number> {
  const fromDb = await run<number>('readonly', (s) => s.count());
  return (fromDb ?? 0) + memory.size;
}
