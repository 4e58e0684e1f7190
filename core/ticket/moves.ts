// The moves of a ticket that route nothing — accept, go on site, arrive, resolve, confirm, cancel, pause, resume, the
// expert plan, "我来处理" — each as the state machine's step plus the messages it causes.
import * as say from '../notify/messages';
import type { MilestoneName } from '../sla/policy';
import type { Decision } from './decision';
import * as lifecycle from './lifecycle';
import { recipientOf, type Staff } from './staff';
import type { Actor } from './transitions';
import type { TicketDoc } from './types';

/** A move that tells nobody. */
const quiet = (ticket: TicketDoc): Decision => ({ ticket, messages: [] });

export function decideAccept(t: TicketDoc, actor: Actor, assigneeName: string | null): Decision {
  const ticket = lifecycle.accept(t, actor);
  return { ticket, messages: [say.accepted(ticket, assigneeName)] };
}

export function decideGoOnsite(t: TicketDoc, actor: Actor, note?: string): Decision {
  const ticket = lifecycle.goOnsite(t, actor, note);
  return { ticket, messages: [say.onTheWay(ticket)] };
}

export function decideArrive(t: TicketDoc, actor: Actor, location?: lifecycle.Location): Decision {
  const ticket = lifecycle.arrive(t, actor, location);
  return { ticket, messages: [say.arrived(ticket)] };
}

export function decideResolve(t: TicketDoc, actor: Actor, input: lifecycle.ResolveInput): Decision {
  const ticket = lifecycle.resolve(t, actor, input);
  return { ticket, messages: [say.resolved(ticket)] };
}

export const decideConfirm = (t: TicketDoc, actor: Actor): Decision => quiet(lifecycle.confirm(t, actor));

export function decideCancel(t: TicketDoc, actor: Actor, reason?: string): Decision {
  const ticket = lifecycle.cancel(t, actor, reason);
  return { ticket, messages: t.assigneeId ? [say.cancelled(ticket, t.assigneeId, reason)] : [] };
}

export function decidePause(t: TicketDoc, actor: Actor, kind: lifecycle.PauseKind, reason: string): Decision {
  const ticket = lifecycle.pause(t, actor, kind, reason);
  return { ticket, messages: kind === 'customer' ? [say.waitingForCustomer(ticket, reason)] : [] };
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
      say.planForCustomer(ticket),
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
    messages: [...called].map((id) => say.escalationTaken(ticket, milestone, actorName, recipientOf(staff, id))),
  };
}
