// The local outbox: every message is stored for the app to show; a dedupe key stores it once.
import { createHash } from 'node:crypto';
import { outboxDocOf, type OutboxDoc } from '../contract/outbox';
import { createLocalNotifier } from './notifier';
import { openSqliteStore, type SqliteStore } from './sqlite-store';

describe('local notifier (outbox)', () => {
  let store: SqliteStore;
  const clock = { now: () => new Date('2026-05-01T02:00:00.000Z') };
  beforeEach(() => {
    store = openSqliteStore(':memory:');
  });
  afterEach(() => store.close());
  const outbox = () => store.collection<OutboxDoc>('outbox');

  test('a message is stored with its recipient, template, link, data and the service time', async () => {
    await createLocalNotifier({ store, clock }).send({
      to: 'u-1',
      template: 'ticket.accepted',
      title: '工单已接单',
      body: '李工已接单，预计 2 小时内到场',
      link: '/pages/ticket/index?id=t-1',
      data: { ticketId: 't-1', minutes: 120 },
    });
    const page = await outbox().find({ to: 'u-1' });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      to: 'u-1',
      template: 'ticket.accepted',
      title: '工单已接单',
      link: '/pages/ticket/index?id=t-1',
      data: { ticketId: 't-1', minutes: 120 },
      dedupeKey: null,
      createdAt: '2026-05-01T02:00:00.000Z',
      readAt: null,
      channel: 'inapp',
      // a WeChat template, but the user granted nothing: in-app only
      wechat: 'no-grant',
    });
  });

  test('with a grant the local host spends it and records the send as simulated (it has no WeChat)', async () => {
    await store
      .collection('subscriptions')
      .insert({ id: 'u-1', grants: { 'ticket.accepted': 1 }, updatedAt: '' } as never);
    const notifier = createLocalNotifier({ store, clock });
    await notifier.send({ to: 'u-1', template: 'ticket.accepted', title: 'a', body: 'b' });
    await notifier.send({ to: 'u-1', template: 'ticket.accepted', title: 'a', body: 'c' });
    await notifier.send({ to: 'u-1', template: 'ticket.queued', title: 'a', body: 'd' });
    const items = (await outbox().find({ to: 'u-1' }, { orderBy: { field: 'body' } })).items;
    expect(items.map((m) => [m.body, m.wechat])).toEqual([
      ['b', 'simulated'],
      ['c', 'no-grant'],
      ['d', 'not-wechat'],
    ]);
  });

  test('messages without a dedupe key are all kept', async () => {
    const notifier = createLocalNotifier({ store, clock });
    const message = { to: 'u-1', template: 't', title: 'a', body: 'b' };
    await notifier.send(message);
    await notifier.send(message);
    expect(await outbox().count({ to: 'u-1' })).toBe(2);
  });

  test('a message with a dedupe key already stored is not stored again', async () => {
    const notifier = createLocalNotifier({ store, clock });
    const message = {
      to: 'u-1',
      template: 'sla.breached',
      title: '超时',
      body: '工单超时',
      dedupeKey: 'sla:t-1:onsite',
    };
    await Promise.all([notifier.send(message), notifier.send(message)]);
    await notifier.send({ ...message, body: 'second run of the timer' });
    await notifier.send({ ...message, dedupeKey: 'sla:t-2:onsite' });
    const items = (await outbox().find({ template: 'sla.breached' })).items;
    expect(items.map((m) => [m.dedupeKey, m.body])).toEqual(
      expect.arrayContaining([
        ['sla:t-1:onsite', '工单超时'],
        ['sla:t-2:onsite', '工单超时'],
      ]),
    );
    expect(items).toHaveLength(2);
  });

  test('a message stored under its hashed id (before plain keys became ids) is not stored again', async () => {
    const dedupeKey = 'offer:tk_1:t-2001:2';
    const hashed = `d_${createHash('sha256').update(dedupeKey).digest('hex').slice(0, 40)}`;
    await outbox().insert({
      ...outboxDocOf({ to: 'u-1', template: 'ticket.offered', title: '新派单', body: '旧', dedupeKey }, clock.now()),
      id: hashed,
    });
    await createLocalNotifier({ store, clock }).send({
      to: 'u-1',
      template: 'ticket.offered',
      title: '新派单',
      body: '新',
      dedupeKey,
    });
    expect((await outbox().find({ to: 'u-1' })).items.map((m) => [m.id, m.body])).toEqual([[hashed, '旧']]);
  });
});
