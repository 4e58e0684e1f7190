// What a caller sees of a ticket: wire times, names, the promised times, and — for staff — the routing explanation.
import type { UserCaller } from '../identity/caller';
import { describeCalendar, type HolidayOracle } from '../sla/calendar';
import { LEVEL_LABELS } from '../sla/ladder';
import { BOARD_LABELS, boardStateOf, planFor } from '../sla/summary';
import type { TicketView } from '../schemas/tickets';
import { toWire, toWireOrNull } from '../time';
import { ticketWarranty } from '../warranty/ticket';
import { AUTHOR_HIDDEN_FROM_CUSTOMERS, NOTES_SHOWN_TO_CUSTOMERS, customerEventData, eventText } from './event-text';
import { allowedActions, type Standing } from './permissions';
import { STATUS_LABELS } from './transitions';
import { CHANNEL_LABELS, FAULT_CATEGORIES, type FaultReport, type TicketDoc, type TicketEvent } from './types';

export interface PersonRef {
  name: string;
  role: string;
  phone?: string;
}

export interface ViewLookups {
  person: (userId: string) => PersonRef | undefined;
  customerName: string;
  fileUrl: (fileId: string) => string;
  /** holidays, for clocks that count service hours */
  oracle: HolidayOracle;
  now: Date;
  /** the stations the caller leads (what they may take); none when absent */
  standing?: Standing;
}

function slaView(t: TicketDoc, lookups: ViewLookups, nameOf: (id: string) => string): TicketView['sla'] {
  const plan = planFor(t, lookups.oracle, lookups.now);
  const state = boardStateOf(t, plan);
  const wire = (at: string | null) => (at ? toWire(at) : null);
  return {
    at: toWire(lookups.now),
    respondBy: toWire(t.sla.respondBy),
    ...(t.sla.arriveBy ? { arriveBy: toWire(t.sla.arriveBy) } : {}),
    ...(t.sla.remoteFixBy ? { remoteFixBy: toWire(t.sla.remoteFixBy) } : {}),
    ...(t.sla.planBy ? { planBy: toWire(t.sla.planBy) } : {}),
    breached: plan.snapshot.clocks.filter((c) => c.state === 'breached').map((c) => c.name),
    state,
    stateLabel: BOARD_LABELS[state],
    escalationLevel: Math.max(0, ...plan.escalations.map((e) => e.level)),
    policyName: t.slaPolicy.name,
    calendar: describeCalendar(t.slaPolicy.calendar),
    clocks: plan.snapshot.clocks.map((c) => ({
      name: c.name,
      label: c.label,
      state: c.state,
      warned: c.warned,
      withinMinutes: c.withinMinutes,
      startedAt: wire(c.startedAt),
      dueAt: wire(c.dueAt),
      metAt: wire(c.metAt),
      breachedAt: wire(c.breachedAt),
      elapsedMinutes: c.elapsedMinutes,
      remainingMinutes: c.remainingMinutes,
    })),
    paused: plan.snapshot.paused
      ? {
          since: toWire(plan.snapshot.paused.since),
          kind: plan.snapshot.paused.kind === 'parts' ? 'parts' : 'customer',
          reason: plan.snapshot.paused.reason,
        }
      : null,
    escalations: plan.escalations.map((e) => ({
      milestone: e.milestone,
      level: e.level,
      levelLabel: LEVEL_LABELS[e.level],
      at: toWire(e.at),
      acknowledgedBy: e.acknowledgedBy,
      acknowledgedByName: e.acknowledgedBy ? nameOf(e.acknowledgedBy) : null,
      acknowledgedAt: wire(e.acknowledgedAt),
    })),
  };
}

export function faultReportView(r: FaultReport, fileUrl: (id: string) => string) {
  return {
    no: r.no,
    cause: r.cause,
    actions: r.actions,
    mode: r.mode,
    partsUsed: r.partsUsed,
    handlerId: r.handlerId,
    handlerName: r.handlerName,
    handlerSignatureUrl: fileUrl(r.handlerSignature),
    ...(r.productFeedback ? { productFeedback: r.productFeedback } : {}),
    resolvedAt: toWire(r.resolvedAt),
  };
}

type EventView = NonNullable<TicketView['events']>[number];

