// Reads of the collections that change rarely (users, customers, stations, devices, rosters) kept as the stored JSON
// text until a write could change them: every report reads the technicians, the stations, the week's rosters, the
// device and the customer, and each query costs 10–30 µs of SQLite while a cached one costs a map lookup. What is
// kept is the rows' text, never parsed documents: every caller still gets objects of its own (JSON.parse).
//
// A cached read is dropped when this store writes to its collection, when a batch of writes is rolled back (the reads
// inside it may have seen them), and when another connection commits to the file (PRAGMA data_version, checked on
// every cached read): nothing is ever answered that the database would not answer.
import type { Database } from 'better-sqlite3';

export interface ReadCache {
  /** the value read for `key` in `collection` since its last write, or `read()` (kept when the collection is cached) */
  read<R>(collection: string, key: string, read: () => R): R;
  /** a write to this collection: what was read from it goes */
  invalidate(collection: string): void;
  /** writes were rolled back: everything goes */
  clear(): void;
}

/** rows kept per collection (a result counts its rows, a count or a single row one); beyond it, it starts again */
const ROWS_PER_COLLECTION = 5000;

interface Entries {
  values: Map<string, unknown>;
  rows: number;
}

export interface ReadCacheOptions {
  /** called before each cached read: lets group commit notice a transaction SQLite rolled back on its own */
  beforeRead?: () => void;
}

export function createReadCache(db: Database, cached: readonly string[], options: ReadCacheOptions = {}): ReadCache {
  const caches = new Map<string, Entries>(cached.map((name) => [name, { values: new Map(), rows: 0 }]));
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  let seenVersion: unknown = null;

  const empty = (entries: Entries) => {
    entries.values.clear();
    entries.rows = 0;
  };
  const clear = () => caches.forEach(empty);

  return {
    read(collection, key, read) {
      const entries = caches.get(collection);
      if (!entries) return read();
      options.beforeRead?.();
      const version = dataVersion.get();
      if (version !== seenVersion) {
        // another connection committed (or this is the first read): nothing kept can be trusted
        clear();
        seenVersion = version;
      }
      if (entries.values.has(key)) return entries.values.get(key) as ReturnType<typeof read>;
      const value = read();
      const rows = Array.isArray(value) ? value.length : 1;
      if (entries.rows + rows > ROWS_PER_COLLECTION) empty(entries);
      entries.values.set(key, value);
      entries.rows += rows;
      return value;
    },
    invalidate(collection) {
      const entries = caches.get(collection);
      if (entries) empty(entries);
    },
    clear,
  };
}
