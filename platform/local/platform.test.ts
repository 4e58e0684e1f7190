// The local platform wires store, identity, clock, outbox and files into one data directory that survives restarts.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UserDoc } from '../../core/model';
import type { OutboxDoc } from '../contract/outbox';
import { createLocalPlatform } from './platform';

describe('local platform', () => {
  let dir: string;
  const lines: string[] = [];
  const logger = { info: (f: Record<string, unknown>) => lines.push(JSON.stringify(f)), error: () => undefined };
  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'aftercare-platform-')), 'data');
  });
  afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  test('creates its data directory with the database, the secret and the files folder', () => {
    const platform = createLocalPlatform({ dataDir: dir, logger });
    expect(platform.kind).toBe('local');
    expect(platform.devClock).toBeUndefined();
    for (const name of ['aftercare.db', 'secret.key', 'files']) expect(existsSync(join(dir, name))).toBe(true);
    platform.close();
  });

  test('data, sessions and the dev clock survive a restart', async () => {
    const first = createLocalPlatform({ dataDir: dir, devClock: true, logger });
    await first.store
      .collection<UserDoc>('users')
      .insert({ id: 'u1', name: '王', role: 'admin', createdAt: '2026-01-01T00:00:00.000Z' });
    const { token } = await first.identity.issueDevToken({ userId: 'u1' });
    const moved = first.devClock!.advance(60 * 24);
    first.close();

    const second = createLocalPlatform({ dataDir: dir, devClock: true, logger });
    expect(await second.identity.resolve({ authorization: `Bearer ${token}` })).toMatchObject({
      kind: 'user',
      userId: 'u1',
      role: 'admin',
    });
    expect(second.clock.now().getTime() - moved.getTime()).toBeLessThan(5_000);
    expect(second.clock.now().getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
    second.close();
  });

  test('sessions outlive a dev clock moved by weeks (tokens expire on real time)', async () => {
    const platform = createLocalPlatform({ dataDir: dir, devClock: true, logger });
    await platform.store
      .collection<UserDoc>('users')
      .insert({ id: 'u1', name: '王', role: 'admin', createdAt: '2026-01-01T00:00:00.000Z' });
    const { token } = await platform.identity.issueDevToken({ userId: 'u1' });
    platform.devClock!.advance(30 * 24 * 60);
    expect(await platform.identity.resolve({ authorization: `Bearer ${token}` })).toMatchObject({ userId: 'u1' });
    platform.close();
  });

  test('notifications are stamped with the service (dev) time', async () => {
    const platform = createLocalPlatform({ dataDir: dir, devClock: true, logger });
    platform.devClock!.advance(600);
    await platform.notifier.send({ to: 'u1', template: 't', title: 't', body: 'b' });
    const [message] = (await platform.store.collection<OutboxDoc>('outbox').find()).items;
    expect(Math.abs(Date.parse(message!.createdAt) - platform.clock.now().getTime())).toBeLessThan(5_000);
    expect(Date.parse(message!.createdAt) - Date.now()).toBeGreaterThan(9 * 3600_000);
    platform.close();
  });
});
