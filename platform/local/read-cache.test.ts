// Cached reads never answer what the database would not: a write here, a commit by another connection and a lost
// batch of writes each drop them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openSqliteStore } from './sqlite-store';

interface Thing {
  id: string;
  version: number;
  n: number;
}

describe('read cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'aftercare-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('reads come from the cache until this store writes the collection', async () => {
    const store = openSqliteStore(join(dir, 'a.db'), { readCached: ['things'] });
    const things = store.collection<Thing>('things');
    const stored = (id: string) => {
      const row = store.db.prepare('SELECT doc FROM things WHERE id = ?').get(id) as { doc: string } | undefined;
      return row ? JSON.parse(row.doc) : null;
    };
    await things.insert({ id: 'a', n: 1 });
    expect(await things.get('a')).toMatchObject({ n: 1 });
    expect(await things.count({ n: 1 })).toBe(1);
    // a raw UPDATE on the store's own connection goes round the cache (and data_version): the cached answers stay
    store.db.prepare(`UPDATE things SET doc = json_set(doc, '$.n', 7) WHERE id = 'a'`).run();
    expect(await things.get('a')).toMatchObject({ n: 1 });
    expect(await things.count({ n: 1 })).toBe(1);
    // each caller gets a document of its own
    const mine = (await things.get('a'))!;
    mine.n = 99;
    expect(await things.get('a')).toMatchObject({ n: 1 });
    // every write through the store drops what was read from the collection
    for (const write of [
      () => things.update('a', { n: 2 }),
      () => things.replace({ id: 'a', n: 3, version: 0 }),
      () => things.increment('a', 'n'),
      () => things.insert({ id: 'b', n: 4 }),
      () => things.insertIfAbsent({ id: 'c', n: 5 }),
      () => things.remove('b'),
    ]) {
      store.db
        .prepare(`UPDATE things SET doc = json_set(doc, '$.n', json_extract(doc, '$.n') + 10) WHERE id = 'a'`)
        .run();
      await write();
      expect(await things.get('a')).toEqual(stored('a'));
      expect(await things.count({ n: stored('a').n })).toBe(1);
    }
    store.close();
  });

  test('a commit by another connection is seen at the next read', async () => {
    const file = join(dir, 'b.db');
    const store = openSqliteStore(file, { readCached: ['things'] });
    const things = store.collection<Thing>('things');
    await things.insert({ id: 'a', n: 1 });
    expect(await things.count()).toBe(1);
    const other = new BetterSqlite3(file);
    other.prepare(`INSERT INTO things (id, version, doc) VALUES ('x', 1, '{"id":"x","n":5,"version":1}')`).run();
    other.close();
    expect(await things.count()).toBe(2);
    expect(await things.get('x')).toMatchObject({ n: 5 });
    store.close();
  });

  test('reads made inside a batch of writes that was then lost are dropped with it', async () => {
    let fail = false;
    const store = openSqliteStore(join(dir, 'c.db'), {
      durability: 'group',
      readCached: ['things'],
      commit: (db) => {
        if (fail) throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
        db.exec('COMMIT');
      },
    });
    const things = store.collection<Thing>('things');
    await things.insert({ id: 'kept', n: 0 });
    await store.durable(0);
    fail = true;
    const mark = store.writeMark();
    await things.insert({ id: 'lost', n: 1 });
    // read inside the open batch: it sees the write that is about to be lost
    expect(await things.count()).toBe(2);
    await expect(store.durable(mark)).rejects.toThrow('disk I/O error');
    fail = false;
    expect(await things.count()).toBe(1);
    expect(await things.get('lost')).toBeNull();
    store.close();
  });

  test('a transaction SQLite rolled back on its own is noticed before the next read or write', async () => {
    const store = openSqliteStore(join(dir, 'd.db'), { durability: 'group', readCached: ['things'] });
    const things = store.collection<Thing>('things');
    await things.insert({ id: 'kept', n: 0 });
    await store.durable(0);
    const lostMark = store.writeMark();
    await things.insert({ id: 'lost', n: 1 });
    expect(await things.count()).toBe(2);
    // what SQLite does after an I/O error: the open transaction is gone, and no write was told
    store.db.exec('ROLLBACK');
    expect(await things.count()).toBe(1);
    await expect(store.durable(lostMark)).rejects.toThrow('事务已被数据库回滚');
    const mark = store.writeMark();
    await things.insert({ id: 'later', n: 2 });
    expect(store.db.inTransaction).toBe(true);
    await store.durable(mark);
    expect((await things.find({})).items.map((t) => t.id)).toEqual(['kept', 'later']);
    store.close();
  });
});
