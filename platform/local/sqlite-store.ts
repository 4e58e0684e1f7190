// The embedded document store: one SQLite file (WAL, fsync on every commit), a table per collection, migrated at open.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3';
import type { StoredDoc } from '../../core/model';
import type { Collection, Store } from '../ports';
import { checkCollectionName } from '../contract/store-rules';
import { MIGRATIONS, createTableSql, ensureIndexes, runMigrations, type Migration } from './migrations';
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
  close(): void;
}

export interface OpenOptions {
  migrations?: readonly Migration[];
}

// Statements are cached by their SQL; filters vary in shape, so the cache is bounded.
const STATEMENT_CACHE_LIMIT = 500;

function openDatabase(file: string): Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new BetterSqlite3(file, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  // FULL with WAL syncs the log on every commit: a killed host (or machine) loses no acknowledged write.
  // NORMAL would be faster but may lose the last commits on power loss.
  db.pragma('synchronous = FULL');
  return db;
}

function metaStore(db: Database): MetaStore {
  return {
    get(key) {
      const row = db.prepare('SELECT value FROM _meta WHERE key = ?').get(key) as { value: string } | undefined;
      return row ? row.value : null;
    },
    set(key, value) {
      db.prepare(
        'INSERT INTO _meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      ).run(key, value);
    },
  };
}

/** Opens (or creates) the store in `file`, applies pending migrations and keeps the COLLECTIONS indexes in step. */
export function openSqliteStore(file: string, options: OpenOptions = {}): SqliteStore {
  const db = openDatabase(file);
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
  const ctx = { db, prepare };
  const collections = new Map<string, Collection<StoredDoc>>();

  return {
    db,
    meta: metaStore(db),
    migrated,
    collection<T extends StoredDoc>(name: string): Collection<T> {
      let collection = collections.get(name);
      if (!collection) {
        // Collections outside COLLECTIONS (fixtures, the outbox) get their table on first use, without indexes.
        db.exec(createTableSql(checkCollectionName(name)));
        collection = new SqliteCollection<StoredDoc>(ctx, name);
        collections.set(name, collection);
      }
      return collection as unknown as Collection<T>;
    },
    close() {
      if (db.open) db.close();
    },
  };
}
