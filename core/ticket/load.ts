// A technician's open load: the tickets offered to them, accepted or on site. Routing's load limit counts these, and
// each ticket names whose load it is in (`loadOf`, indexed) so the count is one indexed query, never a scan.
import type { TicketDoc, TicketStatus } from './types';

export const LOAD_STATUSES: readonly TicketStatus[] = ['assigned', 'accepted', 'onsite'];

/** Whose open load this ticket counts in now, or null. */
export function loadHolder(t: Pick<TicketDoc, 'assigneeId' | 'status'>): string | null {
  return t.assigneeId && LOAD_STATUSES.includes(t.status) ? t.assigneeId : null;
}

/** The loads after a saved change moved a ticket from one holder to another (a timer pass keeps them in step). */
export function shiftLoad(
  loads: Record<string, number>,
  before: Pick<TicketDoc, 'assigneeId' | 'status'>,
  after: Pick<TicketDoc, 'assigneeId' | 'status'>,
): Record<string, number> {
  const from = loadHolder(before);
  const to = loadHolder(after);
  if (from === to) return loads;
  const next = { ...loads };
  if (from) next[from] = Math.max(0, (next[from] ?? 0) - 1);
  if (to) next[to] = (next[to] ?? 0) + 1;
  return next;
}