/** The service's own record: who did what, with every detail. */
function staffEvent(e: TicketEvent, nameOf: (id: string) => string): EventView {
  return {
    seq: e.seq,
    at: toWire(e.at),
    by: e.by,
    byName: nameOf(e.by),
    byRole: e.byRole,
    type: e.type,
    text: eventText(e, nameOf, 'staff'),
    ...(e.from ? { from: e.from } : {}),
    ...(e.to ? { to: e.to } : {}),
    ...(e.note ? { note: e.note } : {}),
    ...(e.data ? { data: e.data } : {}),
  };
}

/**
 * What the customer reads: calm words, no internal blame. A rejection or a withdrawn offer is shown as the service's,
 * without the technician or the reason; candidates, notified staff and arrival coordinates stay the service's.
 */
function customerEvent(e: TicketEvent, nameOf: (id: string) => string): EventView {
  const hidden = AUTHOR_HIDDEN_FROM_CUSTOMERS.has(e.type);
  const data = customerEventData(e);
  const note = NOTES_SHOWN_TO_CUSTOMERS.has(e.type) ? e.note : undefined;
  return {
    seq: e.seq,
    at: toWire(e.at),
    by: hidden ? 'system' : e.by,
    byName: hidden ? nameOf('system') : nameOf(e.by),
    byRole: hidden ? 'system' : e.byRole,
    type: e.type,
    text: eventText(e, nameOf, 'customer'),
    ...(e.from ? { from: e.from } : {}),
    ...(e.to ? { to: e.to } : {}),
    ...(note ? { note } : {}),
    ...(data ? { data } : {}),
  };
}

export function ticketView(t: TicketDoc, caller: UserCaller, lookups: ViewLookups, withEvents = false): TicketView {
  const nameOf = (id: string) => (id === 'system' ? '系统' : (lookups.person(id)?.name ?? id));
  const assignee = t.assigneeId ? lookups.person(t.assigneeId) : undefined;
  const isStaff = caller.role !== 'customer';
  const warranty = ticketWarranty(t);
  return {
    id: t.id,
    no: t.no,
    status: t.status,
    statusLabel: STATUS_LABELS[t.status],
    severity: t.severity,
    category: t.category,
    categoryLabel: FAULT_CATEGORIES[t.category],
    description: t.description,
    ...(t.environment ? { environment: t.environment } : {}),
    photos: t.photos.map((fileId) => ({ fileId, url: lookups.fileUrl(fileId) })),
    video: t.video ? { fileId: t.video, url: lookups.fileUrl(t.video) } : null,
    contactPhone: t.contactPhone,
    address: t.address,
    serial: t.serial,
    deviceName: t.deviceName,
    customerId: t.customerId,
    customerName: lookups.customerName,
    channel: t.channel ?? 'app',
    channelLabel: CHANNEL_LABELS[t.channel ?? 'app'],
    caller: t.caller ?? null,
    assigneeId: t.assigneeId,
    assignee:
      t.assigneeId && assignee
        ? {
            id: t.assigneeId,
            name: assignee.name,
            role: assignee.role,
            ...(assignee.phone ? { phone: assignee.phone } : {}),
          }
        : null,
    warranty: {
      inWarranty: warranty.inWarranty,
      warrantyEndsAt: toWireOrNull(warranty.warrantyEndsAt),
      label: warranty.label,
      state: warranty.state,
      lastDay: warranty.lastDay,
      terms: warranty.terms,
    },
    billable: warranty.billable,
    sla: slaView(t, lookups, nameOf),
    plan: t.plan ? { text: t.plan.text, byName: t.plan.byName, at: toWire(t.plan.at) } : null,
    // Candidates' loads and scores are the service's business, not the customer's.
    routing: isStaff
      ? {
          candidates: t.routing.candidates,
          chosen: t.routing.chosen,
          reasons: t.routing.reasons,
          flagged: t.routing.flagged,
        }
      : { candidates: [], chosen: t.routing.chosen, reasons: [], flagged: t.routing.flagged },
    escalated: t.escalated,
    mode: t.mode,
    report: t.report ? faultReportView(t.report, lookups.fileUrl) : null,
    rated: t.surveyId !== null,
    createdAt: toWire(t.createdAt),
    updatedAt: toWire(t.updatedAt),
    acceptedAt: toWireOrNull(t.acceptedAt),
    arrivedAt: toWireOrNull(t.arrivedAt),
    resolvedAt: toWireOrNull(t.resolvedAt),
    closedAt: toWireOrNull(t.closedAt),
    ...(withEvents
      ? { events: t.events.map((e) => (isStaff ? staffEvent(e, nameOf) : customerEvent(e, nameOf))) }
      : {}),
    can: allowedActions(caller, t, lookups.standing),
  };
}
