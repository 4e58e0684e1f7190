// What each ticket action does to a ticket, as pure functions of (ticket, actor, input): the state machine's moves and
// their events. The service layer loads, calls one of these, recomputes the SLA summary from the new event log
// (core/sla/summary) and saves with compare-and-set; an illegal move throws CONFLICT before anything is written.
import { AppError } from '../errors';
import { MILESTONE_LABELS, type MilestoneName, type SlaPolicy } from '../sla/policy';
import { toInstant } from '../time';
import { appendEvent, transition, type Actor } from './transitions';
import type {
  FaultCategory,
  FaultReport,
  PartUsed,
  ReportChannel,
  ResolveMode,
  RoutingDecision,
  Severity,
  TicketDoc,
  TicketEvent,
  TicketStatus,
} from './types';

export interface NewTicketInput {
  id: string;
  no: string;
  clientRequestId: string;
  severity: Severity;
  category: FaultCategory;
  description: string;
  environment?: string;
  photos: string[];
  video?: string;
  contactPhone: string;
  address: string;
  region: string;
  device: { serial: string; name: string; productLine: string; customerId: string };
  warranty: TicketDoc['warranty'];
  billable: boolean;
  slaPolicy: SlaPolicy;
  /** the hotline: how it came in, who called, and who on the customer's side hears of it */
  hotline?: {
    channel: Exclude<ReportChannel, 'app'>;
    caller: { name: string; phone: string };
    customerRecipientId: string | null;
  };
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
    video: input.video ?? null,
    contactPhone: input.contactPhone,
    address: input.address,
    region: input.region,
    serial: input.device.serial,
    deviceName: input.device.name,
    productLine: input.device.productLine,
    customerId: input.device.customerId,
    reporterId: actor.by,
    channel: input.hotline?.channel ?? 'app',
    ...(input.hotline ? { caller: input.hotline.caller, customerRecipientId: input.hotline.customerRecipientId } : {}),
    clientRequestId: input.clientRequestId,
    warranty: input.warranty,
    billable: input.billable,
    assigneeId: null,
    offeredAt: null,
    rejectedBy: [],
    timedOutBy: [],
    routing: { candidates: [], chosen: null, reasons: [], decidedAt: at, flagged: false, trigger: 'report' },
    escalated: false,
    mode: null,
    slaPolicy: input.slaPolicy,
    sla: {
      policyId: input.slaPolicy.id,
      respondBy: at,
      breached: [],
      state: 'on-track',
      escalationLevel: 0,
      urgentDueAt: null,
      nextDueAt: null,
    },
    plan: null,
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
    data: {
      severity: input.severity,
      category: input.category,
      serial: input.device.serial,
      ...(input.hotline ? { channel: input.hotline.channel, callerName: input.hotline.caller.name } : {}),
    },
  });
  const { version: _version, ...doc } = reported;
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
    return { ...offered, routing: decision, assigneeId: decision.chosen, offeredAt: at };
  }
  const target: TicketStatus = 'reported';
  // why nobody could be offered it, for the desk's timeline ("李强：不在班")
  const excluded = decision.candidates.filter((c) => c.excluded).map((c) => `${c.name}：${c.excluded}`);
  const change = { type: 'queued', data: { trigger: decision.trigger, excluded } };
  const queued = t.status === target ? appendEvent(t, actor, change) : transition(t, target, actor, change);
  return { ...queued, routing: decision, assigneeId: null, offeredAt: null };
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
  return { ...next, acceptedAt: toInstant(actor.at) };
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
  return { ...next, mode: 'onsite' };
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
  return { ...next, mode: 'onsite', arrivedAt: toInstant(actor.at) };
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
  return { ...next, mode: input.mode, report, resolvedAt: at };
}

export function confirm(t: TicketDoc, actor: Actor): TicketDoc {
  if (t.status !== 'resolved') throw new AppError('CONFLICT', '只有待确认的工单可以确认修复');
  const next = transition(t, 'confirmed', actor, { type: 'confirmed' });
  return { ...next, confirmedAt: toInstant(actor.at) };
}

