// One collection of the SQLite store: a table of JSON documents, compare-and-set writes on the version column.
import type { Database, Statement } from 'better-sqlite3';
import { AppError } from '../../core/errors';
import type { StoredDoc } from '../../core/model';
import type { Collection, Filter, FindOptions, NewDoc, Page, UpdateOptions } from '../ports';
import {
  STORE_MESSAGES,
  checkIncrement,
  checkTopLevelKeys,
  conflict,
  decodeCursor,
  mergedDoc,
  notFound,
  orderingOf,
  pageLimit,
  pageOf,
  parseFilter,
  replacedDoc,
  withoutStoreFields,
} from '../contract/store-rules';
import { COLLECTIONS, type CollectionSpec } from '../collections';
import { uniqueFieldOf } from './migrations';
import type { ReadCache } from './read-cache';
import { afterKeysetSql, filterSql, joinAnd, orderSql, type ArrayIndexes, type SqlPart } from './sql-filter';

/** What a collection needs from its store: the connection, a statement cache and how writes run. */
export interface SqliteContext {
  db: Database;
  prepare(sql: string): Statement;
  /** runs a write (group durability: inside the shared transaction, see group-commit.ts) */
  write<R>(run: () => R): R;
  /** reads of rarely changing collections, kept until a write (read-cache.ts) */
  cache: ReadCache;
}

interface DocRow {
  doc: string;
}

function checkId(id: unknown): string {
  if (typeof id !== 'string' || id.length === 0) throw new AppError('VALIDATION_FAILED', '记录编号无效');
  return id;
}

