// Subscription grants on CloudBase: the update the real node-sdk builds carries no field name with a dot (MongoDB
// before 5.0 refuses `$set: { grants: { 'ticket.offered': 1 } }`), and documents of the old, keyed form still read.
import * as tcb from '@cloudbase/node-sdk';
import {
  consumeGrant,
  grantCounts,
  storedGrants,
  SUBSCRIPTIONS_COLLECTION,
  type SubscriptionDoc,
} from '../contract/outbox';
import { FakeCloudbaseServer } from '../testing/fake-server';
import { createCloudbaseStore } from './store';

function offlineStore() {
  const db = tcb.init({ env: 'test-env' }).database();
  const server = new FakeCloudbaseServer();
  server.install(db);
  return { store: createCloudbaseStore(db), server };
}

/** Every key of a (parsed EJSON) document, at any depth, that has a dot in it. */
function dottedKeys(value: unknown, at = ''): string[] {
  if (!value || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => dottedKeys(v, `${at}[${i}]`));
  return Object.entries(value).flatMap(([k, v]) => [
    ...(k.includes('.') ? [`${at}${k}`] : []),
    ...dottedKeys(v, `${at}${k}.`),
  ]);
}

function lastUpdate(server: FakeCloudbaseServer): unknown {
  const sent = server.sent.filter((r) => r.api === 'database.modifyDocument').pop()!;
  return JSON.parse(sent.params.data as string);
}

describe('subscription grants on CloudBase', () => {
  test('spending a grant of an old, keyed document sends a $set without dotted keys', async () => {
    const { store, server } = offlineStore();
    const subscriptions = store.collection<SubscriptionDoc>(SUBSCRIPTIONS_COLLECTION);
    await subscriptions.insert({ id: 'u-1', grants: { 'ticket.offered': 2, 'sla.alert': 1 }, updatedAt: '' });
    expect(await consumeGrant(store, 'u-1', 'ticket.offered')).toBe(true);
    const update = lastUpdate(server) as { $set: { grants: unknown } };
    expect(dottedKeys(update)).toEqual([]);
    expect(update.$set.grants).toEqual([
      { template: 'sla.alert', count: { $numberInt: '1' } },
      { template: 'ticket.offered', count: { $numberInt: '1' } },
    ]);
    expect(grantCounts(await subscriptions.get('u-1'))).toEqual({ 'sla.alert': 1, 'ticket.offered': 1 });
  });

  test('the keyed form is exactly what the check catches', () => {
    expect(dottedKeys({ $set: { grants: { 'ticket.offered': 2 } } })).toEqual(['$set.grants.ticket.offered']);
  });

  test('grants of the list form are spent one by one, and none left is no send', async () => {
    const { store, server } = offlineStore();
    const subscriptions = store.collection<SubscriptionDoc>(SUBSCRIPTIONS_COLLECTION);
    await subscriptions.insert({ id: 'u-2', grants: storedGrants({ 'ticket.accepted': 1 }), updatedAt: '' });
    expect(dottedKeys(JSON.parse(server.sent.at(-1)!.params.data as string))).toEqual([]);
    expect(await consumeGrant(store, 'u-2', 'ticket.accepted')).toBe(true);
    expect(dottedKeys(lastUpdate(server))).toEqual([]);
    expect(await consumeGrant(store, 'u-2', 'ticket.accepted')).toBe(false);
    expect(grantCounts(await subscriptions.get('u-2'))).toEqual({});
  });

  test('grant counts read both forms; the stored form is sorted and drops templates with none left', () => {
    expect(grantCounts(null)).toEqual({});
    expect(grantCounts({ grants: { 'sla.alert': 3 } })).toEqual({ 'sla.alert': 3 });
    expect(grantCounts({ grants: [{ template: 'ticket.arrived', count: 2 }] })).toEqual({ 'ticket.arrived': 2 });
    expect(storedGrants({ 'ticket.resolved': 1, 'sla.alert': 0, 'ticket.accepted': 2 })).toEqual([
      { template: 'ticket.accepted', count: 2 },
      { template: 'ticket.resolved', count: 1 },
    ]);
  });
});
