// What each bookings action does to a booking, as pure functions of (booking, who, input, now): the rules — who may
// cancel or move it and until when, when the call opens and closes, what finishing records — and the messages each
// change causes. The service layer loads, calls one of these, saves with compare-and-set, then sends.
import { AppError } from '../errors';
import type { UserCaller } from '../identity/caller';
import * as say from '../notify/messages';
import type { Message, Recipient } from '../notify/messages';
import { toInstant, toWire, type Instant } from '../time';
import type { Actor } from '../ticket/transitions';
import {
  ACTIVE_BOOKING_STATUSES,
  BOOKING_RULES,
  OUTCOME_LABELS,
  type BookingDoc,
  type BookingEvent,
  type Outcome,
  type ReturnVisitRequest,
  type Seat,
} from './types';

const MINUTE = 60_000;

export interface BookingDecision {
  booking: BookingDoc;
  messages: Message[];
}

/** Who the caller is to a booking: its customer's side, its expert, the desk — or nobody (it does not exist for them). */
export type Standing = Seat | 'desk' | null;

export function standingOn(b: Pick<BookingDoc, 'customerId' | 'expertId'>, caller: UserCaller): Standing {
  if (caller.role === 'customer') return caller.customerId === b.customerId ? 'customer' : null;
  if (caller.userId === b.expertId) return 'expert';
  if (caller.role === 'dispatcher' || caller.role === 'admin') return 'desk';
  return null;
}

/** The booking and the caller's standing towards it, or NOT_FOUND (existence is hidden from outsiders). */
export function requireStanding(
  b: BookingDoc | null,
  caller: UserCaller,
): { booking: BookingDoc; standing: Seat | 'desk' } {
  const standing = b ? standingOn(b, caller) : null;
  if (!b || !standing) throw new AppError('NOT_FOUND', '视频指导预约不存在或无权查看');
  return { booking: b, standing };
}

/** "12-07 09:50", business time */
const when = (at: Date | Instant) => toWire(at).slice(5, 16).replace('T', ' ');

export const joinOpensAt = (b: Pick<BookingDoc, 'start' | 'live'>) =>
  new Date(Date.parse(b.start) - (b.live ? 0 : BOOKING_RULES.joinEarlyMinutes) * MINUTE);
export const joinClosesAt = (b: Pick<BookingDoc, 'start'>) =>
  new Date(Date.parse(b.start) + BOOKING_RULES.joinLateMinutes * MINUTE);
export const reminderAt = (start: Instant) => new Date(Date.parse(start) - BOOKING_RULES.remindBeforeMinutes * MINUTE);

const isActive = (b: Pick<BookingDoc, 'status'>) => ACTIVE_BOOKING_STATUSES.includes(b.status);

/** Why the call cannot be joined now (null: it can): from 10 minutes before the start until it closes. */
export function joinRefusal(b: BookingDoc, now: Date): string | null {
  if (b.status === 'finished') return '视频指导已结束';
  if (b.status === 'cancelled') return '视频指导已取消';
  if (b.status === 'missed') return '视频指导已过期，如仍需帮助请重新预约';
  const opens = joinOpensAt(b);
  if (now < opens) {
    return `视频通话将于 ${when(opens)} 开放加入（开始前 ${BOOKING_RULES.joinEarlyMinutes} 分钟）`;
  }
  if (now >= joinClosesAt(b)) {
    return `已超过加入时间（开始后 ${BOOKING_RULES.joinLateMinutes / 60} 小时），如仍需帮助请重新预约`;
  }
  return null;
}

/** Why the customer may not cancel or move the booking now (null: they may): not within 30 minutes of its start. */
function customerCutoff(b: BookingDoc, now: Date, verb: '取消' | '改期'): string | null {
  if (b.live) return b.call.startedAt ? `通话已开始，不能${verb}` : null;
  const cutoff = BOOKING_RULES.customerCutoffMinutes;
  if (Date.parse(b.start) - now.getTime() < cutoff * MINUTE) {
    return `距开始不足 ${cutoff} 分钟，不能${verb}；如需${verb}，请联系指导专家或拨打服务热线`;
  }
  return null;
}

export type BookingAction = 'cancel' | 'reschedule' | 'join' | 'finish' | 'capture';

