// The promised times of a ticket (service plan): respond 60 min (30 for a major fault), remote fix 60 min after
// acceptance, on site 120 min after the report once on-site work is needed, expert plan 120 min for a major fault.
import type { TicketDoc, TicketSla } from '../ticket/types';
import { toInstant } from '../time';

export const SLA_MINUTES = {
  respond: { common: 60, major: 30 },
  remoteFix: 60,
  arrive: 120,
  plan: 120,
} as const;

const plus = (at: string, minutes: number) => toInstant(new Date(Date.parse(at) + minutes * 60_000));

type SlaInputs = Pick<
  TicketDoc,
  'severity' | 'slaStartedAt' | 'acceptedAt' | 'mode' | 'status' | 'arrivedAt' | 'resolvedAt'
> & {
  sla?: Pick<TicketSla, 'breached'>;
};

/** The deadlines that apply to a ticket now; the earliest one not yet met is `nextDueAt`. */
export function slaTimes(ticket: SlaInputs): TicketSla {
  const respondBy = plus(ticket.slaStartedAt, SLA_MINUTES.respond[ticket.severity]);
  const sla: TicketSla = { respondBy, breached: ticket.sla?.breached ?? [], nextDueAt: null };
  if (ticket.severity === 'major') sla.planBy = plus(ticket.slaStartedAt, SLA_MINUTES.plan);
  if (ticket.acceptedAt && ticket.mode !== 'onsite') sla.remoteFixBy = plus(ticket.acceptedAt, SLA_MINUTES.remoteFix);
  if (ticket.mode === 'onsite') sla.arriveBy = plus(ticket.slaStartedAt, SLA_MINUTES.arrive);
  const pending: string[] = [];
  if (!ticket.acceptedAt) pending.push(respondBy);
  if (sla.arriveBy && !ticket.arrivedAt) pending.push(sla.arriveBy);
  if (sla.remoteFixBy && !ticket.resolvedAt) pending.push(sla.remoteFixBy);
  const closedOut = ['resolved', 'confirmed', 'closed', 'cancelled'].includes(ticket.status);
  sla.nextDueAt = closedOut || pending.length === 0 ? null : pending.sort()[0]!;
  return sla;
}
