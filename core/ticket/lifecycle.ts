// What each ticket action does to a ticket, as pure functions of (ticket, actor, input): the state machine's moves,
// their events and the SLA times that follow. The service layer loads, calls one of these and saves with
// compare-and-set; an illegal move throws CONFLICT before anything is written.
import { AppError } from '../errors';
import { slaTimes } from '../sla/deadlines';
import { toInstant } from '../time';
import { appendEvent, transition, type Actor } from './transitions';
import type {
  FaultCategory,
  FaultReport,
  PartUsed,
  ResolveMode,
  RoutingDecision,
  Severity,
  TicketDoc,
  TicketStatus,
} from './types';

/** Recomputes the promised times from the ticket's facts (never patched by hand). */
export function withSla(t: TicketDoc): TicketDoc {
  return { ...t, sla: slaTimes(t) };
}

export interface NewTicketInput {
  id: string;
  no: string;
  clientRequestId: string;
  severity: Severity;
  category: FaultCategory;
  description: string;
  environment?: string;
  photos: string[];
  contactPhone: string;
  address: string;
  region: string;
  device: { serial: string; name: string; productLine: string; customerId: string };
  warranty: TicketDoc['warranty'];
  billable: boolean;
}

export function newTicket(input: NewTicketInput, actor: Actor): Omit<TicketDoc, 'version'> {
  const at = toInstant(actor.at);
  const draft: TicketDoc = {
    id: input.id,
    version: 0,
    no: input.no,
    status: 'reported',
    severity: input.severity,
    category: input.category,
    description: input.description,
    ...(input.environment ? { environment: input.environment } : {}),
    photos: input.photos,
    contactPhone: input.contactPhone,
    address: input.address,
    region: input.region,
    serial: input.device.serial,
    deviceName: input.device.name,
    productLine: input.device.productLine,
    customerId: input.device.customerId,
    reporterId: actor.by,
    clientRequestId: input.clientRequestId,
    warranty: input.warranty,
    billable: input.billable,
    assigneeId: null,
    offeredAt: null,
    rejectedBy: [],
    routing: { candidates: [], chosen: null, reasons: [], decidedAt: at, flagged: false, trigger: 'report' },
    escalated: false,
    mode: null,
    sla: { respondBy: at, breached: [], nextDueAt: null },
    report: null,
    previousReports: [],
    surveyId: null,
    createdAt: at,
    updatedAt: at,
    slaStartedAt: at,
    acceptedAt: null,
    arrivedAt: null,
    resolvedAt: null,
    confirmedAt: null,
    closedAt: null,
    events: [],
  };
  const reported = appendEvent(draft, actor, {
    type: 'reported',
    data: { severity: input.severity, category: input.category, serial: input.device.serial },
  });
  const { version: _version, ...doc } = withSla(reported);
  return doc;
}

/** Stores a routing decision: offers the ticket to the chosen technician, or queues it for the dispatchers. */
export function applyRouting(t: TicketDoc, decision: RoutingDecision, actor: Actor): TicketDoc {
  const at = toInstant(actor.at);
  if (decision.chosen) {
    const offered = transition(t, 'assigned', actor, {
      type: 'offered',
      data: { technicianId: decision.chosen, trigger: decision.trigger, reasons: decision.reasons },
    });
    return withSla({ ...offered, routing: decision, assigneeId: decision.chosen, offeredAt: at });
  }
  const target: TicketStatus = 'reported';
  const queued =
    t.status === target
      ? appendEvent(t, actor, { type: 'queued', data: { trigger: decision.trigger } })
      : transition(t, target, actor, { type: 'queued', data: { trigger: decision.trigger } });
  return withSla({ ...queued, routing: decision, assigneeId: null, offeredAt: null });
}

function requireAssignee(t: TicketDoc, actor: Actor, message: string): void {
  if (t.assigneeId !== actor.by) throw new AppError('CONFLICT', message);
}

export function accept(t: TicketDoc, actor: Actor): TicketDoc {
  if (t.status === 'accepted' || t.status === 'onsite') {
    throw new AppError('CONFLICT', t.assigneeId === actor.by ? '您已接过该工单' : '该工单已被其他工程师接单');
  }
  requireAssignee(t, actor, '该工单未派给您，不能接单');
  const next = transition(t, 'accepted', actor, { type: 'accepted' });
  return withSla({ ...next, acceptedAt: toInstant(actor.at) });
}

/** The technician declines; the caller re-routes (never back to them). */
export function reject(t: TicketDoc, actor: Actor, reason: string): TicketDoc {
  if (t.status !== 'assigned') throw new AppError('CONFLICT', '只有待接单的工单可以拒单');
  requireAssignee(t, actor, '该工单未派给您，不能拒单');
  const next = appendEvent(t, actor, { type: 'rejected', note: reason });
  return { ...next, rejectedBy: [...new Set([...t.rejectedBy, actor.by])] };
}

/** A remote fix is not possible (or on-site work is needed from the start): the on-site clock starts. */
export function goOnsite(t: TicketDoc, actor: Actor, note?: string): TicketDoc {
  if (t.status !== 'accepted') throw new AppError('CONFLICT', '接单后、到场前才能改为上门处理');
  requireAssignee(t, actor, '只有处理人可以操作该工单');
  if (t.mode === 'onsite') throw new AppError('CONFLICT', '该工单已改为上门处理');
  const next = appendEvent(t, actor, { type: 'onsite-started', ...(note ? { note } : {}) });
  return withSla({ ...next, mode: 'onsite' });
}

export interface Location {
  latitude: number;
  longitude: number;
  accuracy?: number;
}

