// The local database's schema: ordered migrations applied once each (recorded in _migrations), then the indexes
// COLLECTIONS asks for, kept in step at every open.
import type { Database } from 'better-sqlite3';
import { COLLECTIONS, type CollectionSpec } from '../collections';
import { checkCollectionName, checkFieldPath } from '../contract/store-rules';
import { elementTableOf, fieldExpr } from './sql-filter';

export interface Migration {
  /** 1, 2, 3…: applied in this order, each once */
  id: number;
  name: string;
  up(db: Database): void;
}

type IndexSpec = Record<string, CollectionSpec>;

/** The SQL of a collection's table: the document as JSON text, its id and version also as columns. */
export function createTableSql(collection: string): string {
  const table = checkCollectionName(collection);
  return `CREATE TABLE IF NOT EXISTS "${table}" (id TEXT PRIMARY KEY, version INTEGER NOT NULL, doc TEXT NOT NULL)`;
}

// Managed indexes carry these prefixes so ensureIndexes may drop the ones COLLECTIONS no longer lists.
const INDEX_PREFIX = 'ix_';
const UNIQUE_PREFIX = 'ux_';

function indexName(collection: string, field: string, prefix = INDEX_PREFIX): string {
  return `${prefix}${collection}__${field.replace(/\./g, '__')}`;
}

/** The field a unique index (by name) guards: what a constraint error names ("UNIQUE constraint failed: index '…'"). */
export function uniqueFieldOf(message: string): string | null {
  const m = /index '(ux_[A-Za-z0-9_]+?)__([A-Za-z0-9_]+)'/.exec(message);
  return m ? m[2]!.replace(/__/g, '.') : null;
}

/**
 * (field, id): the id makes "filter by field, order by id" and "order by field, ties by id" (the keyset pages)
 * index-only walks, with no temporary sort.
 */
function createIndexSql(collection: string, field: string): string {
  checkFieldPath(field);
  return `CREATE INDEX IF NOT EXISTS "${indexName(collection, field)}" ON "${collection}" (${fieldExpr(field)}, id)`;
}

/**
 * A unique index on the field alone (not the id): no two documents share a value, and documents without the field
 * (SQL NULL) are not counted — the same rule as a sparse unique index on CloudBase.
 */
function createUniqueIndexSql(collection: string, field: string): string {
  checkFieldPath(field);
  return `CREATE UNIQUE INDEX IF NOT EXISTS "${indexName(collection, field, UNIQUE_PREFIX)}" ON "${collection}" (${fieldExpr(field)})`;
}

/** Append new migrations at the end; never edit or reorder applied ones. New indexes need none (ensureIndexes). */
export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'collections and their indexes',
    up(db) {
      for (const [name, spec] of Object.entries(COLLECTIONS)) {
        db.exec(createTableSql(name));
        for (const field of spec.indexes) db.exec(createIndexSql(name, field));
      }
    },
  },
  {
    id: 2,
    name: 'key/value metadata (dev clock offset)',
    up(db) {
      db.exec('CREATE TABLE IF NOT EXISTS _meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    },
  },
];

/** Applies the migrations not yet recorded, each in its own transaction; returns the ids applied now. */
export function runMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(
    'CREATE TABLE IF NOT EXISTS _migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, appliedAt TEXT NOT NULL)',
  );
  const applied = new Set((db.prepare('SELECT id FROM _migrations').all() as { id: number }[]).map((row) => row.id));
  const record = db.prepare('INSERT INTO _migrations (id, name, appliedAt) VALUES (?, ?, ?)');
  const ran: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.id - b.id)) {
    if (applied.has(migration.id)) continue;
    // immediate: a second process opening the same file waits instead of applying it twice
    db.transaction(() => {
      migration.up(db);
      record.run(migration.id, migration.name, new Date().toISOString());
    }).immediate();
    ran.push(migration.id);
  }
  return ran;
}

const ELEMENT_PREFIX = 'mk_';
const TRIGGERS = ['ai', 'au', 'ad'] as const;

