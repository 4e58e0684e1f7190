// The SQLite store passes the store contract in memory and on disk, keeps data across reopen, migrates once, uses its indexes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStoreContract } from '../testing/store-contract';
import type { Database } from 'better-sqlite3';
import type { UserDoc } from '../../core/model';
import { encodeCursor } from '../contract/store-rules';
import { openSqliteStore } from './sqlite-store';
import { ensureIndexes } from './migrations';

function indexNames(db: Database, table: string): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?").all(table) as {
    name: string;
  }[];
  return rows.map((r) => r.name);
}

function planOf(db: Database, sql: string, params: unknown[]): string {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail).join(' | ');
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'aftercare-sqlite-'));
}

describeStoreContract('sqlite :memory:', async () => {
  const store = openSqliteStore(':memory:');
  return { store, cleanup: () => store.close() };
});

// every rule holds with the collection's reads cached (read-cache.ts) as well
describeStoreContract('sqlite :memory:, reads cached', async () => {
  const store = openSqliteStore(':memory:', { readCached: ['items'] });
  return { store, cleanup: () => store.close() };
});

describeStoreContract('sqlite file', async () => {
  const dir = tempDir();
  const store = openSqliteStore(join(dir, 'test.db'));
  return {
    store,
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('sqlite store on disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a reopened file keeps its data, and migrations ran only the first time', async () => {
    const file = join(dir, 'a.db');
    const first = openSqliteStore(file);
    expect(first.migrated).toEqual([1, 2]);
    await first
      .collection<UserDoc>('users')
      .insert({ id: 'u1', name: '张工', role: 'technician', createdAt: '2026-01-01T00:00:00.000Z' });
    await first.collection('fixtures').insert({ id: 'f1' });
    first.close();

    const second = openSqliteStore(file);
    expect(second.migrated).toEqual([]);
    expect(await second.collection('users').get('u1')).toMatchObject({ name: '张工', version: 1 });
    expect(await second.collection('fixtures').get('f1')).toEqual({ id: 'f1', version: 1 });
    const recorded = second.db.prepare('SELECT id FROM _migrations ORDER BY id').all();
    expect(recorded).toEqual([{ id: 1 }, { id: 2 }]);
    second.close();
  });

  test('is in WAL mode with full fsync on commit', () => {
    const store = openSqliteStore(join(dir, 'b.db'));
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    store.close();
  });

  test('every COLLECTIONS index exists, and finds on indexed fields use them', async () => {
    const store = openSqliteStore(join(dir, 'c.db'));
    const names = indexNames(store.db, 'users');
    expect(names).toEqual(
      expect.arrayContaining(['ix_users__role', 'ix_users__customerId', 'ix_users__stationId', 'ux_users__openid']),
    );

    const prepare = jest.spyOn(store.db, 'prepare');
    const users = store.collection<UserDoc>('users');
    await users.find({ openid: 'o1' });
    const page = await users.find({}, { orderBy: { field: 'role', direction: 'desc' }, limit: 1 });
    await users.find(
      {},
      {
        orderBy: { field: 'role', direction: 'desc' },
        cursor: page.nextCursor ?? encodeCursor({ value: 'x', id: 'y' }),
      },
    );
    const finds = prepare.mock.calls.map(([sql]) => sql).filter((sql) => sql.startsWith('SELECT doc'));
    prepare.mockRestore();
    expect(finds).toHaveLength(3);
    expect(planOf(store.db, finds[0]!, ['o1', 51])).toMatch(/USING (COVERING )?INDEX ux_users__openid/);
    expect(planOf(store.db, finds[1]!, [2])).toMatch(/SCAN users USING INDEX ix_users__role/);
    expect(planOf(store.db, finds[2]!, ['x', 'x', 'y', 51])).toMatch(/USING INDEX ix_users__role/);
    expect(planOf(store.db, finds[2]!, ['x', 'x', 'y', 51])).not.toMatch(/TEMP B-TREE/);
    store.close();
  });

  test('an array field (COLLECTIONS arrays) is indexed per element: kept by every write, read by `has`', async () => {
    const store = openSqliteStore(join(dir, 'k.db'));
    type Keyed = { id: string; version: number; name: string; searchKeys?: string[] };
    const customers = store.collection<Keyed>('customers');
    await customers.insert({ id: 'c1', name: 'a', searchKeys: ['申程', '程智'] });
    await customers.insert({ id: 'c2', name: 'b', searchKeys: ['华北'] });
    await customers.update('c2', { searchKeys: ['华北', '物流'] });
    await customers.update('c1', { name: 'a2' }); // the keys did not change: the element rows stay
    await customers.insert({ id: 'c3', name: 'c', searchKeys: ['物流'] });
    await customers.remove('c3');
    const prepare = jest.spyOn(store.db, 'prepare');
    const ids = async (key: string) => (await customers.find({ searchKeys: { has: key } })).items.map((c) => c.id);
    expect(await ids('申程')).toEqual(['c1']);
    expect(await ids('物流')).toEqual(['c2']);
    const rows = store.db.prepare('SELECT value, id FROM "mk_customers__searchKeys" ORDER BY id, value').all();
    expect(rows).toEqual([
      { value: '申程', id: 'c1' },
      { value: '程智', id: 'c1' },
      { value: '华北', id: 'c2' },
      { value: '物流', id: 'c2' },
    ]);
    const sql = prepare.mock.calls.map(([q]) => q).find((q) => q.startsWith('SELECT doc'))!;
    prepare.mockRestore();
    expect(planOf(store.db, sql, ['华北', 6])).toMatch(/mk_customers__searchKeys USING PRIMARY KEY/);
    expect(planOf(store.db, sql, ['华北', 6])).not.toMatch(/SCAN customers(?! USING)/);
    store.close();
  });

  test('an element index created over stored documents is filled from them', async () => {
    const store = openSqliteStore(join(dir, 'l.db'));
    // as a store made before the field was listed: no element table, no triggers
    for (const t of ['ai', 'au', 'ad']) store.db.exec(`DROP TRIGGER "mk_customers__searchKeys__${t}"`);
    store.db.exec('DROP TABLE "mk_customers__searchKeys"');
    await store.collection<{ id: string; version: number; searchKeys: string[] }>('customers').insert({
      id: 'c1',
      searchKeys: ['x'],
    });
    store.close();
    const reopened = openSqliteStore(join(dir, 'l.db'));
    const found = await reopened
      .collection<{ id: string; version: number; searchKeys: string[] }>('customers')
      .find({ searchKeys: { has: 'x' } });
    expect(found.items.map((c) => c.id)).toEqual(['c1']);
    reopened.close();
  });

  test('ensureIndexes adds indexes for new fields and drops the ones no longer listed', () => {
    const store = openSqliteStore(join(dir, 'd.db'));
    ensureIndexes(store.db, { devices: { indexes: ['serial', 'sla.nextDueAt'] } });
    const names = indexNames(store.db, 'devices');
    expect(names).toContain('ix_devices__sla__nextDueAt');
    expect(names).toContain('ix_devices__serial');
    expect(names).not.toContain('ix_devices__customerId');
    store.close();
  });

  test('a unique field (platform/collections.ts) refuses a second document with its value: CONFLICT naming it', async () => {
    const store = openSqliteStore(join(dir, 'e.db'));
    const devices = store.collection<{ id: string; version: number; serial?: string }>('devices');
    await devices.insert({ id: 'd1', serial: 'SN-1' });
    await devices.insert({ id: 'd3' });
    await devices.insert({ id: 'd4' }); // documents without the field are not counted
    await expect(devices.insert({ id: 'd2', serial: 'SN-1' })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: [{ path: 'serial' }],
    });
    await expect(devices.insertIfAbsent({ id: 'd2', serial: 'SN-1' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(devices.update('d3', { serial: 'SN-1' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await devices.get('d2')).toBeNull();
    expect((await devices.get('d3'))?.serial).toBeUndefined();
    store.close();
  });
});
