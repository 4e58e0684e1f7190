// CloudBase notifications: stored in the outbox like locally; the WeChat delivery runs once per stored message.
import type { OutboxDoc } from '../contract/outbox';
import { openSqliteStore, type SqliteStore } from '../local/sqlite-store';
import { createCloudbaseNotifier } from './notifier';

describe('cloudbase notifier', () => {
  let store: SqliteStore;
  const clock = { now: () => new Date('2026-05-01T02:00:00.000Z') };
  beforeEach(() => {
    store = openSqliteStore(':memory:');
  });
  afterEach(() => store.close());

  test('each new message is stored and, with a grant, handed to the delivery once; a repeated dedupe key is neither', async () => {
    const delivered: OutboxDoc[] = [];
    await store.collection('subscriptions').insert({ id: 'u-1', grants: { 'sla.alert': 5 }, updatedAt: '' } as never);
    const notifier = createCloudbaseNotifier({ store, clock, deliver: async (doc) => void delivered.push(doc) });
    const message = {
      to: 'u-1',
      template: 'sla.alert',
      title: '回访',
      body: '请回访',
      dedupeKey: 'followup:f-1:2026-05-01',
    };
    await notifier.send(message);
    await notifier.send(message);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({
      to: 'u-1',
      dedupeKey: 'followup:f-1:2026-05-01',
      channel: 'inapp',
      readAt: null,
    });
    expect(await store.collection('outbox').count()).toBe(1);
    expect((await store.collection<OutboxDoc>('outbox').find({})).items[0]!.wechat).toBe('sent');
    // one grant spent, not two; a document of the old form (keyed by template) is read and rewritten as a list
    expect(((await store.collection('subscriptions').get('u-1')) as unknown as { grants: unknown }).grants).toEqual([
      { template: 'sla.alert', count: 4 },
    ]);
  });

  test('a failed WeChat send leaves the message in the app, marked failed, and never fails the caller', async () => {
    await store.collection('subscriptions').insert({ id: 'u-3', grants: { 'sla.alert': 1 }, updatedAt: '' } as never);
    const notifier = createCloudbaseNotifier({ store, clock, deliver: async () => Promise.reject(new Error('43101')) });
    await notifier.send({ to: 'u-3', template: 'sla.alert', title: 't', body: 'b' });
    expect((await store.collection<OutboxDoc>('outbox').find({ to: 'u-3' } as never)).items[0]!.wechat).toBe('failed');
  });

  test('without a delivery the message is still stored (nothing pretends to send)', async () => {
    await createCloudbaseNotifier({ store, clock }).send({ to: 'u-2', template: 't', title: 't', body: 'b' });
    expect(await store.collection('outbox').count({ to: 'u-2' } as never)).toBe(1);
  });
});
