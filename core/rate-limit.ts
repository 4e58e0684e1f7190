// Rate limits per caller: the rule an action carries in the action map (core/api.ts) and the pure decision on a
// counter. The service keeps one counter per (action, caller, window) in the store (cloudfunctions/_lib/rate-limit.ts),
// so the limit holds wherever the service runs — the local host and CloudBase alike.
import type { StoredDoc } from './model';

export interface RateLimit {
  /** at most this many counted calls in one window */
  max: number;
  windowMinutes: number;
  /** whose calls count together: the caller (a user, an unbound WeChat user), or the network address (sign-in) */
  per: 'caller' | 'address';
  /**
   * 'calls': every call counts; 'failures': only calls that fail count (a wrong invitation code) — each call still
   * takes its place before it runs, so a burst of concurrent guesses cannot overtake the count, and a success gives
   * its place back.
   */
  counts: 'calls' | 'failures';
  /** what the caller is told once over the limit (Chinese, shown as is); the wait is added to it */
  message: string;
}

/** A counter of one (action, caller, window). */
export interface RateCounterDoc extends StoredDoc {
  count: number;
}

export interface RateWindow {
  /** when the window began (windows are fixed, aligned to multiples of their length since the epoch) */
  start: Date;
  /** when the next one begins: the limit is lifted then */
  end: Date;
}

export function rateWindowAt(limit: RateLimit, now: Date): RateWindow {
  const length = limit.windowMinutes * 60_000;
  const start = Math.floor(now.getTime() / length) * length;
  return { start: new Date(start), end: new Date(start + length) };
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; message: string };

/**
 * The call that brought the window's counter to `count` (itself included): allowed while within `max` × `factor`
 * (the host's factor raises every limit for load tests; 1 everywhere else).
 */
export function rateDecision(limit: RateLimit, count: number, now: Date, factor = 1): RateDecision {
  if (count <= limit.max * factor) return { allowed: true };
  const retryAfterSeconds = Math.max(1, Math.ceil((rateWindowAt(limit, now).end.getTime() - now.getTime()) / 1000));
  return { allowed: false, retryAfterSeconds, message: `${limit.message}（${waitText(retryAfterSeconds)}后可再试）` };
}

function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} 秒`;
  return `${Math.ceil(seconds / 60)} 分钟`;
}

/** The limits the action map sets (core/api.ts). Generous for people, tight for scripts. */
export const RATE_LIMITS = {
  /** a site losing power may report ten devices at once; thirty in ten minutes is a script */
  report: {
    max: 30,
    windowMinutes: 10,
    per: 'caller',
    counts: 'calls',
    message: '报修提交过于频繁，请稍后再试',
  },
  /** nine photos and a video per report, a few reports */
  upload: {
    max: 60,
    windowMinutes: 10,
    per: 'caller',
    counts: 'calls',
    message: '上传过于频繁，请稍后再试',
  },
  /** invitation codes are 8 characters of 31: five wrong guesses per ten minutes makes guessing hopeless */
  bind: {
    max: 5,
    windowMinutes: 10,
    per: 'caller',
    counts: 'failures',
    message: '邀请码错误次数过多，请稍后再试',
  },
  /** demo sign-in, before there is a caller: per network address */
  devLogin: {
    max: 60,
    windowMinutes: 10,
    per: 'address',
    counts: 'calls',
    message: '登录尝试过于频繁，请稍后再试',
  },
} as const satisfies Record<string, RateLimit>;