/** What the caller may do with the booking now (the server enforces each; the app shows the same list). */
export function bookingActions(b: BookingDoc, standing: Standing, now: Date): BookingAction[] {
  if (!standing || !isActive(b)) return [];
  const can: BookingAction[] = [];
  const staff = standing === 'expert' || standing === 'desk';
  if (staff || !customerCutoff(b, now, '取消')) can.push('cancel');
  if (b.status === 'booked' && !b.live && (staff || !customerCutoff(b, now, '改期'))) can.push('reschedule');
  const open = joinRefusal(b, now) === null;
  if (open && standing !== 'desk') can.push('join');
  if (standing === 'expert' && now >= joinOpensAt(b)) can.push('finish');
  if (standing === 'expert' && open && b.ticketId) can.push('capture');
  return can;
}

function withEvent(b: BookingDoc, actor: Actor, type: BookingEvent['type'], extra: Partial<BookingEvent> = {}) {
  const at = toInstant(actor.at);
  const event: BookingEvent = { at, by: actor.by, byRole: actor.byRole, type, ...extra };
  return { ...b, updatedAt: at, events: [...b.events, event] };
}

/** When bookings.remind must look at the booking next: its reminder, then its call closing; null when nothing is due. */
export function nextDueAt(b: BookingDoc): Instant | null {
  if (!isActive(b)) return null;
  if (!b.live && !b.remindedAt) return toInstant(reminderAt(b.start));
  if (b.events.some((e) => e.type === 'outcome-due' || e.type === 'missed')) return null;
  return toInstant(joinClosesAt(b));
}

export interface NewBookingInput {
  id: string;
  live: boolean;
  customerId: string;
  customerUserId: string;
  expertId: string;
  start: Date;
  end: Date;
  cells: Instant[];
  topic: string;
  ticketId: string | null;
  photos: string[];
  clientRequestId: string;
}

/** A new booking: booked for its slot, or live at once (a major fault's call now). */
export function newBooking(input: NewBookingInput, actor: Actor): Omit<BookingDoc, 'version'> {
  const at = toInstant(actor.at);
  const draft: BookingDoc = {
    id: input.id,
    version: 0,
    status: input.live ? 'live' : 'booked',
    live: input.live,
    customerId: input.customerId,
    customerUserId: input.customerUserId,
    expertId: input.expertId,
    start: toInstant(input.start),
    end: toInstant(input.end),
    cells: input.cells,
    topic: input.topic,
    ticketId: input.ticketId,
    photos: input.photos,
    clientRequestId: input.clientRequestId,
    dueAt: null,
    remindedAt: null,
    call: { startedAt: null, endedAt: null, participants: [] },
    outcome: null,
    cancellation: null,
    captures: [],
    returnVisit: null,
    events: [],
    createdAt: at,
    updatedAt: at,
  };
  const booked = withEvent(draft, actor, 'booked', { data: { start: draft.start, expertId: input.expertId } });
  const { version: _version, ...doc } = { ...booked, dueAt: nextDueAt(booked) };
  return doc;
}

/** Who is told of a new booking: the expert (a call at once is urgent: a WeChat message when granted). */
export function bookedMessages(b: BookingDoc, expert: Recipient, customerName: string, ticketNo: string | null) {
  return [
    b.live ? say.bookingLiveCall(b, expert, customerName, ticketNo ?? '') : say.bookingBooked(b, expert, customerName),
  ];
}

/** The two sides' people, for the messages a change causes. */
export interface BookingPeople {
  customerName: string;
  customerUser: Recipient & { name: string };
  expert: Recipient & { name: string };
  actorName: string;
}

/** Cancelled by its customer (not within 30 minutes of the start), its expert or the desk; the other side is told. */
export function decideCancel(
  b: BookingDoc,
  actor: Actor,
  standing: Seat | 'desk',
  reason: string | undefined,
  people: BookingPeople,
): BookingDecision {
  if (!isActive(b)) throw new AppError('CONFLICT', `该预约${b.status === 'cancelled' ? '已取消' : '已结束'}`);
  if (standing === 'customer') {
    const refusal = customerCutoff(b, actor.at, '取消');
    if (refusal) throw new AppError('CONFLICT', refusal);
  }
  const at = toInstant(actor.at);
  const next = withEvent(b, actor, 'cancelled', reason ? { note: reason } : {});
  const booking: BookingDoc = {
    ...next,
    status: 'cancelled',
    cancellation: { at, by: actor.by, byRole: actor.byRole, ...(reason ? { reason } : {}) },
    dueAt: null,
  };
  const told = [
    ...(standing !== 'customer' ? [people.customerUser] : []),
    ...(standing !== 'expert' ? [people.expert] : []),
  ];
  return { booking, messages: told.map((to) => say.bookingCancelled(booking, to, people.actorName, reason)) };
}

