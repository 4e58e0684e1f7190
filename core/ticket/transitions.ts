// The ticket state machine of API.md: which status may follow which, and the event every change appends.
import { AppError } from '../errors';
import { toInstant } from '../time';
import type { TicketDoc, TicketEvent, TicketStatus } from './types';

/** reported → assigned (offered) → accepted → onsite → resolved → confirmed → closed; cancelled / reopened on the side. */
// → accepted straight from the queue: an expert or the station lead takes the ticket themselves (tickets.take)
const NEXT: Record<TicketStatus, readonly TicketStatus[]> = {
  reported: ['assigned', 'accepted', 'cancelled'],
  // assigned → assigned: offered to the next technician; → reported: nobody left, back to the dispatchers' queue
  assigned: ['accepted', 'assigned', 'reported', 'cancelled'],
  // a dispatcher may take the ticket from its assignee and give it to another
  accepted: ['onsite', 'resolved', 'assigned'],
  onsite: ['resolved', 'assigned'],
  resolved: ['confirmed', 'reopened', 'closed'],
  confirmed: ['closed', 'reopened'],
  reopened: ['assigned', 'accepted', 'reported'],
  closed: [],
  cancelled: [],
};

export const STATUS_LABELS: Record<TicketStatus, string> = {
  reported: '待派单',
  assigned: '待接单',
  accepted: '已接单',
  onsite: '处理中',
  resolved: '待确认',
  confirmed: '待评价',
  closed: '已完成',
  cancelled: '已取消',
  reopened: '已重开',
};

/** Still someone's work: not yet resolved, cancelled or closed. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['reported', 'assigned', 'accepted', 'onsite', 'reopened'];

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return NEXT[from].includes(to);
}

export interface Actor {
  by: string;
  byRole: string;
  at: Date;
}

export interface Change {
  type: string;
  note?: string;
  data?: Record<string, unknown>;
}

/** Appends an event without a status change (a note, a photo, an SLA warning). */
export function appendEvent(
  ticket: TicketDoc,
  actor: Actor,
  change: Change,
  extra?: Pick<TicketEvent, 'from' | 'to'>,
): TicketDoc {
  const at = toInstant(actor.at);
  const event: TicketEvent = {
    seq: ticket.events.length + 1,
    at,
    by: actor.by,
    byRole: actor.byRole,
    type: change.type,
    ...extra,
    ...(change.note ? { note: change.note } : {}),
    ...(change.data ? { data: change.data } : {}),
  };
  return { ...ticket, updatedAt: at, events: [...ticket.events, event] };
}

/** Moves the ticket to `to` and appends the event (before → after); CONFLICT, changing nothing, if not allowed. */
export function transition(ticket: TicketDoc, to: TicketStatus, actor: Actor, change: Change): TicketDoc {
  if (!canTransition(ticket.status, to)) {
    throw new AppError('CONFLICT', `工单当前状态为「${STATUS_LABELS[ticket.status]}」，不能执行该操作`);
  }
  return { ...appendEvent(ticket, actor, change, { from: ticket.status, to }), status: to };
}
