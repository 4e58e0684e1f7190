// The rate-limit decision: within the limit until the count passes it, fixed windows, the wait in the message.
import { rateDecision, rateWindowAt, RATE_LIMITS, type RateLimit } from './rate-limit';

const limit: RateLimit = { max: 5, windowMinutes: 10, per: 'caller', counts: 'calls', message: '太频繁' };
const at = (iso: string) => new Date(iso);

describe('rate limits', () => {
  test('windows are fixed, aligned to their length', () => {
    expect(rateWindowAt(limit, at('2026-11-25T02:07:30.000Z'))).toEqual({
      start: at('2026-11-25T02:00:00.000Z'),
      end: at('2026-11-25T02:10:00.000Z'),
    });
    expect(rateWindowAt(limit, at('2026-11-25T02:10:00.000Z')).start).toEqual(at('2026-11-25T02:10:00.000Z'));
  });

  test('the max-th call is allowed, the next is refused with the wait until the window ends', () => {
    const now = at('2026-11-25T02:07:30.000Z');
    expect(rateDecision(limit, 5, now)).toEqual({ allowed: true });
    expect(rateDecision(limit, 6, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 150,
      message: '太频繁（3 分钟后可再试）',
    });
    expect(rateDecision(limit, 6, at('2026-11-25T02:09:45.200Z'))).toMatchObject({
      retryAfterSeconds: 15,
      message: '太频繁（15 秒后可再试）',
    });
  });

  test('a factor raises the limit', () => {
    const now = at('2026-11-25T02:00:00.000Z');
    expect(rateDecision(limit, 50, now, 10)).toEqual({ allowed: true });
    expect(rateDecision(limit, 51, now, 10).allowed).toBe(false);
  });

  test('every limit the action map uses is sane and speaks Chinese', () => {
    for (const l of Object.values(RATE_LIMITS)) {
      expect(l.max).toBeGreaterThan(0);
      expect(l.windowMinutes).toBeGreaterThan(0);
      expect(l.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