export interface NewSlot {
  start: Date;
  end: Date;
  cells: Instant[];
  expert: Recipient & { name: string };
}

/** Moved to another free slot (same rules as booking; the cut-off for customers); reminded again before the new start. */
export function decideReschedule(
  b: BookingDoc,
  actor: Actor,
  standing: Seat | 'desk',
  slot: NewSlot,
  people: BookingPeople,
): BookingDecision {
  rescheduleRefusal(b, actor.at, standing, slot.start);
  const previousStart = b.start;
  const next = withEvent(b, actor, 'rescheduled', {
    data: { from: previousStart, to: toInstant(slot.start), expertId: slot.expert.id, previousExpertId: b.expertId },
  });
  const moved: BookingDoc = {
    ...next,
    start: toInstant(slot.start),
    end: toInstant(slot.end),
    cells: slot.cells,
    expertId: slot.expert.id,
    remindedAt: null,
  };
  const booking = { ...moved, dueAt: nextDueAt(moved) };
  const messages: Message[] = [];
  if (slot.expert.id !== b.expertId) {
    messages.push(say.bookingBooked(booking, slot.expert, people.customerName));
    messages.push(say.bookingHandedOver(booking, people.expert, previousStart));
  } else if (standing !== 'expert') {
    messages.push(say.bookingMoved(booking, slot.expert, previousStart, people.actorName));
  }
  if (standing !== 'customer')
    messages.push(say.bookingMoved(booking, people.customerUser, previousStart, people.actorName));
  return { booking, messages };
}

/** Why the booking cannot move to `start` (throws CONFLICT); checked before a new slot is claimed. */
export function rescheduleRefusal(b: BookingDoc, now: Date, standing: Seat | 'desk', start: Date): void {
  if (!isActive(b)) throw new AppError('CONFLICT', `该预约${b.status === 'cancelled' ? '已取消' : '已结束'}，不能改期`);
  if (b.live) throw new AppError('CONFLICT', '立即视频指导不能改期');
  if (b.status !== 'booked') throw new AppError('CONFLICT', '通话已开始，不能改期');
  if (standing === 'customer') {
    const refusal = customerCutoff(b, now, '改期');
    if (refusal) throw new AppError('CONFLICT', refusal);
  }
  if (start.getTime() === Date.parse(b.start)) throw new AppError('CONFLICT', '新时段与原时段相同');
}

/**
 * One side joins (a rejoin too): recorded once per person, and the call counts as started when both sides have
 * joined — the booking goes live. Refused outside the window (CONFLICT with the time it opens).
 */
export function decideJoin(b: BookingDoc, seat: Seat, actor: Actor): { booking: BookingDoc; started: boolean } {
  const { by: userId, at } = actor;
  const refusal = joinRefusal(b, at);
  if (refusal) throw new AppError('CONFLICT', refusal);
  const now = toInstant(at);
  const known = b.call.participants.find((p) => p.userId === userId);
  const participants = known
    ? b.call.participants.map((p) => (p === known ? { ...p, lastJoinedAt: now, joins: p.joins + 1 } : p))
    : [...b.call.participants, { userId, seat, firstJoinedAt: now, lastJoinedAt: now, joins: 1 }];
  let next: BookingDoc = { ...b, updatedAt: now, call: { ...b.call, participants } };
  if (!known) next = withEvent(next, actor, 'joined', { data: { seat } });
  const bothIn = participants.some((p) => p.seat === 'customer') && participants.some((p) => p.seat === 'expert');
  const started = !b.call.startedAt && bothIn;
  if (started) {
    next = withEvent(next, { by: 'system', byRole: 'system', at }, 'call-started', {
      data: { participants: participants.map((p) => p.userId) },
    });
    next = { ...next, status: 'live', call: { ...next.call, startedAt: now } };
  }
  return { booking: { ...next, dueAt: nextDueAt(next) }, started };
}

