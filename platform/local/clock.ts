// The service clock: the system clock, or the host's dev clock (AFTERCARE_DEV_CLOCK=1) that tests move forward.
import type { Clock } from '../ports';
import type { MetaStore } from './sqlite-store';

export const systemClock: Clock = { now: () => new Date() };

export interface DevClock extends Clock {
  /** how far the service time runs ahead of the system time */
  readonly offsetMs: number;
  /** moves service time forward by this many minutes; returns the new service time */
  advance(minutes: number): Date;
  /** back to the system time */
  reset(): Date;
}

const OFFSET_KEY = 'devClock.offsetMs';

/**
 * System time plus an offset. With `meta` the offset is kept in the database, so a restarted host (and its timers)
 * continues at the moved time instead of jumping back.
 */
export function createDevClock(meta?: MetaStore, base: Clock = systemClock): DevClock {
  const stored = Number(meta?.get(OFFSET_KEY) ?? 0);
  let offsetMs = Number.isFinite(stored) ? stored : 0;
  const save = () => meta?.set(OFFSET_KEY, String(offsetMs));
  const now = () => new Date(base.now().getTime() + offsetMs);

  return {
    get offsetMs() {
      return offsetMs;
    },
    now,
    advance(minutes) {
      if (!Number.isFinite(minutes)) throw new RangeError('minutes must be a finite number');
      offsetMs += Math.round(minutes * 60_000);
      save();
      return now();
    },
    reset() {
      offsetMs = 0;
      save();
      return now();
    },
  };
}