/** Not fixed after all: a new round of service starts (new clocks); the caller re-routes. */
export function reopen(t: TicketDoc, actor: Actor, reason: string): TicketDoc {
  if (t.status !== 'resolved' && t.status !== 'confirmed') {
    throw new AppError('CONFLICT', '只有已处理、尚未关闭的工单可以重新打开');
  }
  const next = transition(t, 'reopened', actor, {
    type: 'reopened',
    note: reason,
    ...(t.report ? { data: { previousReportBy: t.report.handlerId } } : {}),
  });
  return {
    ...next,
    previousReports: t.report ? [...t.previousReports, t.report] : t.previousReports,
    report: null,
    mode: null,
    slaStartedAt: toInstant(actor.at),
    acceptedAt: null,
    arrivedAt: null,
    resolvedAt: null,
    // a new round starts unescalated: its own breaches decide
    escalated: false,
    sla: { ...t.sla, breached: [] },
  };
}

export function cancel(t: TicketDoc, actor: Actor, reason?: string): TicketDoc {
  if (t.status !== 'reported' && t.status !== 'assigned') {
    throw new AppError('CONFLICT', '工程师接单后不能取消，请联系处理人');
  }
  const next = transition(t, 'cancelled', actor, { type: 'cancelled', ...(reason ? { note: reason } : {}) });
  return { ...next, closedAt: toInstant(actor.at) };
}

/**
 * The dispatcher gives the ticket to a technician (or takes it from one and gives it to another); an `override`
 * (强制指派) records why it goes to someone routing would not offer it to.
 */
