import { api, ApiError, makeUuid } from '../../api/client';

// The phone's outbox (issue 5 item 9, decision 008): every visit write is first stored in IndexedDB
// with its own Idempotency-Key and a client-made record id, then sent in order when the network
// allows. A replay (lost answer, a second sync of the same batch) is answered by the server from its
// idempotency store, so nothing is written twice. Refused writes stay listed for the rep.

/** One queued write. */
export interface OutboxEntry {
  key: string;
  seq: number;
  visitId: string;
  method: 'POST' | 'PUT';
  path: string;
  body: unknown;
  createdAt: string;
  state: 'pending' | 'sent' | 'refused';
  error?: string;
  response?: unknown;
}

const dbName = 'qudao-visits';
const store = 'outbox';
const cacheStore = 'briefs';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(dbName, 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(store)) db.createObjectStore(store, { keyPath: 'key' });
      if (!db.objectStoreNames.contains(cacheStore)) db.createObjectStore(cacheStore);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('indexedDB open failed'));
  });
}

async function run<T>(name: string, mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(name, mode);
    const req = fn(tx.objectStore(name));
    tx.oncomplete = () => {
      db.close();
      resolve(req.result);
    };
    tx.onerror = () => reject(tx.error ?? new Error('indexedDB transaction failed'));
  });
}

const listeners = new Set<() => void>();
/** Subscribes to outbox changes; returns the unsubscribe function. */
export function onOutboxChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
const changed = () => listeners.forEach((fn) => fn());

/** Every entry, oldest first. */
export async function readOutbox(): Promise<OutboxEntry[]> {
  const all = await run<OutboxEntry[]>(store, 'readonly', (s) => s.getAll() as IDBRequest<OutboxEntry[]>);
  return all.sort((a, b) => a.seq - b.seq);
}

/** Queues a write and tries to send the queue; resolves once it is safely stored on the phone. */
export async function enqueue(visitId: string, method: OutboxEntry['method'], path: string, body: unknown): Promise<OutboxEntry> {
  const entry: OutboxEntry = { key: makeUuid(), seq: Date.now() * 1000 + Math.floor(Math.random() * 1000), visitId, method, path, body, createdAt: new Date().toISOString(), state: 'pending' };
  await run(store, 'readwrite', (s) => s.put(entry));
  changed();
  void flush();
  return entry;
}

/**
 * Whether a failed send stays pending for a later retry: no network, a lapsed session, or a server or
 * store outage (5xx, e.g. 503 PHOTO.STORE_UNAVAILABLE). Any other answer is a refusal the rep must see.
 */
export function isRetryable(err: unknown): boolean {
  return err instanceof ApiError && (err.code === 'NETWORK' || err.status === 401 || err.status >= 500);
}

let flushing: Promise<void> | null = null;
let again = false;

/**
 * Sends pending entries in order, re-reading the queue after each one (entries queued meanwhile are
 * included); stops at the first network failure (they stay pending). A call while a run is in flight
 * (e.g. the network came back during its retry pause) makes one more run after it.
 */
export function flush(): Promise<void> {
  if (flushing) {
    again = true;
    return flushing;
  }
  flushing = (async () => {
    try {
      for (;;) {
        const e = (await readOutbox()).find((x) => x.state === 'pending');
        if (!e) break;
        try {
          const response = await api<unknown>(e.path, { method: e.method, body: e.body, idempotencyKey: e.key });
          await run(store, 'readwrite', (s) => s.put({ ...e, state: 'sent', response }));
        } catch (err) {
          if (isRetryable(err)) break;
          await run(store, 'readwrite', (s) => s.put({ ...e, state: 'refused', error: err instanceof Error ? err.message : String(err) }));
        }
        changed();
      }
    } finally {
      flushing = null;
      if (again) {
        again = false;
        void flush();
      }
    }
  })();
  return flushing;
}

/** Forgets sent entries older than a week (refused ones stay until the rep dismisses them). */
export async function pruneOutbox(now = Date.now()): Promise<void> {
  for (const e of await readOutbox()) {
    if (e.state === 'sent' && now - Date.parse(e.createdAt) > 7 * 86_400_000) await run(store, 'readwrite', (s) => s.delete(e.key));
  }
}

/** Removes one entry (a refused write the rep has read). */
export async function dismiss(key: string): Promise<void> {
  await run(store, 'readwrite', (s) => s.delete(key));
  changed();
}

/** Keeps the last brief seen of a visit so that the page opens without network. */
export async function cacheBrief(visitId: string, brief: unknown): Promise<void> {
  await run(cacheStore, 'readwrite', (s) => s.put(brief, visitId));
}

/** The cached brief of a visit, if any. */
export async function cachedBrief<T>(visitId: string): Promise<T | undefined> {
  return run<T | undefined>(cacheStore, 'readonly', (s) => s.get(visitId) as IDBRequest<T | undefined>);
}

if (typeof window !== 'undefined') window.addEventListener('online', () => void flush());
