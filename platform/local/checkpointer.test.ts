// The checkpoint worker: with group durability the writer's own checkpoint waits for 10 000 WAL pages, and the
// worker moves committed pages into the database file long before that; a reopen reads every row either way.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCheckpointer } from './checkpointer';
import { openSqliteStore } from './sqlite-store';

interface Row {
  id: string;
  version: number;
  text: string;
}

async function eventually(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return check();
}

describe('checkpoint worker', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'aftercare-ckpt-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('committed pages reach the database file without the writer checkpointing', async () => {
    const file = join(dir, 'a.db');
    const store = openSqliteStore(file, { durability: 'group' });
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
    const rows = store.collection<Row>('rows');
    const since = store.writeMark();
    for (let i = 0; i < 500; i++) await rows.insert({ id: `r${String(i).padStart(4, '0')}`, text: 'x'.repeat(2000) });
    await store.durable(since);
    const before = statSync(file).size;
    // ~1 MB of rows sits in the WAL; the worker copies it into the database file within its interval
    expect(await eventually(() => statSync(file).size > before + 500 * 1000, 5000)).toBe(true);
    store.close();
    // the worker closed first: the writer's connection was the last, checkpointed the rest and removed the WAL
    expect(existsSync(`${file}-wal`)).toBe(false);
    const again = openSqliteStore(file);
    expect(await again.collection('rows').count()).toBe(500);
    again.close();
  });

  test('a store with full durability checkpoints on its own, as SQLite does by default', () => {
    const store = openSqliteStore(join(dir, 'b.db'));
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    store.close();
  });

  test('a worker that cannot open the file reports it, and closing it does not wait', async () => {
    const failures: Error[] = [];
    const checkpointer = startCheckpointer({ file: join(dir, 'missing.db'), onFailure: (e) => failures.push(e) });
    expect(await eventually(() => failures.length > 0, 5000)).toBe(true);
    expect(failures[0]!.message).toMatch(/SQLITE_CANTOPEN/);
    const started = Date.now();
    checkpointer.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(existsSync(join(dir, 'missing.db'))).toBe(false);
  });
});