/**
 * The expert records what came of the session (once: finishing twice is CONFLICT, nothing changes); the call ends.
 * The customer who booked is told; a remote fix may ask the follow-ups for a return visit.
 */
export function decideFinish(
  b: BookingDoc,
  actor: Actor,
  outcome: Outcome,
  notes: string,
  customerUser: Recipient,
  returnVisit: ReturnVisitRequest | null,
): BookingDecision {
  if (b.status === 'finished') throw new AppError('CONFLICT', '该视频指导已结束，结果已记录');
  if (!isActive(b)) throw new AppError('CONFLICT', `该预约${b.status === 'cancelled' ? '已取消' : '已过期'}`);
  if (actor.at < joinOpensAt(b)) throw new AppError('CONFLICT', '视频指导开始后才能填写结果');
  const at = toInstant(actor.at);
  const next = withEvent(b, actor, 'finished', { note: notes, data: { outcome, label: OUTCOME_LABELS[outcome] } });
  const booking: BookingDoc = {
    ...next,
    status: 'finished',
    outcome: { kind: outcome, notes, at, by: actor.by },
    call: { ...next.call, endedAt: next.call.startedAt ? at : null },
    returnVisit,
    dueAt: null,
  };
  return { booking, messages: [say.bookingFinished(booking, customerUser, outcome)] };
}

/** The expert captures a still photo into the ticket during the call; the same photo twice is one (null: unchanged). */
export function decideCapture(b: BookingDoc, actor: Actor, fileId: string): BookingDoc | null {
  if (!b.ticketId) throw new AppError('CONFLICT', '该预约未关联工单，照片无处保存');
  const refusal = joinRefusal(b, actor.at);
  if (refusal) throw new AppError('CONFLICT', `通话期间才能拍照：${refusal}`);
  if (b.captures.some((c) => c.fileId === fileId)) return null;
  if (b.captures.length >= BOOKING_RULES.maxCaptures) {
    throw new AppError('CONFLICT', `每次视频指导最多保存 ${BOOKING_RULES.maxCaptures} 张照片`);
  }
  const next = withEvent(b, actor, 'captured', { data: { fileId } });
  return { ...next, captures: [...b.captures, { fileId, at: toInstant(actor.at), by: actor.by }] };
}

export type SweepKind = 'reminded' | 'missed' | 'outcome-due' | 'rescheduled';

/**
 * One timer pass over a due booking: the reminder 15 minutes before (both sides, once per start), and when the call
 * closes: missed if the call never started (both told), else the expert is asked for the outcome. Null: nothing to do.
 */
export function decideSweep(
  b: BookingDoc,
  now: Date,
  people: BookingPeople,
): (BookingDecision & { kind: SweepKind }) | null {
  if (!isActive(b)) return b.dueAt ? { booking: { ...b, dueAt: null }, messages: [], kind: 'rescheduled' } : null;
  const system: Actor = { by: 'system', byRole: 'system', at: now };
  const closes = joinClosesAt(b);
  if (now >= closes) {
    if (!b.call.startedAt) {
      const next = withEvent(b, system, 'missed');
      const booking: BookingDoc = { ...next, status: 'missed', dueAt: null };
      return {
        booking,
        messages: [say.bookingMissed(booking, people.customerUser), say.bookingMissed(booking, people.expert)],
        kind: 'missed',
      };
    }
    if (b.events.some((e) => e.type === 'outcome-due')) return null;
    const booking = { ...withEvent(b, system, 'outcome-due'), dueAt: null };
    return { booking, messages: [say.bookingOutcomeDue(booking, people.expert)], kind: 'outcome-due' };
  }
  if (!b.live && !b.remindedAt && now >= reminderAt(b.start)) {
    const reminded = { ...withEvent(b, system, 'reminded'), remindedAt: toInstant(now) };
    const booking = { ...reminded, dueAt: nextDueAt(reminded) };
    // started already (the timer was held up): the reminder would say the wrong thing; the call is simply open
    const messages =
      now.getTime() < Date.parse(b.start)
        ? [
            say.bookingReminder(booking, people.customerUser, people.expert.name),
            say.bookingReminder(booking, people.expert, people.customerName),
          ]
        : [];
    return { booking, messages, kind: 'reminded' };
  }
  const due = nextDueAt(b);
  return due === b.dueAt ? null : { booking: { ...b, dueAt: due }, messages: [], kind: 'rescheduled' };
}
