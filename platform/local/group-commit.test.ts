// Group commit: a barrier resolves once the writes before it are synced; many concurrent barriers share the syncs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from './sqlite-store';

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
    await store.durable();
    const things = store.collection<{ id: string; version: number; n: number }>('things');
    const barriers: Promise<void>[] = [];
    for (let i = 0; i < 200; i++) {
      await things.insert({ id: `t${i}`, n: i });
      barriers.push(store.durable());
    }
    await Promise.all(barriers);
    store.close();
    const again = openSqliteStore(file);
    expect(await again.collection('things').count()).toBe(200);
    again.close();
  });

  test('the default and in-memory stores sync every commit and need no barrier', async () => {
    const full = openSqliteStore(join(dir, 'b.db'));
    expect(full.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    await full.durable();
    full.close();
    const memory = openSqliteStore(':memory:', { durability: 'group' });
    await memory.collection('x').insert({ id: 'a' } as never);
    await memory.durable();
    memory.close();
  });
});
