// The store-backed counter behind an action's rate limit (core/rate-limit.ts decides): one document per (action,
// caller, window) in `rateLimits`, bumped with the store's atomic increment — one write per call, race-free on SQLite
// and CloudBase alike. When a caller's counter starts a new window the previous window's counter is removed, so the
// collection holds about one counter per recent caller and action.
import { createHash } from 'node:crypto';
import { AppError } from '../../core/errors';
import type { Caller } from '../../core/identity/caller';
import { rateDecision, rateWindowAt, type RateLimit } from '../../core/rate-limit';
import type { Db } from '../../platform/collections';

/** Whose calls count together: a user, an unbound WeChat user, or (no caller yet, or `per: 'address'`) an address. */
export function rateSubjectOf(limit: RateLimit, caller: Caller, address: string | undefined): string {
  if (limit.per === 'caller' && caller.kind === 'user') return `user:${caller.userId}`;
  if (limit.per === 'caller' && caller.kind === 'unbound') return `openid:${caller.openid}`;
  return `address:${address ?? 'unknown'}`;
}

function counterId(actionKey: string, subject: string, windowStart: Date): string {
  const who = createHash('sha256').update(`${actionKey}\n${subject}`).digest('base64url').slice(0, 24);
  return `rl_${who}_${windowStart.getTime().toString(36)}`;
}

export interface RateSlot {
  /** gives the place back (a call whose limit counts failures only, and that succeeded) */
  release(): Promise<void>;
}

/**
 * Takes this call's place in the window, or throws RATE_LIMITED (nothing else happens: the action does not run).
 * `factor` raises the limit (a host's load-test setting; 1 otherwise).
 */
export async function takeRateSlot(
  db: Db,
  limit: RateLimit,
  actionKey: string,
  subject: string,
  now: Date,
  factor = 1,
): Promise<RateSlot> {
  const window = rateWindowAt(limit, now);
  const id = counterId(actionKey, subject, window.start);
  const { count } = await db.rateLimits.increment(id, 'count');
  if (count === 1) {
    const previous = new Date(window.start.getTime() - limit.windowMinutes * 60_000);
    await db.rateLimits.remove(counterId(actionKey, subject, previous));
  }
  const decision = rateDecision(limit, count, now, factor);
  if (!decision.allowed) {
    throw new AppError('RATE_LIMITED', decision.message, [
      { path: 'retryAfterSeconds', message: String(decision.retryAfterSeconds) },
    ]);
  }
  return {
    release: async () => {
      await db.rateLimits.increment(id, 'count', -1);
    },
  };
}