/**
 * An array field indexed element by element (COLLECTIONS `arrays`): a table of (element, document id) that triggers
 * keep in step with every insert, update and delete of the collection — in the same statement, so it is never
 * stale — and that a `has` condition reads by its primary key. Created with the elements of the documents already
 * stored. (SQLite cannot index inside a JSON array; CloudBase indexes an array field per element by itself.)
 */
function ensureElementIndex(db: Database, collection: string, field: string): void {
  checkFieldPath(field);
  const table = elementTableOf(collection, field);
  const existed = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table);
  const rows = (doc: string, id: string) =>
    `SELECT j.value, ${id} FROM json_each(${doc}, '$.${field}') j WHERE j.type NOT IN ('object', 'array', 'null')`;
  const changed = `json_extract(OLD.doc, '$.${field}') IS NOT json_extract(NEW.doc, '$.${field}')`;
  db.exec(
    `CREATE TABLE IF NOT EXISTS "${table}" (value NOT NULL, id TEXT NOT NULL, PRIMARY KEY (value, id)) WITHOUT ROWID`,
  );
  db.exec(`CREATE INDEX IF NOT EXISTS "${table}__id" ON "${table}" (id)`);
  if (!existed) {
    db.exec(
      `INSERT OR IGNORE INTO "${table}" (value, id) SELECT j.value, t.id FROM "${collection}" t, ` +
        `json_each(t.doc, '$.${field}') j WHERE j.type NOT IN ('object', 'array', 'null')`,
    );
  }
  db.exec(
    `CREATE TRIGGER IF NOT EXISTS "${table}__ai" AFTER INSERT ON "${collection}" BEGIN ` +
      `INSERT OR IGNORE INTO "${table}" (value, id) ${rows('NEW.doc', 'NEW.id')}; END`,
  );
  db.exec(
    `CREATE TRIGGER IF NOT EXISTS "${table}__au" AFTER UPDATE ON "${collection}" WHEN ${changed} BEGIN ` +
      `DELETE FROM "${table}" WHERE id = OLD.id; INSERT OR IGNORE INTO "${table}" (value, id) ${rows('NEW.doc', 'NEW.id')}; END`,
  );
  db.exec(
    `CREATE TRIGGER IF NOT EXISTS "${table}__ad" AFTER DELETE ON "${collection}" BEGIN ` +
      `DELETE FROM "${table}" WHERE id = OLD.id; END`,
  );
}

/** Drops the element tables (and their triggers) of a collection's array fields that `wanted` no longer lists. */
function dropStaleElementIndexes(db: Database, collection: string, wanted: ReadonlySet<string>): void {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB ?`)
    .all(`${ELEMENT_PREFIX}${collection}__*`) as { name: string }[];
  for (const { name: table } of tables) {
    if (wanted.has(table)) continue;
    for (const t of TRIGGERS) db.exec(`DROP TRIGGER IF EXISTS "${table}__${t}"`);
    db.exec(`DROP TABLE "${table}"`);
  }
}

/**
 * Creates the tables and indexes `spec` lists (idempotent), and drops managed indexes it no longer lists, so adding
 * an index field to COLLECTIONS is all it takes.
 */
export function ensureIndexes(db: Database, spec: IndexSpec = COLLECTIONS): void {
  db.transaction(() => {
    for (const [name, { indexes, unique = [], arrays = [] }] of Object.entries(spec)) {
      db.exec(createTableSql(name));
      const wanted = new Set([
        ...indexes.map((field) => indexName(name, field)),
        ...unique.map((field) => indexName(name, field, UNIQUE_PREFIX)),
      ]);
      for (const field of indexes) db.exec(createIndexSql(name, field));
      for (const field of unique) db.exec(createUniqueIndexSql(name, field));
      const existing = db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? ` +
            `AND (name GLOB '${INDEX_PREFIX}*' OR name GLOB '${UNIQUE_PREFIX}*')`,
        )
        .all(name) as { name: string }[];
      for (const { name: index } of existing) if (!wanted.has(index)) db.exec(`DROP INDEX "${index}"`);
      for (const field of arrays) ensureElementIndex(db, name, field);
      dropStaleElementIndexes(db, name, new Set(arrays.map((field) => elementTableOf(name, field))));
    }
  }).immediate();
}
