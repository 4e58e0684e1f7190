// The counter behind rate limits, on the real SQLite store: a concurrent burst gets exactly `max` places, a limit that
// counts failures gives a success's place back, a new window starts from zero and drops the previous counter.
import { AppError } from '../../core/errors';
import type { RateLimit } from '../../core/rate-limit';
import { dbOf, type Db } from '../../platform/collections';
import { openSqliteStore, type SqliteStore } from '../../platform/local/sqlite-store';
import { rateSubjectOf, takeRateSlot } from './rate-limit';

const calls: RateLimit = { max: 3, windowMinutes: 10, per: 'caller', counts: 'calls', message: '太频繁' };
const failures: RateLimit = { ...calls, counts: 'failures' };
const now = new Date('2026-11-25T02:01:00.000Z');

describe('rate-limit counters', () => {
  let store: SqliteStore;
  let db: Db;
  beforeEach(() => {
    store = openSqliteStore(':memory:');
    db = dbOf(store);
  });
  afterEach(() => store.close());

  const take = (limit: RateLimit, at = now, subject = 'user:c-1', factor = 1) =>
    takeRateSlot(db, limit, 'tickets.report', subject, at, factor);

  test('a burst of concurrent calls: exactly max pass, the rest RATE_LIMITED with the wait', async () => {
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => take(calls)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(5);
    expect(refused[0]!.reason).toBeInstanceOf(AppError);
    expect(refused[0]!.reason).toMatchObject({
      code: 'RATE_LIMITED',
      message: '太频繁（9 分钟后可再试）',
      details: [{ path: 'retryAfterSeconds', message: '540' }],
    });
    // another caller has places of their own
    await expect(take(calls, now, 'user:c-2')).resolves.toBeDefined();
  });

  test('a released place (a success, where only failures count) is given back', async () => {
    for (let i = 0; i < 10; i++) await (await take(failures)).release();
    for (let i = 0; i < 3; i++) await take(failures);
    await expect(take(failures)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });

  test('the next window starts from zero, and the previous window’s counter is removed', async () => {
    for (let i = 0; i < 3; i++) await take(calls);
    await expect(take(calls)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(await db.rateLimits.count()).toBe(1);
    const next = new Date(now.getTime() + 10 * 60_000);
    await expect(take(calls, next)).resolves.toBeDefined();
    expect(await db.rateLimits.count()).toBe(1);
    expect((await db.rateLimits.findAll())[0]!.count).toBe(1);
  });

  test('the factor raises the limit', async () => {
    for (let i = 0; i < 30; i++) await take(calls, now, 'user:c-1', 10);
    await expect(take(calls, now, 'user:c-1', 10)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });

  test('who counts: the user, the unbound WeChat user, else the address', () => {
    const user = { kind: 'user', userId: 'c-1', role: 'customer' } as const;
    expect(rateSubjectOf(calls, user, '10.0.0.1')).toBe('user:c-1');
    expect(rateSubjectOf(calls, { kind: 'unbound', openid: 'o-1' }, '10.0.0.1')).toBe('openid:o-1');
    expect(rateSubjectOf(calls, { kind: 'anonymous' }, '10.0.0.1')).toBe('address:10.0.0.1');
    expect(rateSubjectOf({ ...calls, per: 'address' }, user, '10.0.0.1')).toBe('address:10.0.0.1');
    expect(rateSubjectOf({ ...calls, per: 'address' }, user, undefined)).toBe('address:unknown');
  });
});