function isPrimaryKeyViolation(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** A unique field already taken by another document (platform/collections.ts `unique`): CONFLICT naming the field. */
function uniqueViolation(e: unknown): AppError | null {
  const err = e as { code?: string; message?: string } | null;
  if (err?.code !== 'SQLITE_CONSTRAINT_UNIQUE') return null;
  const field = uniqueFieldOf(err.message ?? '');
  return new AppError(
    'CONFLICT',
    STORE_MESSAGES.duplicate,
    field ? [{ path: field, message: STORE_MESSAGES.duplicate }] : [],
  );
}

const docOf = <T>(row: DocRow | undefined): T | null => (row ? (JSON.parse(row.doc) as T) : null);

/** A statement and its parameters, as one cache key (the parameters are strings, numbers or null). */
function cacheKey(sql: string, params: readonly unknown[]): string {
  return `${sql}\u0000${JSON.stringify(params)}`;
}

/** A collection of the SQLite store. The work is synchronous (better-sqlite3); the methods return promises for the port. */
export class SqliteCollection<T extends StoredDoc> implements Collection<T> {
  private readonly table: string;
  private readonly byIdSql: string;
  private readonly arrays: ArrayIndexes;

  constructor(
    private readonly ctx: SqliteContext,
    readonly name: string,
  ) {
    this.table = `"${name}"`;
    this.byIdSql = `SELECT doc FROM ${this.table} WHERE id = ?`;
    const spec = (COLLECTIONS as Record<string, CollectionSpec>)[name];
    this.arrays = { collection: name, fields: new Set(spec?.arrays ?? []) };
  }

  async get(id: string): Promise<T | null> {
    return this.getCached(checkId(id));
  }

  async mustGet(id: string, notFoundMessage?: string): Promise<T> {
    const doc = this.getCached(checkId(id));
    if (!doc) throw notFound(notFoundMessage);
    return doc;
  }

  async find(filter?: Filter<T>, options?: FindOptions<T>): Promise<Page<T>> {
    const ordering = orderingOf(options);
    const limit = pageLimit(options?.limit);
    const after = options?.cursor ? afterKeysetSql(ordering, decodeCursor(options.cursor)) : undefined;
    const where = this.whereOf(filter, after);
    const sql = `SELECT doc FROM ${this.table} WHERE ${where.sql} ${orderSql(ordering)} LIMIT ?`;
    const params = [...where.params, limit + 1];
    const rows = this.ctx.cache.read(this.name, cacheKey(sql, params), () =>
      this.ctx.prepare(sql).all(...params),
    ) as DocRow[];
    return pageOf(
      rows.map((r) => JSON.parse(r.doc) as T),
      limit,
      ordering,
    );
  }

  async findOne(filter: Filter<T>): Promise<T | null> {
    return (await this.find(filter, { limit: 1 })).items[0] ?? null;
  }

  async count(filter?: Filter<T>): Promise<number> {
    const where = this.whereOf(filter);
    const sql = `SELECT COUNT(*) AS n FROM ${this.table} WHERE ${where.sql}`;
    const row = this.ctx.cache.read(this.name, cacheKey(sql, where.params), () =>
      this.ctx.prepare(sql).get(...where.params),
    );
    return (row as { n: number }).n;
  }

  async insert(doc: NewDoc<T>): Promise<T> {
    return this.insertSync(doc, false).doc;
  }

  async insertIfAbsent(doc: NewDoc<T>): Promise<{ doc: T; created: boolean }> {
    return this.insertSync(doc, true);
  }

  async update(id: string, patch: Partial<Omit<T, 'id' | 'version'>>, options?: UpdateOptions): Promise<T> {
    return this.writeSync(checkId(id), options, (current) => mergedDoc<T>(current, patch, current.version + 1));
  }

  async replace(doc: T, options?: UpdateOptions): Promise<T> {
    return this.writeSync(checkId(doc.id), options, (current) => replacedDoc<T>(doc, current.version + 1));
  }

  async remove(id: string): Promise<boolean> {
    const statement = this.ctx.prepare(`DELETE FROM ${this.table} WHERE id = ?`);
    return this.write(() => statement.run(checkId(id))).changes > 0;
  }

  async increment(id: string, field: string, by = 1): Promise<T> {
    const path = `'$.${checkIncrement(field, by)}'`;
    // one upsert statement: atomic on its own, with no read-then-write window for a concurrent caller
    const sql =
      `INSERT INTO ${this.table} (id, version, doc) VALUES (?, 1, json_object('id', ?, '${field}', ?, 'version', 1)) ` +
      `ON CONFLICT(id) DO UPDATE SET version = version + 1, ` +
      `doc = json_set(doc, ${path}, coalesce(json_extract(doc, ${path}), 0) + ?, '$.version', version + 1) ` +
      `RETURNING doc`;
    const statement = this.ctx.prepare(sql);
    const key = checkId(id);
    const row = this.write(() => statement.get(key, key, by, by)) as DocRow;
    return JSON.parse(row.doc) as T;
  }

  /** the row's text is what is cached, never the parsed document: each caller gets objects of its own */
  private getCached(id: string): T | null {
    return docOf<T>(this.ctx.cache.read(this.name, cacheKey(this.byIdSql, [id]), () => this.rowOf(id)));
  }

  /** Straight from the database (compare-and-set reads its current version here, never from the cache). */
  private getSync(id: string): T | null {
    return docOf<T>(this.rowOf(id));
  }

  private rowOf(id: string): DocRow | undefined {
    return this.ctx.prepare(this.byIdSql).get(id) as DocRow | undefined;
  }

  /** Every write of this collection: what was read from it is dropped first (read-cache.ts), then the write runs. */
  private write<R>(run: () => R): R {
    this.ctx.cache.invalidate(this.name);
    return this.ctx.write(run);
  }

  private whereOf(filter: Filter<T> | undefined, extra?: SqlPart): SqlPart {
    return joinAnd([filterSql(parseFilter(filter), this.arrays), ...(extra ? [extra] : [])]);
  }

  /**
   * Compare-and-set: the UPDATE applies only to the version the new document was computed from (and to ifVersion,
   * when given). The immediate transaction also keeps another process from writing between the read and the write.
   */
  private writeSync(id: string, options: UpdateOptions | undefined, next: (current: T) => T): T {
    const { db } = this.ctx;
    return this.write(() =>
      db
        .transaction(() => {
          const current = this.getSync(id);
          if (!current) throw notFound();
          if (options?.ifVersion !== undefined && current.version !== options.ifVersion) throw conflict();
          const doc = next(current);
          const sql = `UPDATE ${this.table} SET version = ?, doc = ? WHERE id = ? AND version = ?`;
          let result;
          try {
            result = this.ctx.prepare(sql).run(doc.version, JSON.stringify(doc), id, current.version);
          } catch (e) {
            throw uniqueViolation(e) ?? e;
          }
          if (result.changes !== 1) throw conflict();
          return doc;
        })
        .immediate(),
    );
  }

  private insertSync(doc: NewDoc<T>, ifAbsent: boolean): { doc: T; created: boolean } {
    const fields = withoutStoreFields(doc);
    checkTopLevelKeys(fields);
    const stored = { ...fields, id: checkId(doc.id), version: 1 };
    const json = JSON.stringify(stored);
    const onConflict = ifAbsent ? ' ON CONFLICT(id) DO NOTHING' : '';
    try {
      const sql = `INSERT INTO ${this.table} (id, version, doc) VALUES (?, 1, ?)${onConflict}`;
      const statement = this.ctx.prepare(sql);
      if (this.write(() => statement.run(stored.id, json)).changes === 1)
        return { doc: JSON.parse(json) as T, created: true };
    } catch (e) {
      if (isPrimaryKeyViolation(e)) throw new AppError('CONFLICT', STORE_MESSAGES.exists);
      throw uniqueViolation(e) ?? e;
    }
    const existing = this.getSync(stored.id);
    if (!existing) throw conflict(); // removed between the two statements: not possible on one connection
    return { doc: existing, created: false };
  }
}