export function arrive(t: TicketDoc, actor: Actor, location?: Location): TicketDoc {
  if (t.status === 'onsite') throw new AppError('CONFLICT', '已签到到场');
  if (t.status !== 'accepted') throw new AppError('CONFLICT', '接单后才能签到到场');
  requireAssignee(t, actor, '只有处理人可以签到');
  const next = transition(t, 'onsite', actor, {
    type: 'arrived',
    data: location ? { location } : { location: null },
  });
  return withSla({ ...next, mode: 'onsite', arrivedAt: toInstant(actor.at) });
}

export interface ResolveInput {
  cause: string;
  actions: string;
  mode: ResolveMode;
  partsUsed: PartUsed[];
  handlerSignature: string;
  handlerName: string;
  productFeedback?: string;
}

export function resolve(t: TicketDoc, actor: Actor, input: ResolveInput): TicketDoc {
  if (t.status !== 'accepted' && t.status !== 'onsite') throw new AppError('CONFLICT', '接单后才能提交处理报告');
  requireAssignee(t, actor, '只有处理人可以提交处理报告');
  if (input.mode === 'onsite' && t.status !== 'onsite') {
    throw new AppError('CONFLICT', '现场处理须先签到到场');
  }
  if (input.mode === 'remote' && t.status === 'onsite') {
    throw new AppError('CONFLICT', '已到场签到，请按现场处理提交');
  }
  const at = toInstant(actor.at);
  const report: FaultReport = {
    no: t.no,
    cause: input.cause,
    actions: input.actions,
    mode: input.mode,
    partsUsed: input.partsUsed,
    handlerId: actor.by,
    handlerName: input.handlerName,
    handlerSignature: input.handlerSignature,
    ...(input.productFeedback ? { productFeedback: input.productFeedback } : {}),
    resolvedAt: at,
  };
  const next = transition(t, 'resolved', actor, {
    type: 'resolved',
    data: { mode: input.mode, parts: input.partsUsed.length },
  });
  return withSla({ ...next, mode: input.mode, report, resolvedAt: at });
}

export function confirm(t: TicketDoc, actor: Actor): TicketDoc {
  if (t.status !== 'resolved') throw new AppError('CONFLICT', '只有待确认的工单可以确认修复');
  const next = transition(t, 'confirmed', actor, { type: 'confirmed' });
  return withSla({ ...next, confirmedAt: toInstant(actor.at) });
}

/** Not fixed after all: a new round of service starts (new clocks); the caller re-routes. */
export function reopen(t: TicketDoc, actor: Actor, reason: string): TicketDoc {
  if (t.status !== 'resolved') throw new AppError('CONFLICT', '只有待确认的工单可以重新打开');
  const next = transition(t, 'reopened', actor, {
    type: 'reopened',
    note: reason,
    ...(t.report ? { data: { previousReportBy: t.report.handlerId } } : {}),
  });
  return withSla({
    ...next,
    previousReports: t.report ? [...t.previousReports, t.report] : t.previousReports,
    report: null,
    mode: null,
    slaStartedAt: toInstant(actor.at),
    acceptedAt: null,
    arrivedAt: null,
    resolvedAt: null,
    sla: { ...t.sla, breached: [] },
  });
}

export function cancel(t: TicketDoc, actor: Actor, reason?: string): TicketDoc {
  if (t.status !== 'reported' && t.status !== 'assigned') {
    throw new AppError('CONFLICT', '工程师接单后不能取消，请联系处理人');
  }
  const next = transition(t, 'cancelled', actor, { type: 'cancelled', ...(reason ? { note: reason } : {}) });
  return withSla({ ...next, closedAt: toInstant(actor.at) });
}

/** The dispatcher gives the ticket to a technician (or takes it from one and gives it to another). */
export function assign(t: TicketDoc, actor: Actor, technicianId: string, reasons: string[]): TicketDoc {
  if (t.assigneeId === technicianId && t.status !== 'reported' && t.status !== 'reopened') {
    throw new AppError('CONFLICT', '该工单已在此工程师名下');
  }
  const previous = t.assigneeId;
  const next = transition(t, 'assigned', actor, {
    type: 'assigned',
    data: { technicianId, ...(previous ? { previousAssigneeId: previous } : {}) },
  });
  const decision: RoutingDecision = {
    ...t.routing,
    chosen: technicianId,
    reasons,
    decidedAt: toInstant(actor.at),
    flagged: false,
    trigger: 'dispatcher',
  };
  // A reassignment from an accepted ticket starts the response over with the new technician.
  return withSla({
    ...next,
    routing: decision,
    assigneeId: technicianId,
    offeredAt: toInstant(actor.at),
    acceptedAt: null,
    arrivedAt: null,
    mode: null,
    rejectedBy: t.rejectedBy.filter((id) => id !== technicianId),
  });
}

/** Rated (or the rating window passed): the ticket is done. */
export function close(t: TicketDoc, actor: Actor, how: 'rated' | 'expired', surveyId?: string): TicketDoc {
  if (t.status !== 'resolved' && t.status !== 'confirmed') throw new AppError('CONFLICT', '工单尚未处理完成');
  let next = t;
  if (how === 'rated') next = appendEvent(next, actor, { type: 'rated', data: { surveyId } });
  next = transition(next, 'closed', actor, { type: 'closed', data: { how } });
  return withSla({
    ...next,
    closedAt: toInstant(actor.at),
    ...(surveyId ? { surveyId } : {}),
    confirmedAt: t.confirmedAt ?? toInstant(actor.at),
  });
}
