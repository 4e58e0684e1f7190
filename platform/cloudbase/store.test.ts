// The CloudBase store passes the store contract through the real node-sdk (requests answered by a fake server),
// and sends the updates that give the port's semantics on a real one.
import * as tcb from '@cloudbase/node-sdk';
import type { StoredDoc } from '../../core/model';
import { describeStoreContract } from '../testing/store-contract';
import { FakeCloudbaseServer } from '../testing/fake-server';
import { createCloudbaseStore } from './store';

type Loose = StoredDoc & Record<string, unknown>;

function offlineStore() {
  const db = tcb.init({ env: 'test-env' }).database();
  const server = new FakeCloudbaseServer();
  server.install(db);
  return { store: createCloudbaseStore(db), server };
}

describeStoreContract('cloudbase (node-sdk, fake server)', async () => {
  const { store } = offlineStore();
  return { store, cleanup: () => undefined };
});

describe('cloudbase store requests', () => {
  const lastModify = (server: FakeCloudbaseServer) => {
    const sent = server.sent.filter((r) => r.api === 'database.modifyDocument').pop()!;
    return {
      query: JSON.parse(sent.params.query as string),
      data: JSON.parse(sent.params.data as string),
      multi: sent.params.multi,
    };
  };

  test('documents are stored with _id, not id', async () => {
    const { store, server } = offlineStore();
    await store.collection<Loose>('tickets').insert({ id: 't-1', status: 'open' });
    expect([...server.collections.get('tickets')!.values()]).toEqual([{ _id: 't-1', status: 'open', version: 1 }]);
  });

  test('a compare-and-set update is one update filtered by id and version, with object fields set whole', async () => {
    const { store, server } = offlineStore();
    await store.collection<Loose>('tickets').insert({ id: 't-1', sla: { dueAt: 'a', level: 1 } });
    await store.collection<Loose>('tickets').update('t-1', { sla: { level: 2 }, note: undefined }, { ifVersion: 1 });
    expect(lastModify(server)).toEqual({
      query: { _id: 't-1', version: { $numberInt: '1' } },
      data: { $set: { sla: { level: { $numberInt: '2' } }, version: { $numberInt: '2' } }, $unset: { note: '' } },
      multi: true,
    });
  });

  test('an update without ifVersion increments the version atomically', async () => {
    const { store, server } = offlineStore();
    await store.collection<Loose>('tickets').insert({ id: 't-1', n: 1 });
    await store.collection<Loose>('tickets').update('t-1', { n: 2 });
    expect(lastModify(server)).toMatchObject({
      query: { _id: 't-1' },
      data: { $set: { n: { $numberInt: '2' } }, $inc: { version: { $numberInt: '1' } } },
      multi: false,
    });
  });

  test('replace removes the fields the new document no longer has', async () => {
    const { store, server } = offlineStore();
    await store.collection<Loose>('tickets').insert({ id: 't-1', a: 1, b: { c: 1 } });
    await store.collection<Loose>('tickets').replace({ id: 't-1', a: 2, version: 1 }, { ifVersion: 1 });
    expect(lastModify(server).data).toEqual({
      $set: { a: { $numberInt: '2' }, version: { $numberInt: '2' } },
      $unset: { b: '' },
    });
  });

  test('a find sends the filter, the keyset condition, the field then _id order, and limit + 1', async () => {
    const { store, server } = offlineStore();
    const tickets = store.collection<{ id: string; version: number; status: string; rank: number }>('tickets');
    await tickets.insert({ id: 't-1', status: 'open', rank: 1 });
    await tickets.insert({ id: 't-2', status: 'open', rank: 1 });
    const first = await tickets.find({ status: 'open' }, { orderBy: { field: 'rank', direction: 'desc' }, limit: 1 });
    await tickets.find(
      { status: 'open' },
      { orderBy: { field: 'rank', direction: 'desc' }, limit: 1, cursor: first.nextCursor },
    );
    const { params } = server.sent.pop()!;
    expect(JSON.parse(params.query as string)).toEqual({
      $and: [
        { status: 'open' },
        {
          $or: [
            { rank: { $lt: { $numberInt: '1' } } },
            { rank: { $numberInt: '1' }, _id: { $lt: 't-2' } },
            { rank: null },
          ],
        },
      ],
    });
    expect(JSON.parse(params.order as string)).toEqual({ rank: { $numberInt: '-1' }, _id: { $numberInt: '-1' } });
    expect(params.limit).toBe(2);
  });

  test('a page of 1000 asks for 1000 (the server cap) and still offers a next page when full', async () => {
    const { store, server } = offlineStore();
    const tickets = store.collection<Loose>('tickets');
    for (let i = 0; i < 1000; i += 1) await tickets.insert({ id: `t${String(i).padStart(4, '0')}` });
    const page = await tickets.find({}, { limit: 1000 });
    expect(server.sent.pop()!.params.limit).toBe(1000);
    expect(page.items).toHaveLength(1000);
    const next = await tickets.find({}, { limit: 1000, cursor: page.nextCursor });
    expect(next).toEqual({ items: [], nextCursor: null });
  });
});