export function assign(
  t: TicketDoc,
  actor: Actor,
  technicianId: string,
  reasons: string[],
  override?: { reason: string },
): TicketDoc {
  if (t.assigneeId === technicianId && t.status !== 'reported' && t.status !== 'reopened') {
    throw new AppError('CONFLICT', '该工单已在此工程师名下');
  }
  const previous = t.assigneeId;
  const next = transition(t, 'assigned', actor, {
    type: 'assigned',
    data: {
      technicianId,
      ...(previous ? { previousAssigneeId: previous } : {}),
      ...(override ? { override: true, reason: override.reason } : {}),
    },
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
  return {
    ...next,
    routing: decision,
    assigneeId: technicianId,
    offeredAt: toInstant(actor.at),
    acceptedAt: null,
    arrivedAt: null,
    mode: null,
    // the desk's own call: an earlier rejection or lapsed offer no longer keeps them out
    rejectedBy: t.rejectedBy.filter((id) => id !== technicianId),
    timedOutBy: t.timedOutBy.filter((id) => id !== technicianId),
  };
}

/**
 * Someone steps in (tickets.take): the taker holds the ticket at once, accepted — from the queue, from an offer to
 * someone else, or from a holder whose escalation nobody took — and every open escalation of the round is theirs (the
 * ladder stops climbing). Who may take it is permissions.takeRefusal's to say; this is the state machine's step.
 */
export function take(t: TicketDoc, actor: Actor, reasons: string[]): TicketDoc {
  const at = toInstant(actor.at);
  const previous = t.assigneeId;
  const change = {
    type: 'taken',
    data: { technicianId: actor.by, ...(previous ? { previousAssigneeId: previous } : {}) },
  };
  // from a holder: the ticket stays accepted, with its new holder (the work done so far stands)
  let next =
    t.status === 'accepted'
      ? appendEvent(t, actor, change, { from: 'accepted', to: 'accepted' })
      : transition(t, 'accepted', actor, change);
  for (const milestone of unacknowledgedEscalations(next)) next = acknowledge(next, actor, milestone);
  return {
    ...next,
    assigneeId: actor.by,
    acceptedAt: at,
    routing: { ...t.routing, chosen: actor.by, reasons, decidedAt: at, flagged: false, trigger: 'take' },
    rejectedBy: t.rejectedBy.filter((id) => id !== actor.by),
    timedOutBy: t.timedOutBy.filter((id) => id !== actor.by),
  };
}

/** Rated (or the rating window passed): the ticket is done. */
export function close(t: TicketDoc, actor: Actor, how: 'rated' | 'expired', surveyId?: string): TicketDoc {
  if (t.status !== 'resolved' && t.status !== 'confirmed') throw new AppError('CONFLICT', '工单尚未处理完成');
  let next = t;
  if (how === 'rated') next = appendEvent(next, actor, { type: 'rated', data: { surveyId } });
  next = transition(next, 'closed', actor, { type: 'closed', data: { how } });
  return {
    ...next,
    closedAt: toInstant(actor.at),
    ...(surveyId ? { surveyId } : {}),
    confirmedAt: t.confirmedAt ?? toInstant(actor.at),
  };
}

// ---------------------------------------------------------------- SLA: pauses, the expert plan, the ladder

export type PauseKind = 'customer' | 'parts';
export const PAUSE_LABELS: Record<PauseKind, string> = { customer: '等待客户', parts: '等待配件' };

/** Whether the current round is paused (an open "paused" event). */
export function openPause(t: Pick<TicketDoc, 'events'>): { kind: PauseKind; reason: string; at: string } | null {
  let open: { kind: PauseKind; reason: string; at: string } | null = null;
  for (const e of t.events) {
    if (e.type === 'paused') open = { kind: (e.data?.kind as PauseKind) ?? 'customer', reason: e.note ?? '', at: e.at };
    else if (e.type === 'resumed' || e.type === 'reopened' || e.type === 'resolved' || e.type === 'cancelled')
      open = null;
  }
  return open;
}

/** The assignee waits for the customer (or for parts): the SLA clocks stop counting until resumed. */
export function pause(t: TicketDoc, actor: Actor, kind: PauseKind, reason: string): TicketDoc {
  if (t.status !== 'accepted' && t.status !== 'onsite')
    throw new AppError('CONFLICT', '接单后、处理完成前才能暂停计时');
  requireAssignee(t, actor, '只有处理人可以暂停计时');
  if (openPause(t)) throw new AppError('CONFLICT', '计时已暂停');
  return appendEvent(t, actor, { type: 'paused', note: reason, data: { kind } });
}

/** The customer's answer (or the parts arriving, or the assignee) resumes the clocks. */
export function resume(t: TicketDoc, actor: Actor, note?: string): TicketDoc {
  const open = openPause(t);
  if (!open) throw new AppError('CONFLICT', '计时未暂停');
  const isCustomer = actor.byRole === 'customer';
  if (isCustomer && open.kind !== 'customer') throw new AppError('CONFLICT', '正在等待配件，到货后由工程师恢复计时');
  if (!isCustomer && t.assigneeId !== actor.by && actor.byRole !== 'dispatcher' && actor.byRole !== 'admin') {
    throw new AppError('CONFLICT', '只有客户、处理人或调度可以恢复计时');
  }
  return appendEvent(t, actor, { type: 'resumed', ...(note ? { note } : {}), data: { kind: open.kind } });
}

/** An expert attaches the solution plan (专家方案) a major fault is owed. */
export function attachPlan(t: TicketDoc, actor: Actor & { name: string }, text: string): TicketDoc {
  if (['resolved', 'confirmed', 'closed', 'cancelled'].includes(t.status)) {
    throw new AppError('CONFLICT', '工单已处理完成，无需再提交方案');
  }
  const at = toInstant(actor.at);
  const next = appendEvent(t, actor, { type: 'plan-attached', note: text.slice(0, 80) });
  return { ...next, plan: { text, by: actor.by, byName: actor.name, at } };
}

/** The round the ticket is in (0 for the report, +1 per reopening). */
export function currentRound(t: Pick<TicketDoc, 'events'>): number {
  return t.events.filter((e) => e.type === 'reported' || e.type === 'reopened').length - 1;
}

/** Milestones of the current round whose latest escalation nobody has taken yet. */
export function unacknowledgedEscalations(t: Pick<TicketDoc, 'events'>): MilestoneName[] {
  const round = currentRound(t);
  const open = new Set<MilestoneName>();
  for (const e of t.events) {
    if (e.data?.round !== round) continue;
    const m = e.data?.milestone as MilestoneName | undefined;
    if (!m) continue;
    if (e.type === 'escalated') open.add(m);
    else if (e.type === 'escalation-acknowledged') open.delete(m);
  }
  return [...open];
}

/** The events of the current round: from the report, or the last reopening, on. */
export function roundEvents(t: Pick<TicketDoc, 'events'>): TicketEvent[] {
  let start = 0;
  t.events.forEach((e, i) => {
    if (e.type === 'reported' || e.type === 'reopened') start = i;
  });
  return t.events.slice(start);
}

/** The escalations of the current round, in order (each rung of each milestone). */
export function roundEscalations(t: Pick<TicketDoc, 'events'>): TicketEvent[] {
  const round = currentRound(t);
  return t.events.filter((e) => e.type === 'escalated' && e.data?.round === round);
}

const notifiedBy = (e: TicketEvent) => (Array.isArray(e.data?.notified) ? (e.data.notified as string[]) : []);

/** Whom the current round's escalations called (the `notified` of each rung), each once. */
export function calledThisRound(t: Pick<TicketDoc, 'events'>): Set<string> {
  return new Set(roundEscalations(t).flatMap(notifiedBy));
}

/**
 * Whom the current round's escalations called to help: everyone notified but the one who held the ticket then (told
 * as its holder, not asked to step in — once replaced, they do not get it back by taking it).
 */
export function calledToHelp(t: Pick<TicketDoc, 'events'>): Set<string> {
  return new Set(roundEscalations(t).flatMap((e) => notifiedBy(e).filter((id) => id !== e.data?.assigneeId)));
}

/** "我来处理": someone takes an escalation; the ladder stops climbing for that milestone. */
export function acknowledge(t: TicketDoc, actor: Actor, milestone: MilestoneName): TicketDoc {
  const round = currentRound(t);
  const escalations = t.events.filter(
    (e) => e.type === 'escalated' && e.data?.round === round && e.data?.milestone === milestone,
  );
  const last = escalations.at(-1);
  if (!last) throw new AppError('CONFLICT', '该时限没有待处理的升级');
  const acked = t.events.some(
    (e) => e.type === 'escalation-acknowledged' && e.data?.round === round && e.data?.milestone === milestone,
  );
  if (acked) throw new AppError('CONFLICT', '该升级已有人认领');
  return appendEvent(t, actor, {
    type: 'escalation-acknowledged',
    data: { round, milestone, level: last.data?.level ?? 1 },
  });
}

/** An SLA warning, breach or escalation rung recorded by the timer (once per round and milestone, or rung). */
export function recordSla(
  t: TicketDoc,
  actor: Actor,
  kind: 'sla-warned' | 'sla-breached' | 'escalated',
  milestone: MilestoneName,
  data: Record<string, unknown> = {},
): TicketDoc {
  return appendEvent(t, actor, {
    type: kind,
    data: { round: currentRound(t), milestone, label: MILESTONE_LABELS[milestone], ...data },
  });
}

/** An offer nobody accepted in time is withdrawn; the caller re-routes (never back to the same technician). */
export function offerTimeout(t: TicketDoc, actor: Actor, technicianId: string): TicketDoc {
  if (t.status !== 'assigned' || t.assigneeId !== technicianId) throw new AppError('CONFLICT', '派单已变更');
  const next = appendEvent(t, actor, { type: 'offer-timeout', data: { technicianId } });
  return { ...next, timedOutBy: [...new Set([...t.timedOutBy, technicianId])] };
}
