// bookings.book under real interleaving, on both stores: every store call yields to the event loop first (as a
// CloudBase round trip does), so twenty bookings racing for the last free slot really overlap between reading the
// slot free and storing the booking. The slot claims keep it to one booking; replays of one request stay one booking.
import * as tcb from '@cloudbase/node-sdk';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addCalendarDays, calendarDateOf } from '../../core/time';
import { seedDemoData } from '../../host/seed';
import { createCloudbaseStore } from '../../platform/cloudbase/store';
import { dbOf } from '../../platform/collections';
import { createLocalPlatform, type LocalPlatform } from '../../platform/local/platform';
import type { Platform, Store } from '../../platform/ports';
import { FakeCloudbaseServer } from '../../platform/testing/fake-server';
import { dispatch } from '../_lib/dispatch';
import { actions } from './index';

const quiet = { info() {}, warn() {}, error() {} };

/** A store whose every call first yields to the event loop: concurrent requests interleave at each one. */
function interleaving(store: Store): Store {
  const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));
  const collection = (name: string) =>
    new Proxy(store.collection(name), {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          await yieldNow();
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  return { collection: collection as Store['collection'] };
}

function cloudbaseStore(): Store {
  const db = tcb.init({ env: 'test-env' }).database();
  new FakeCloudbaseServer().install(db);
  return createCloudbaseStore(db);
}

describe.each([
  ['SQLite', (local: LocalPlatform) => local.store as Store],
  ['CloudBase', () => cloudbaseStore()],
])('bookings.book racing for one slot (%s)', (_name, storeOf) => {
  let dir: string;
  let local: LocalPlatform;
  let platform: Platform;
  const tokens: Record<string, string> = {};
  let start: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aftercare-book-'));
    local = createLocalPlatform({ dataDir: dir, logger: quiet });
    await seedDemoData(local.store, local.clock.now());
    const store = storeOf(local);
    if (store !== local.store) await seedDemoData(store, local.clock.now());
    platform = { ...local, store: interleaving(store) };
    for (const id of ['c-1001', 'c-1002']) tokens[id] = (await local.identity.issueDevToken({ userId: id })).token;
    // the expert publishes one half hour tomorrow: the last (and only) free slot
    const tomorrow = addCalendarDays(calendarDateOf(local.clock.now()), 1);
    await dbOf(store).availability.insert({
      id: 'e-2901',
      weekly: [],
      exceptions: [{ date: tomorrow, from: '10:00', to: '10:30' }],
      updatedBy: 'e-2901',
      updatedAt: new Date().toISOString(),
    });
    start = `${tomorrow}T10:00:00+08:00`;
  });
  afterAll(() => {
    local.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const book = (as: string, clientRequestId: string) =>
    dispatch(platform, {
      functionName: 'bookings',
      actions,
      event: { action: 'book', data: { start, topic: '屏幕花屏，需要远程指导', clientRequestId } },
      request: { authorization: `Bearer ${tokens[as]}` },
      requestId: 'test',
    });

  test('twenty bookings by two customers at once: exactly one booking, the others CONFLICT', async () => {
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) => book(i % 2 ? 'c-1002' : 'c-1001', `race-${i}-abcdefgh`)),
    );
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 409)).toHaveLength(19);
    const stored = (await dbOf(platform.store).bookings.findAll()).filter((b) => b.status === 'booked');
    expect(stored).toHaveLength(1);
  });

  test('one request sent five times at once is one booking', async () => {
    const db = dbOf(platform.store);
    // the race above took the slot: free it again, as a cancellation would
    for (const b of await db.bookings.findAll()) await db.bookings.update(b.id, { status: 'cancelled' });
    for (const c of await db.slotClaims.findAll()) await db.slotClaims.update(c.id, { bookingId: null });
    const replies = await Promise.all(Array.from({ length: 5 }, () => book('c-1001', 'replayed-abcdefgh')));
    const ids = new Set(
      replies.map((r) => (r.envelope.ok ? (r.envelope.data as { booking: { id: string } }).booking.id : r.status)),
    );
    expect([...ids]).toHaveLength(1);
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect((await db.bookings.findAll()).filter((b) => b.status === 'booked')).toHaveLength(1);
  });
});
