// Group commit: the writes of one event-loop turn share a transaction, a barrier resolves once the writes before it are
// committed and synced, a lost commit fails exactly the barriers whose writes it held, and closing commits.
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

function countIn(file: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM things').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const nextTurn = () => new Promise((r) => setImmediate(r));

describe('group commit', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'aftercare-gc-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('with nothing written the barrier resolves at once; after writes, once synced; the data survives a reopen', async () => {
    const file = join(dir, 'a.db');
    const store = openSqliteStore(file, { durability: 'group' });
    expect(store.db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    await store.durable(store.writeMark());
    const things = store.collection<Thing>('things');
    const barriers: Promise<void>[] = [];
    for (let i = 0; i < 200; i++) {
      const since = store.writeMark();
      await things.insert({ id: `t${i}`, n: i });
      barriers.push(store.durable(since));
    }
    await Promise.all(barriers);
    store.close();
    const again = openSqliteStore(file);
    expect(await again.collection('things').count()).toBe(200);
    again.close();
  });

  test('the writes of one turn share one commit, visible to other connections once it is done', async () => {
    const file = join(dir, 'b.db');
    let commits = 0;
    const store = openSqliteStore(file, {
      durability: 'group',
      commit: (db) => {
        commits++;
        db.exec('COMMIT');
      },
    });
    const things = store.collection<Thing>('things');
    await nextTurn(); // the table's creation
    commits = 0;
    const since = store.writeMark();
    await Promise.all(Array.from({ length: 50 }, (_, i) => things.insert({ id: `t${i}`, n: i })));
    await things.update('t1', { n: 100 });
    // not committed yet: another connection sees none of them, this one sees all
    expect(countIn(file)).toBe(0);
    expect(await things.count()).toBe(50);
    await store.durable(since);
    expect(commits).toBe(1);
    expect(countIn(file)).toBe(50);
    // with no barrier, the end of the turn commits
    await things.insert({ id: 'late', n: 0 });
    await nextTurn();
    expect(commits).toBe(2);
    expect(countIn(file)).toBe(51);
    store.close();
  });

  test('a failed commit fails the barriers of its writes, keeps none of them, and later writes go on', async () => {
    const file = join(dir, 'c.db');
    let failNext = false;
    const store = openSqliteStore(file, {
      durability: 'group',
      commit: (db) => {
        if (failNext) {
          failNext = false;
          throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
        }
        db.exec('COMMIT');
      },
    });
    const things = store.collection<Thing>('things');
    await things.insert({ id: 'before', n: 0 });
    await store.durable(0);

    failNext = true;
    const markA = store.writeMark();
    await things.insert({ id: 'a', n: 1 });
    const markB = store.writeMark();
    await things.insert({ id: 'b', n: 2 });
    const barrierA = store.durable(markA);
    const barrierB = store.durable(markB);
    await expect(barrierA).rejects.toThrow('disk I/O error');
    await expect(barrierB).rejects.toThrow('disk I/O error');
    expect(await things.get('a')).toBeNull();
    expect(await things.get('b')).toBeNull();
    // a late barrier over the lost writes still fails; one over later writes does not
    await expect(store.durable(markB)).rejects.toThrow('disk I/O error');
    const markC = store.writeMark();
    await things.insert({ id: 'c', n: 3 });
    await store.durable(markC);
    store.close();
    const again = openSqliteStore(file);
    expect((await again.collection('things').find({}, { limit: 10 })).items.map((t) => t.id)).toEqual(['before', 'c']);
    again.close();
  });

  test('closing commits the open transaction', async () => {
    const file = join(dir, 'd.db');
    const store = openSqliteStore(file, { durability: 'group' });
    await store.collection<Thing>('things').insert({ id: 'x', n: 1 });
    store.close();
    expect(countIn(file)).toBe(1);
  });

  test('the default and in-memory stores sync every commit and need no barrier', async () => {
    const full = openSqliteStore(join(dir, 'e.db'));
    expect(full.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    await full.durable(full.writeMark());
    full.close();
    const memory = openSqliteStore(':memory:', { durability: 'group' });
    await memory.collection('x').insert({ id: 'a' } as never);
    await memory.durable(0);
    memory.close();
  });
});
