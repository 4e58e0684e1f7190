// The store contract: one jest suite every Store adapter must pass (SQLite here, CloudBase over a fake server).
import type { Collection, Store } from '../ports';
import { describeQueryContract } from './store-contract-queries';
import type { Item, MakeStore, StoreUnderTest } from './store-fixtures';

export type { MakeStore, StoreUnderTest } from './store-fixtures';

export function describeStoreContract(name: string, makeStore: MakeStore): void {
  describe(`store contract: ${name}`, () => {
    const env = { items: null as unknown as Collection<Item>, store: null as unknown as Store };
    let sut: StoreUnderTest;
    beforeEach(async () => {
      sut = await makeStore();
      env.store = sut.store;
      env.items = sut.store.collection<Item>('items');
    });
    afterEach(async () => {
      await sut.cleanup();
    });

    describeInserts(env);
    describeUpdates(env);
    describeReplaceAndRemove(env);
    describeQueryContract(env);
  });
}

type Env = { items: Collection<Item>; store: Store };

function describeInserts(env: Env): void {
  test('an inserted document reads back whole, at version 1', async () => {
    const doc = {
      id: 'd1',
      kind: '打印机',
      sla: { nextDueAt: '2026-01-01T00:00:00.000Z', level: 1 },
      tags: ['x', 'y'],
    };
    const inserted = await env.items.insert(doc);
    expect(inserted).toEqual({ ...doc, version: 1 });
    expect(await env.items.get('d1')).toEqual({ ...doc, version: 1 });
    expect(await env.items.get('missing')).toBeNull();
  });

  test('a second insert with the same id is a CONFLICT and leaves the first untouched', async () => {
    await env.items.insert({ id: 'd1', kind: 'first' });
    await expect(env.items.insert({ id: 'd1', kind: 'second' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '记录已存在',
    });
    expect(await env.items.get('d1')).toEqual({ id: 'd1', kind: 'first', version: 1 });
  });

  test('insertIfAbsent creates once, then returns the stored document untouched', async () => {
    const first = await env.items.insertIfAbsent({ id: 'k', kind: 'first' });
    const second = await env.items.insertIfAbsent({ id: 'k', kind: 'second' });
    expect(first).toEqual({ doc: { id: 'k', kind: 'first', version: 1 }, created: true });
    expect(second).toEqual({ doc: { id: 'k', kind: 'first', version: 1 }, created: false });
    expect(await env.items.count()).toBe(1);
  });

  test('field names that would mean paths or operators on MongoDB are refused', async () => {
    for (const bad of [{ 'sla.level': 1 }, { $set: { kind: 'x' } }, { '': 1 }]) {
      await expect(env.items.insert({ id: 'k', kind: 'x', ...bad } as unknown as Item)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    }
    await env.items.insert({ id: 'k', kind: 'x' });
    await expect(env.items.update('k', { 'kind.x': 1 } as unknown as Partial<Item>)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(
      env.items.replace({ id: 'k', kind: 'y', $inc: { n: 1 }, version: 1 } as unknown as Item),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await env.items.get('k')).toEqual({ id: 'k', kind: 'x', version: 1 });
  });

  test('mustGet returns the document, or NOT_FOUND with the given message', async () => {
    await env.items.insert({ id: 'd1', kind: 'x' });
    expect((await env.items.mustGet('d1')).kind).toBe('x');
    await expect(env.items.mustGet('nope')).rejects.toMatchObject({ code: 'NOT_FOUND', message: '记录不存在' });
    await expect(env.items.mustGet('nope', '工单不存在')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: '工单不存在',
    });
  });
}

function describeUpdates(env: Env): void {
  test('update merges shallowly, bumps the version and returns what is stored', async () => {
    await env.items.insert({
      id: 'u',
      kind: 'printer',
      n: 1,
      sla: { nextDueAt: '2026-01-01T00:00:00.000Z', level: 1 },
      note: 'keep?',
    });
    const updated = await env.items.update('u', { n: 2, sla: { level: 3 }, note: undefined });
    // a nested object is replaced, not merged (shallow), and an undefined key removes the field
    expect(updated).toEqual({ id: 'u', kind: 'printer', n: 2, sla: { level: 3 }, version: 2 });
    expect(await env.items.get('u')).toEqual(updated);
  });

  test('update keeps the store-owned id and version', async () => {
    await env.items.insert({ id: 'u', kind: 'x' });
    const sneaky = { kind: 'y', id: 'other', version: 99 } as unknown as Partial<Item>;
    const updated = await env.items.update('u', sneaky);
    expect(updated).toEqual({ id: 'u', kind: 'y', version: 2 });
    expect(await env.items.get('other')).toBeNull();
  });

  test('update with the current ifVersion applies', async () => {
    await env.items.insert({ id: 'u', kind: 'x', n: 1 });
    const updated = await env.items.update('u', { n: 2 }, { ifVersion: 1 });
    expect(updated).toMatchObject({ n: 2, version: 2 });
  });

  test('update with a stale ifVersion is a CONFLICT and changes nothing', async () => {
    await env.items.insert({ id: 'u', kind: 'x', n: 1 });
    await env.items.update('u', { n: 2 });
    await expect(env.items.update('u', { n: 3 }, { ifVersion: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '记录已被他人修改，请刷新后重试',
    });
    expect(await env.items.get('u')).toEqual({ id: 'u', kind: 'x', n: 2, version: 2 });
  });

  test('of 20 concurrent compare-and-set updates from the same version exactly one wins', async () => {
    await env.items.insert({ id: 'race', kind: 'x', n: 0 });
    const attempts = Array.from({ length: 20 }, (_, i) => env.items.update('race', { n: i + 1 }, { ifVersion: 1 }));
    const results = await Promise.allSettled(attempts);
    const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as { code?: string }] : []));
    expect(won).toHaveLength(1);
    expect(lost.map((e) => e.code)).toEqual(Array(19).fill('CONFLICT'));
    expect(await env.items.get('race')).toEqual({ id: 'race', kind: 'x', n: won[0]!.n, version: 2 });
  });

  test('20 concurrent updates without ifVersion all apply (no lost update)', async () => {
    await env.items.insert({ id: 'many', kind: 'x' });
    const patches = Array.from({ length: 20 }, (_, i) => ({ [`f${i}`]: i }) as Partial<Item>);
    await Promise.all(patches.map((p) => env.items.update('many', p)));
    const stored = (await env.items.get('many')) as unknown as Record<string, unknown>;
    expect(stored.version).toBe(21);
    for (let i = 0; i < 20; i += 1) expect(stored[`f${i}`]).toBe(i);
  });

  test('20 concurrent increments each get their own value, and a missing counter starts at zero', async () => {
    const values = await Promise.all(Array.from({ length: 20 }, () => env.items.increment('seq', 'n')));
    expect(values.map((v) => v.n).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const stored = await env.items.get('seq');
    expect(stored).toMatchObject({ id: 'seq', n: 20 });
    expect(await env.items.increment('seq', 'n', 5)).toMatchObject({ n: 25, version: stored!.version + 1 });
  });

  test('increment keeps the other fields and refuses store-owned or malformed fields', async () => {
    await env.items.insert({ id: 'c', kind: 'counter', n: 7 });
    expect(await env.items.increment('c', 'n')).toEqual({ id: 'c', kind: 'counter', n: 8, version: 2 });
    for (const field of ['version', 'id', 'a.b', '$inc']) {
      await expect(env.items.increment('c', field)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    await expect(env.items.increment('c', 'n', Number.NaN)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await env.items.get('c')).toEqual({ id: 'c', kind: 'counter', n: 8, version: 2 });
  });

  test('updating a missing document is NOT_FOUND', async () => {
    await expect(env.items.update('nope', { n: 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: '记录不存在',
    });
    await expect(env.items.update('nope', { n: 1 }, { ifVersion: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await env.items.get('nope')).toBeNull();
  });
}

function describeReplaceAndRemove(env: Env): void {
  test('replace stores the whole new document (dropped fields are gone) and bumps the version', async () => {
    await env.items.insert({ id: 'r', kind: 'x', n: 1, note: 'old', sla: { level: 1, nextDueAt: null } });
    const replaced = await env.items.replace({ id: 'r', kind: 'y', sla: { level: 2 }, version: 1 }, { ifVersion: 1 });
    expect(replaced).toEqual({ id: 'r', kind: 'y', sla: { level: 2 }, version: 2 });
    expect(await env.items.get('r')).toEqual(replaced);
  });

  test('replace with a stale ifVersion is a CONFLICT and changes nothing', async () => {
    await env.items.insert({ id: 'r', kind: 'x' });
    await env.items.update('r', { kind: 'y' });
    await expect(env.items.replace({ id: 'r', kind: 'z', version: 1 }, { ifVersion: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await env.items.get('r')).toEqual({ id: 'r', kind: 'y', version: 2 });
  });

  test('replace without ifVersion overwrites the latest version', async () => {
    await env.items.insert({ id: 'r', kind: 'x', n: 1 });
    await env.items.update('r', { n: 2 });
    expect(await env.items.replace({ id: 'r', kind: 'z', version: 1 })).toEqual({ id: 'r', kind: 'z', version: 3 });
  });

  test('replacing a missing document is NOT_FOUND and does not create it', async () => {
    await expect(env.items.replace({ id: 'nope', kind: 'x', version: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await env.items.get('nope')).toBeNull();
  });

  test('remove deletes once and says whether it did', async () => {
    await env.items.insert({ id: 'gone', kind: 'x' });
    await env.items.insert({ id: 'kept', kind: 'x' });
    expect(await env.items.remove('gone')).toBe(true);
    expect(await env.items.remove('gone')).toBe(false);
    expect(await env.items.get('gone')).toBeNull();
    expect(await env.items.count()).toBe(1);
  });
}
