// The CloudBase document store: Collection over the node-sdk database, compare-and-set on a version field.
import { AppError } from '../../core/errors';
import type { StoredDoc } from '../../core/model';
import type { Collection, Filter, FindOptions, NewDoc, Page, Store, UpdateOptions } from '../ports';
import {
  STORE_MESSAGES,
  checkCollectionName,
  checkIncrement,
  checkTopLevelKeys,
  conflict,
  decodeCursor,
  mergedDoc,
  notFound,
  orderingOf,
  pageLimit,
  pageOf,
  replacedDoc,
  withoutStoreFields,
} from '../contract/store-rules';
import { afterKeyset, cloudKey, pageWhere, toCloudbaseWhere } from './filter';
import { checkResult, type CloudbaseDb, type Command } from './sdk';
import { patchUpdate, replaceUpdate } from './update-data';

/** A server SDK query returns at most this many documents. */
const FETCH_CAP = 1000;
/** replace without ifVersion retries its compare-and-set this often under contention */
const REPLACE_ATTEMPTS = 5;
/** increment retries its compare-and-set this often (concurrent reports on one day's counter) */
const INCREMENT_ATTEMPTS = 200;

type CloudCollection = ReturnType<CloudbaseDb['collection']>;

/** CloudBase keeps the id in `_id` (and `_openid` on documents written from the mini-program): the port says `id`. */
function fromCloud<T>(raw: Record<string, unknown>): T {
  const { _id, _openid, ...rest } = raw;
  return { ...rest, id: _id } as T;
}

function checkId(id: unknown): string {
  if (typeof id !== 'string' || id.length === 0) throw new AppError('VALIDATION_FAILED', '记录编号无效');
  return id;
}

export class CloudbaseCollection<T extends StoredDoc> implements Collection<T> {
  private readonly coll: CloudCollection;
  private readonly _: Command;

  constructor(
    db: CloudbaseDb,
    readonly name: string,
  ) {
    this.coll = db.collection(name);
    this._ = db.command;
  }

  async get(id: string): Promise<T | null> {
    const res = checkResult(await this.coll.doc(checkId(id)).get());
    const raw = (res.data as Record<string, unknown>[])[0];
    return raw ? fromCloud<T>(raw) : null;
  }

  async mustGet(id: string, notFoundMessage?: string): Promise<T> {
    const doc = await this.get(id);
    if (!doc) throw notFound(notFoundMessage);
    return doc;
  }

  async find(filter?: Filter<T>, options?: FindOptions<T>): Promise<Page<T>> {
    const ordering = orderingOf(options);
    const limit = pageLimit(options?.limit);
    const after = options?.cursor ? afterKeyset(ordering, decodeCursor(options.cursor), this._) : null;
    const direction = ordering.direction;
    let query = this.coll
      .where(pageWhere(toCloudbaseWhere(filter, this._), after, this._))
      .orderBy(cloudKey(ordering.field), direction);
    if (ordering.field !== 'id') query = query.orderBy('_id', direction);
    const res = checkResult(await query.limit(Math.min(limit + 1, FETCH_CAP)).get());
    const docs = (res.data as Record<string, unknown>[]).map((raw) => fromCloud<T>(raw));
    return pageOf(docs, limit, ordering, FETCH_CAP);
  }

  async findOne(filter: Filter<T>): Promise<T | null> {
    return (await this.find(filter, { limit: 1 })).items[0] ?? null;
  }

  async count(filter?: Filter<T>): Promise<number> {
    const res = checkResult(await this.coll.where(toCloudbaseWhere(filter, this._)).count());
    return res.total ?? 0;
  }

  async insert(doc: NewDoc<T>): Promise<T> {
    const id = checkId(doc.id);
    const fields = withoutStoreFields(doc);
    checkTopLevelKeys(fields);
    try {
      checkResult(await this.coll.add({ ...fields, _id: id, version: 1 }));
    } catch (e) {
      // The duplicate-key error's code is not part of the SDK's contract: ask the database instead.
      if (await this.get(id)) throw new AppError('CONFLICT', STORE_MESSAGES.exists);
      throw e;
    }
    return JSON.parse(JSON.stringify({ ...fields, id, version: 1 })) as T;
  }

