// dispatch()'s identity rule: a bad token is UNAUTHENTICATED for every action but the public ones, which answer on
// their input as if no token had been sent (a stale token in the app must not stand in the way of signing in again).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoData } from '../../host/seed';
import { createLocalPlatform, type LocalPlatform } from '../../platform/local/platform';
import { actions as auth } from '../auth';
import { dispatch } from './dispatch';

const quiet = { info() {}, warn() {}, error() {} };

describe('dispatch: the caller', () => {
  let dir: string;
  let platform: LocalPlatform;
  let good: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aftercare-dispatch-'));
    platform = createLocalPlatform({ dataDir: dir, logger: quiet });
    await seedDemoData(platform.store, platform.clock.now());
    good = (await platform.identity.issueDevToken({ userId: 'a-4001' })).token;
  });
  afterAll(() => {
    platform.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = (action: string, data: unknown, authorization?: string) =>
    dispatch(platform, {
      functionName: 'auth',
      actions: auth,
      event: { action, data },
      request: { ...(authorization ? { authorization } : {}) },
      requestId: 'test',
    });

  const forged = () => `${good.slice(0, -3)}${good.endsWith('AAA') ? 'BBB' : 'AAA'}`;

  test.each([
    ['a forged token', () => `Bearer ${forged()}`],
    ['a malformed header', () => 'Basic abc'],
    ['no token', () => undefined],
  ])('with %s the public sign-in still answers on its input', async (_what, header) => {
    const signedIn = await call('devLogin', { userId: 'c-1001' }, header());
    expect(signedIn.status).toBe(200);
    const unknown = await call('devLogin', { userId: 'nobody' }, header());
    expect([unknown.status, unknown.envelope.ok]).toEqual([404, false]);
    expect((await call('demoUsers', {}, header())).status).toBe(200);
  });

  test('every other action answers a forged token with UNAUTHENTICATED', async () => {
    for (const [action, data] of [
      ['me', {}],
      ['bind', { code: 'K7M2QX9P' }],
      ['invite', { role: 'customer', customerId: 'cust-1001' }],
    ] as const) {
      const reply = await call(action, data, `Bearer ${forged()}`);
      expect([action, reply.status]).toEqual([action, 401]);
    }
    expect((await call('invite', { role: 'customer', customerId: 'cust-1001' }, `Bearer ${good}`)).status).toBe(200);
  });
});
