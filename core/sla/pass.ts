// One timer pass over one due ticket: what the SLA plan says is due now — warn at 80 %, record a breach and escalate,
// climb an escalation nobody took, withdraw an offer nobody accepted and route the ticket on — applied as events, with
// the messages they cause (the customer told of the round's first escalation; the ticket flagged `escalated`). Pure: the people and the routing context are loaded before, the store written after.
import * as say from '../notify/messages';
import type { RoutingContext } from '../routing/context';
import type { Decision } from '../ticket/decision';
import { offerTimeout, recordSla, roundEscalations } from '../ticket/lifecycle';
import { route, routingMessages } from '../ticket/routing-moves';
import { recipientOf, type Staff } from '../ticket/staff';
import type { Actor } from '../ticket/transitions';
import type { TicketDoc } from '../ticket/types';
import type { HolidayOracle } from './calendar';
import { rungPeople, rungRecipients, type SlaStaff } from './recipients';
import { planFor, slaSummary } from './summary';

export interface SlaPassContext {
  staff: Staff;
  slaStaff: SlaStaff;
  routing: RoutingContext;
  oracle: HolidayOracle;
  now: Date;
}

export interface SlaPassDecision extends Decision {
  /** how many SLA actions the plan applied (0: only the next look was moved) */
  actions: number;
}

/** What one pass does to a due ticket, or null when there is nothing to do or to record. */
export function slaPass(t: TicketDoc, c: SlaPassContext): SlaPassDecision | null {
  const plan = planFor(t, c.oracle, c.now);
  if (plan.actions.length === 0) {
    // nothing due after all (a pause, an acceptance meanwhile): just put the next look right
    const sla = slaSummary(t, c.oracle, c.now);
    return JSON.stringify(sla) === JSON.stringify(t.sla) ? null : { ticket: { ...t, sla }, messages: [], actions: 0 };
  }
  const system: Actor = { by: 'system', byRole: 'system', at: c.now };
  const people = rungPeople(t.region, c.slaStaff, c.now);
  let next = t;
  for (const a of plan.actions) {
    if (a.kind === 'offer-timeout') {
      next = route(offerTimeout(next, system, a.technicianId), c.routing, 'timeout', c.now);
    } else if (a.kind === 'warn') {
      next = recordSla(next, system, 'sla-warned', a.milestone, {
        dueAt: a.clock.dueAt,
        notified: rungRecipients('warn', next.assigneeId, people, a.milestone),
      });
    } else if (a.kind === 'breach') {
      next = recordSla(next, system, 'sla-breached', a.milestone, {
        dueAt: a.clock.dueAt,
        metLate: a.clock.metAt !== null,
      });
      if (a.level) {
        next = recordSla(next, system, 'escalated', a.milestone, {
          level: a.level,
          assigneeId: next.assigneeId,
          notified: rungRecipients(a.level, next.assigneeId, people, a.milestone),
        });
      }
    } else {
      next = recordSla(next, system, 'escalated', a.milestone, {
        level: a.level,
        climbed: true,
        assigneeId: next.assigneeId,
        notified: rungRecipients(a.level, next.assigneeId, people, a.milestone),
      });
    }
  }
  // the ticket's flag says whether this round was escalated (a reopening starts a round without)
  next = { ...next, escalated: roundEscalations(next).length > 0 };
  return { ticket: next, messages: slaMessages(t, next, c.staff), actions: plan.actions.length };
}

/**
 * The messages of the events a pass added, then those of any re-routing. The customer hears of the round's first
 * escalation only (who now handles it), never of warnings or later rungs.
 */
export function slaMessages(before: TicketDoc, after: TicketDoc, staff: Staff): say.Message[] {
  const messages: say.Message[] = [];
  let customerTold = roundEscalations(before).length > 0;
  for (const e of after.events.slice(before.events.length)) {
    const notified = Array.isArray(e.data?.notified) ? (e.data.notified as string[]) : [];
    if (e.type === 'sla-warned')
      messages.push(...notified.map((id) => say.slaWarned(after, e, recipientOf(staff, id))));
    else if (e.type === 'escalated') {
      messages.push(...notified.map((id) => say.escalated(after, e, recipientOf(staff, id))));
      if (!customerTold) messages.push(...say.escalatedForCustomer(after, e));
      customerTold = true;
    } else if (e.type === 'offer-timeout') messages.push(say.offerWithdrawn(after, e));
  }
  return [...messages, ...routingMessages(before, after, staff)];
}
