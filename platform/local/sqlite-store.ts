// The embedded document store: one SQLite file (WAL), a table per collection, migrated at open. Durability is 'full'
// (every commit synced) or 'group' (shared transactions and syncs, group-commit.ts: the local host's mode).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3';
import type { StoredDoc } from '../../core/model';
import type { Collection, Store } from '../ports';
import { checkCollectionName } from '../contract/store-rules';
import { MIGRATIONS, createTableSql, ensureIndexes, runMigrations, type Migration } from './migrations';
import { startCheckpointer } from './checkpointer';
import { createReadCache } from './read-cache';
import { createGroupCommit, type CommitFn, type SyncFile } from './group-commit';
import { SqliteCollection } from './sqlite-collection';

/** Small key/value settings kept in the same file (the dev clock's offset). */
export interface MetaStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface SqliteStore extends Store {
  /** the raw connection: for migrations, diagnostics and benchmarks, not for the service layer */
  readonly db: Database;
  readonly meta: MetaStore;
  /** the migration ids this open applied (empty when the file was up to date) */
  readonly migrated: number[];
  /** the position of the next write: take it before a request starts and pass it to durable() */
  writeMark(): number;
  /**
   * resolves once every write made so far is committed and on disk (at once with 'full' durability); rejects when a
   * write made since `since` (a writeMark) was lost with a failed commit
   */
  durable(since: number): Promise<void>;
  close(): void;
}

export interface OpenOptions {
  migrations?: readonly Migration[];
  /**
   * 'full' (default): every commit syncs the WAL before it returns. 'group': commits reach the OS only, and
   * `durable()` syncs the WAL once for every commit before it (the host waits on it before answering a request).
   */
  durability?: 'full' | 'group';
  /** group commit's sync (default fs.fdatasync) */
  syncFile?: SyncFile;
  /** group commit's COMMIT (tests make it fail) */
  commit?: CommitFn;
  /** false: nothing checkpoints the WAL while the store is open (benchmarks count the pages written); default true */
  checkpoints?: boolean;
  /** the collections whose reads are kept until a write (read-cache.ts); default READ_CACHED */
  readCached?: readonly string[];
  /** where the store says something went wrong that it recovered from (the checkpoint worker stopped) */
  warn?: (message: string) => void;
}

/** SQLite's default automatic checkpoint (WAL pages) */
const AUTO_CHECKPOINT = 1000;
/** the writer's own checkpoint beside the worker's: at 10 000 pages (40 MB of WAL) */
const BACKSTOP_CHECKPOINT = 10_000;

const WAL_SIZE_LIMIT = 64 * 1024 * 1024;

/** Read on every report, written rarely: the reference data routing, views and holiday calendars need (read-cache.ts). */
export const READ_CACHED: readonly string[] = ['users', 'customers', 'stations', 'devices', 'rosters', 'holidayYears'];

// Statements are cached by their SQL; filters vary in shape, so the cache is bounded.
const STATEMENT_CACHE_LIMIT = 500;

function openDatabase(file: string, durability: 'full' | 'group'): Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new BetterSqlite3(file, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  // FULL with WAL syncs the log on every commit: a killed host (or machine) loses no acknowledged write.
  // 'group' runs NORMAL (commits reach the OS; the WAL is synced before each checkpoint) and leaves the sync before
  // an acknowledgement to the group commit (group-commit.ts): the same guarantee, one fsync per batch of requests.
  db.pragma(durability === 'group' ? 'synchronous = NORMAL' : 'synchronous = FULL');
  // sorts and IN lists in memory: a temporary file per ORDER BY on an index search costs 30–150 µs a query
  db.pragma('temp_store = MEMORY');
  // a WAL that grew under a burst is cut back to 64 MiB when it starts again from its beginning
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
  return db;
}

function metaStore(db: Database, write: <T>(run: () => T) => T): MetaStore {
  return {
    get(key) {
      const row = db.prepare('SELECT value FROM _meta WHERE key = ?').get(key) as { value: string } | undefined;
      return row ? row.value : null;
    },
    set(key, value) {
      const sql = 'INSERT INTO _meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value';
      write(() => db.prepare(sql).run(key, value));
    },
  };
}

/** Opens (or creates) the store in `file`, applies pending migrations and keeps the COLLECTIONS indexes in step. */
export function openSqliteStore(file: string, options: OpenOptions = {}): SqliteStore {
  const durability = file === ':memory:' ? 'full' : (options.durability ?? 'full');
  const db = openDatabase(file, durability);
  const migrated = runMigrations(db, options.migrations ?? MIGRATIONS);
  ensureIndexes(db);

  const statements = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= STATEMENT_CACHE_LIMIT) statements.clear();
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const cache = createReadCache(db, options.readCached ?? READ_CACHED, {
    beforeRead: () => groupCommit?.noticeRollback(),
  });
  // Group commit checkpoints on a worker thread (checkpointer.ts). The writer keeps a far-off automatic checkpoint as
  // a backstop: under load without pause the worker never catches up with the writer's last frames, and only a
  // checkpoint that does lets the WAL start again from its beginning. The backstop copies those last frames (the
  // worker has copied the rest) and bounds the WAL; if the worker fails, the default takes over.
  const checkpoints = options.checkpoints ?? true;
  const checkpointer =
    durability === 'group' && checkpoints
      ? startCheckpointer({
          file,
          walSizeLimit: WAL_SIZE_LIMIT,
          onFailure: (error) => {
            options.warn?.(`检查点线程已停止，改由写入连接自行检查点：${error.message}`);
            if (db.open) db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT}`);
          },
        })
      : null;
  if (checkpointer) db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT}`);
  if (!checkpoints) db.pragma('wal_autocheckpoint = 0');
  const groupCommit =
    durability === 'group'
      ? createGroupCommit(db, `${file}-wal`, {
          ...(options.syncFile ? { syncFile: options.syncFile } : {}),
          ...(options.commit ? { commit: options.commit } : {}),
          ...(checkpointer ? { afterCommit: checkpointer.nudge } : {}),
          afterRollback: () => cache.clear(),
        })
      : null;
  const write = groupCommit ? <T>(run: () => T): T => groupCommit.write(run) : <T>(run: () => T): T => run();
  const ctx = { db, prepare, write, cache };
  const collections = new Map<string, Collection<StoredDoc>>();

  return {
    db,
    meta: metaStore(db, write),
    migrated,
    collection<T extends StoredDoc>(name: string): Collection<T> {
      let collection = collections.get(name);
      if (!collection) {
        // Collections outside COLLECTIONS (fixtures, the outbox) get their table on first use, without indexes.
        const sql = createTableSql(checkCollectionName(name));
        write(() => db.exec(sql));
        collection = new SqliteCollection<StoredDoc>(ctx, name);
        collections.set(name, collection);
      }
      return collection as unknown as Collection<T>;
    },
    writeMark: () => (groupCommit ? groupCommit.mark() : 0),
    durable: (since) => (groupCommit ? groupCommit.barrier(since) : Promise.resolve()),
    close() {
      groupCommit?.close();
      checkpointer?.close();
      if (db.open) db.close();
    },
  };
}
