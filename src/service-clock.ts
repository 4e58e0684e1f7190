// The service's own time, as the app can tell it: the board says it outright (`at`); a ticket's live clocks imply it
// (due time less the minutes left). Countdowns use it, so a phone with a wrong clock — or the local host's test
// clock — still counts down to the service's deadlines.
import type { Ticket } from './api';

const MINUTE = 60_000;

/** How long the clocks stood still after `from`, by the timeline's paused → resumed pairs (finished pauses only). */
function pausedSince(events: Ticket['events'], from: number): number {
  let total = 0;
  let pausedAt: number | null = null;
  for (const e of events ?? []) {
    const at = Date.parse(e.at);
    if (e.type === 'paused') pausedAt = at;
    if (e.type === 'resumed' && pausedAt !== null) {
      total += Math.max(0, at - Math.max(pausedAt, from));
      pausedAt = null;
    }
  }
  return total;
}

/**
 * The service time a ticket was computed at, to within a minute, or null when no clock tells it: only a live clock
 * that runs in wall time qualifies — its due time is its allowance plus the pauses after its start (a clock counting
 * service hours only is due later than that).
 */
export function serviceNowOf(t: Pick<Ticket, 'sla' | 'events'>): number | null {
  for (const c of t.sla.clocks) {
    if (c.remainingMinutes === null || !c.dueAt || !c.startedAt || c.metAt) continue;
    if (c.state !== 'running' && c.state !== 'breached') continue;
    const due = Date.parse(c.dueAt);
    const start = Date.parse(c.startedAt);
    if (Math.abs(due - start - c.withinMinutes * MINUTE - pausedSince(t.events, start)) > 2_000) continue;
    // remainingMinutes is rounded up: the service's now lies in the minute starting at due − remaining.
    return due - c.remainingMinutes * MINUTE + MINUTE / 2;
  }
  return null;
}

/** The new offset (service − device) when `serviceNow` disagrees with the current one by more than `tolerance`. */
export function nextOffset(current: number, serviceNow: number, deviceNow: number, tolerance: number): number {
  const measured = serviceNow - deviceNow;
  return Math.abs(measured - current) > tolerance ? measured : current;
}
