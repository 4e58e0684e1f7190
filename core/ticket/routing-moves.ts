// The moves that route a ticket — a report, a rejection, a reopening, the desk's assignment — and the messages each
// causes: the offer to the technician chosen, or the dispatchers' queue when nobody fits; the expert team for a
// major fault; the previous assignee when the desk moves a ticket away from them.
import { AppError } from '../errors';
import { isActive, type UserDoc } from '../model';
import * as say from '../notify/messages';
import { routingFor, type RoutingContext } from '../routing/context';
import type { Decision } from './decision';
import { applyRouting, assign, newTicket, reject, reopen, type NewTicketInput } from './lifecycle';
import { recipientOf, type Staff } from './staff';
import type { Actor } from './transitions';
import type { RoutingDecision, TicketDoc } from './types';

const systemAt = (at: Date): Actor => ({ by: 'system', byRole: 'system', at });

/** Stores a fresh routing decision on the ticket (offer, or the dispatchers' queue). */
export function route(
  t: TicketDoc,
  routing: RoutingContext,
  trigger: RoutingDecision['trigger'],
  now: Date,
): TicketDoc {
  return applyRouting(t, routingFor(t, routing, trigger, now), systemAt(now));
}

/** The messages a routing change causes: an offer made now, or the ticket newly waiting in the queue. */
export function routingMessages(before: TicketDoc, after: TicketDoc, staff: Staff): say.Message[] {
  const messages: say.Message[] = [];
  if (after.assigneeId && after.assigneeId !== before.assigneeId && after.status === 'assigned') {
    messages.push(say.offered(after, recipientOf(staff, after.assigneeId)));
  }
  const queuedNow = after.routing.flagged && after.status === 'reported';
  const queuedBefore = before.routing.flagged && before.status === 'reported';
  if (queuedNow && !queuedBefore) messages.push(...say.queued(after, staff.desk));
  return messages;
}

/** The technician newly offered the ticket by this change (their fairness clock), or null. */
export function newOffer(before: TicketDoc, after: TicketDoc): { technicianId: string; at: string } | null {
  if (!after.assigneeId || after.assigneeId === before.assigneeId || after.status !== 'assigned') return null;
  return { technicianId: after.assigneeId, at: after.offeredAt ?? after.updatedAt };
}

/** A report as first stored: the ticket, routed at once, and the messages of its routing. */
export function decideReport(input: NewTicketInput, actor: Actor, routing: RoutingContext, staff: Staff): Decision {
  const draft = { ...newTicket(input, actor), version: 0 } as TicketDoc;
  const ticket = route(draft, routing, 'report', actor.at);
  return { ticket, messages: reportMessages(ticket, staff) };
}

/**
 * What a stored report says to people: its offer or the queue, and the expert team for a major fault. A replay of the
 * report (a retry after a lost answer) sends these again; their dedupe keys make that a no-op when they went out.
 */
export function reportMessages(t: TicketDoc, staff: Staff): say.Message[] {
  const unrouted: TicketDoc = { ...t, assigneeId: null, routing: { ...t.routing, flagged: false }, status: 'reported' };
  return [...routingMessages(unrouted, t, staff), ...(t.severity === 'major' ? say.majorFault(t, staff.experts) : [])];
}

export function decideReject(
  t: TicketDoc,
  actor: Actor,
  reason: string,
  routing: RoutingContext,
  staff: Staff,
): Decision {
  const ticket = route(reject(t, actor, reason), routing, 'reject', actor.at);
  return { ticket, messages: routingMessages(t, ticket, staff) };
}

export function decideReopen(
  t: TicketDoc,
  actor: Actor,
  reason: string,
  routing: RoutingContext,
  staff: Staff,
): Decision {
  const ticket = route(reopen(t, actor, reason), routing, 'reopen', actor.at);
  // the one who resolved it before is offered it afresh: that is a new offer too
  return { ticket, messages: routingMessages({ ...t, assigneeId: null }, ticket, staff) };
}

/**
 * The desk gives the ticket to someone (or moves it from one person to another), with the routing's view of them.
 * Without an override, only routing's candidates — the active technicians, excluded ones too (the desk's own call,
 * explained) — may be chosen; an expert, or anyone routing does not list, needs an override with its reason
 * (强制指派), which then reaches any active technician or expert whatever their region, skill, load, duty or earlier
 * timeout. Nobody inactive is ever assigned.
 */
export function decideAssign(
  t: TicketDoc,
  actor: Actor,
  technician: Pick<UserDoc, 'id' | 'name' | 'role' | 'active'>,
  routing: RoutingContext,
  staff: Staff,
  override?: { reason: string },
): Decision {
  if (technician.role !== 'technician' && technician.role !== 'expert') {
    throw new AppError('NOT_FOUND', '未找到该工程师');
  }
  if (!isActive(technician)) throw new AppError('CONFLICT', `${technician.name} 已停用，不能指派`);
  const decision = routingFor(t, routing, 'dispatcher', actor.at);
  const candidate = decision.candidates.find((c) => c.technicianId === technician.id);
  if (!candidate && !override) {
    throw new AppError(
      'CONFLICT',
      `${technician.name} 不在自动派单的候选工程师中${technician.role === 'expert' ? '（专家）' : ''}，请选择「强制指派」并填写原因`,
    );
  }
  const reasons = override
    ? [`强制指派 ${technician.name}：${override.reason}`]
    : candidate?.excluded
      ? [`调度指派 ${technician.name}（自动派单不会选择：${candidate.excluded}）`]
      : [`调度指派 ${technician.name}：${candidate?.reasons.join('，') ?? ''}`];
  const ticket = assign(
    { ...t, routing: { ...t.routing, candidates: decision.candidates } },
    actor,
    technician.id,
    reasons,
    override,
  );
  const messages = routingMessages(t, ticket, staff);
  if (t.assigneeId && t.assigneeId !== technician.id) {
    messages.push(say.reassigned(ticket, t.assigneeId, technician.name));
  }
  return { ticket, messages };
}
