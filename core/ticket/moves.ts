// The moves of a ticket that route nothing — accept, go on site, arrive, resolve, confirm, cancel, pause, resume, the
// expert plan, "我来处理", someone stepping in to take the ticket — each as the state machine's step plus the messages
// it causes.
import { AppError } from '../errors';
import type { UserCaller } from '../identity/caller';
import * as say from '../notify/messages';
import type { Message } from '../notify/messages';
import type { MilestoneName } from '../sla/policy';
import type { Decision } from './decision';
import * as lifecycle from './lifecycle';
import { calledThisRound } from './lifecycle';
import { takeRefusal, type Standing } from './permissions';
import { recipientOf, type Staff } from './staff';
import type { Actor } from './transitions';
import type { TicketDoc } from './types';

/** A move that tells nobody. */
const quiet = (ticket: TicketDoc): Decision => ({ ticket, messages: [] });

export function decideAccept(t: TicketDoc, actor: Actor, assigneeName: string | null): Decision {
  const ticket = lifecycle.accept(t, actor);
  return { ticket, messages: say.accepted(ticket, assigneeName) };
}

export function decideGoOnsite(t: TicketDoc, actor: Actor, note?: string): Decision {
  const ticket = lifecycle.goOnsite(t, actor, note);
  return { ticket, messages: say.onTheWay(ticket) };
}

export function decideArrive(t: TicketDoc, actor: Actor, location?: lifecycle.Location): Decision {
  const ticket = lifecycle.arrive(t, actor, location);
  return { ticket, messages: say.arrived(ticket) };
}

export function decideResolve(t: TicketDoc, actor: Actor, input: lifecycle.ResolveInput): Decision {
  const ticket = lifecycle.resolve(t, actor, input);
  return { ticket, messages: say.resolved(ticket) };
}

export const decideConfirm = (t: TicketDoc, actor: Actor): Decision => quiet(lifecycle.confirm(t, actor));

export function decideCancel(t: TicketDoc, actor: Actor, reason?: string): Decision {
  const ticket = lifecycle.cancel(t, actor, reason);
  return { ticket, messages: t.assigneeId ? [say.cancelled(ticket, t.assigneeId, reason)] : [] };
}

export function decidePause(t: TicketDoc, actor: Actor, kind: lifecycle.PauseKind, reason: string): Decision {
  const ticket = lifecycle.pause(t, actor, kind, reason);
  return { ticket, messages: kind === 'customer' ? say.waitingForCustomer(ticket, reason) : [] };
}

export function decideResume(t: TicketDoc, actor: Actor, note: string | undefined, staff: Staff): Decision {
  const ticket = lifecycle.resume(t, actor, note);
  const toAssignee = ticket.assigneeId && ticket.assigneeId !== actor.by;
  return {
    ticket,
    messages: toAssignee ? [say.resumed(ticket, recipientOf(staff, ticket.assigneeId!), note)] : [],
  };
}

export function decidePlan(t: TicketDoc, actor: Actor & { name: string }, plan: string, staff: Staff): Decision {
  const ticket = lifecycle.attachPlan(t, actor, plan);
  return {
    ticket,
    messages: [
      ...(ticket.assigneeId ? [say.planForAssignee(ticket, recipientOf(staff, ticket.assigneeId), plan)] : []),
      ...say.planForCustomer(ticket),
    ],
  };
}

/** Closing after the customer rated the service (the survey is stored first). */
export const decideRated = (t: TicketDoc, actor: Actor, surveyId: string): Decision | null =>
  t.surveyId ? null : quiet(lifecycle.close(t, actor, 'rated', surveyId));

/** Closing a resolved ticket whose rating window has passed (the timer); null when it changed meanwhile. */
export function decideExpired(t: TicketDoc, actor: Actor, cutoff: string): Decision | null {
  const due = (t.status === 'resolved' || t.status === 'confirmed') && t.resolvedAt !== null && t.resolvedAt <= cutoff;
  return due ? quiet(lifecycle.close(t, actor, 'expired')) : null;
}

/** Who steps in (tickets.take): the caller, their name and phone (the customer is told who is coming), their role. */
export interface Taker {
  caller: UserCaller;
  name: string;
  phone?: string;
  /** false: the taker's account is retired (never given work) */
  active: boolean;
}

/**
 * tickets.take: an expert or the station lead takes the ticket themselves — accepted at once (the respond clock is
 * met; the others run on), the round's open escalations acknowledged. The customer is told who took it, the one it was
 * offered to or held by that it is no longer theirs, and everyone else the escalations called that it is taken.
 */
export function decideTake(t: TicketDoc, taker: Taker, standing: Standing, staff: Staff, at: Date): Decision {
  const { caller } = taker;
  const refusal = taker.active ? takeRefusal(caller, t, standing) : '您的账号已停用，不能接手工单';
  if (refusal) throw new AppError('CONFLICT', refusal);
  const actor: Actor = { by: caller.userId, byRole: caller.role, at };
  const how =
    caller.role === 'expert' ? '专家接手' : standing.leadRegions.includes(t.region) ? '站长接手' : '升级认领接手';
  const acknowledged = lifecycle.unacknowledgedEscalations(t);
  const ticket = lifecycle.take(t, actor, [`${how}：${taker.name}`]);
  const previous = t.assigneeId;
  const messages: Message[] = say.taken(ticket, { name: taker.name, role: caller.role, phone: taker.phone });
  if (previous) messages.push(say.takenFrom(ticket, previous, taker.name));
  if (acknowledged.length) {
    const called = calledThisRound(t);
    called.delete(caller.userId);
    if (previous) called.delete(previous);
    for (const id of called) {
      messages.push(say.escalationTaken(ticket, acknowledged, taker.name, recipientOf(staff, id)));
    }
  }
  return { ticket, messages };
}

/** "我来处理": the taker is recorded; everyone else the escalation called is told it is taken. */
export function decideAcknowledge(
  t: TicketDoc,
  actor: Actor,
  actorName: string,
  milestone: MilestoneName,
  staff: Staff,
): Decision {
  const ticket = lifecycle.acknowledge(t, actor, milestone);
  const called = new Set(
    ticket.events
      .filter((e) => e.type === 'escalated' && e.data?.milestone === milestone)
      .flatMap((e) => (Array.isArray(e.data?.notified) ? (e.data.notified as string[]) : [])),
  );
  called.delete(actor.by);
  return {
    ticket,
    messages: [...called].map((id) => say.escalationTaken(ticket, [milestone], actorName, recipientOf(staff, id))),
  };
}
