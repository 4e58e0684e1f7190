// Whom a finished SLA clock is charged to, from the ticket's event log: a clock met in time to whoever met it (the
// acceptance, the arrival, the expert's plan), a breach to whoever held the ticket when the time ran out — not to
// whoever holds or resolved it later. '-' when nobody held it (it waited in the dispatchers' queue).
import type { TicketEvent } from '../ticket/types';
import type { Clock } from './clocks';

/** Nobody: the ticket waited in the dispatchers' queue. */
export const NOBODY = '-';

/**
 * Who held the ticket just before an instant: the technician or expert it was offered or given to (a move into
 * `assigned` or `accepted`), null once it went back to the queue, was rejected or its offer withdrawn.
 */
export function holderAt(events: readonly TicketEvent[], at: number): string | null {
  let holder: string | null = null;
  for (const e of events) {
    if (Date.parse(e.at) >= at) break;
    const named = typeof e.data?.technicianId === 'string' ? e.data.technicianId : null;
    if (e.to === 'assigned') holder = named;
    else if (e.to === 'accepted') holder = named ?? e.by;
    else if (e.to === 'reported' || e.to === 'reopened' || e.to === 'cancelled') holder = null;
    else if (e.type === 'queued' || e.type === 'rejected' || e.type === 'offer-timeout') holder = null;
  }
  return holder;
}

/** The user a finished clock counts for (met, or breached), or '-' for the queue. */
export function chargedTo(
  clock: Pick<Clock, 'state' | 'metBy' | 'breachedAt'>,
  events: readonly TicketEvent[],
): string {
  if (clock.state === 'met') return clock.metBy ?? NOBODY;
  if (clock.breachedAt) return holderAt(events, Date.parse(clock.breachedAt)) ?? NOBODY;
  return NOBODY;
}