  async insertIfAbsent(doc: NewDoc<T>): Promise<{ doc: T; created: boolean }> {
    try {
      return { doc: await this.insert(doc), created: true };
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e;
      const existing = await this.get(doc.id);
      if (!existing) throw e;
      return { doc: existing, created: false };
    }
  }

  async update(id: string, patch: Partial<Omit<T, 'id' | 'version'>>, options?: UpdateOptions): Promise<T> {
    checkId(id);
    const fields = withoutStoreFields(patch);
    if (options?.ifVersion === undefined) return this.updateLatest(id, fields);
    const current = await this.mustGet(id);
    if (current.version !== options.ifVersion) throw conflict();
    const next = mergedDoc<T>(current, fields, current.version + 1);
    await this.compareAndSet(id, current.version, { ...patchUpdate(fields, this._), version: next.version });
    return next;
  }

  async replace(doc: T, options?: UpdateOptions): Promise<T> {
    const id = checkId(doc.id);
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.mustGet(id);
      if (options?.ifVersion !== undefined && current.version !== options.ifVersion) throw conflict();
      const next = replacedDoc<T>(doc, current.version + 1);
      const data = replaceUpdate(current as unknown as Record<string, unknown>, withoutStoreFields(next), this._);
      try {
        await this.compareAndSet(id, current.version, { ...data, version: next.version });
        return next;
      } catch (e) {
        const retry =
          options?.ifVersion === undefined &&
          attempt < REPLACE_ATTEMPTS &&
          e instanceof AppError &&
          e.code === 'CONFLICT';
        if (!retry) throw e;
      }
    }
  }

  /**
   * Compare-and-set, retried: the node-sdk's `_.inc` is atomic but cannot return the value it produced, and a read
   * after it could see a concurrent caller's increment too (two tickets, one number).
   */
  async increment(id: string, field: string, by = 1): Promise<T> {
    checkIncrement(field, by);
    for (let attempt = 1; attempt <= INCREMENT_ATTEMPTS; attempt += 1) {
      const current =
        (await this.get(id)) ?? (await this.insertIfAbsent({ id, [field]: 0 } as unknown as NewDoc<T>)).doc;
      const value = (current as unknown as Record<string, unknown>)[field];
      const next = mergedDoc<T>(
        current,
        { [field]: (typeof value === 'number' ? value : 0) + by },
        current.version + 1,
      );
      try {
        await this.compareAndSet(id, current.version, { [field]: next[field as keyof T], version: next.version });
        return next;
      } catch (e) {
        if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e;
      }
    }
    throw new AppError('CONFLICT', '系统繁忙，请稍后重试');
  }

  async remove(id: string): Promise<boolean> {
    const res = checkResult(await this.coll.doc(checkId(id)).remove());
    return (res.deleted ?? 0) > 0;
  }

  /** Without ifVersion: one atomic update (fields set, version incremented), then the document as it now is. */
  private async updateLatest(id: string, fields: Record<string, unknown>): Promise<T> {
    const data = { ...patchUpdate(fields, this._), version: this._.inc(1) };
    const res = checkResult(await this.coll.doc(id).update(data));
    if (!res.updated) throw notFound();
    return this.mustGet(id);
  }

  /** Applies `data` only if the stored version is still `version`: one MongoDB update, atomic on the document. */
  private async compareAndSet(id: string, version: number, data: Record<string, unknown>): Promise<void> {
    const res = checkResult(await this.coll.where({ _id: id, version }).update(data));
    if (res.updated === 1) return;
    throw (await this.get(id)) ? conflict() : notFound();
  }
}

export function createCloudbaseStore(db: CloudbaseDb): Store {
  const collections = new Map<string, Collection<StoredDoc>>();
  return {
    collection<T extends StoredDoc>(name: string): Collection<T> {
      let collection = collections.get(name);
      if (!collection) {
        collection = new CloudbaseCollection<StoredDoc>(db, checkCollectionName(name));
        collections.set(name, collection);
      }
      return collection as unknown as Collection<T>;
    },
  };
}
