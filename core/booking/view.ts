// What a caller sees of a booking: wire times, the two sides with their names, the linked ticket (for whoever may see
// it), the call and its outcome, the timeline in words, and what the caller may do now.
import type { BookingView } from '../schemas/bookings';
import { toWire } from '../time';
import type { TicketDoc } from '../ticket/types';
import { bookingActions, joinClosesAt, joinOpensAt, joinRefusal, type Standing } from './moves';
import { BOOKING_STATUS_LABELS, OUTCOME_LABELS, type BookingDoc, type BookingEvent } from './types';

export interface BookingLookups {
  person: (userId: string) => { name: string; phone?: string } | undefined;
  customerName: string;
  /** the linked ticket, when the caller may see it */
  ticket: TicketDoc | null;
  fileUrl: (fileId: string) => string;
  now: Date;
  standing: Standing;
}

/** "12-07 09:00" */
const when = (at: unknown) => (typeof at === 'string' ? toWire(at).slice(5, 16).replace('T', ' ') : '');

function eventText(e: BookingEvent, name: (id: string) => string, live: boolean): string {
  switch (e.type) {
    case 'booked':
      return live ? `${name(e.by)} 发起立即视频指导` : `${name(e.by)} 预约了 ${when(e.data?.start)} 的视频指导`;
    case 'rescheduled':
      return `${name(e.by)} 改期至 ${when(e.data?.to)}`;
    case 'cancelled':
      return `${name(e.by)} 取消了预约${e.note ? `：${e.note}` : ''}`;
    case 'joined':
      return `${name(e.by)} 加入视频`;
    case 'call-started':
      return '视频通话开始';
    case 'captured':
      return `${name(e.by)} 拍摄了现场照片`;
    case 'finished':
      return `${name(e.by)} 结束指导：${String(e.data?.label ?? '')}`;
    case 'reminded':
      return '已提醒双方（开始前 15 分钟）';
    case 'missed':
      return '双方未能接通，预约已过期';
    case 'outcome-due':
      return '已提醒专家填写指导结果';
  }
}

export function bookingView(b: BookingDoc, lookups: BookingLookups): BookingView {
  const name = (id: string) => (id === 'system' ? '系统' : (lookups.person(id)?.name ?? id));
  const personOf = (id: string) => {
    const p = lookups.person(id);
    return { id, name: p?.name ?? id, ...(p?.phone ? { phone: p.phone } : {}) };
  };
  const t = lookups.ticket;
  return {
    id: b.id,
    status: b.status,
    statusLabel: BOOKING_STATUS_LABELS[b.status],
    live: b.live,
    start: toWire(b.start),
    end: toWire(b.end),
    expertId: b.expertId,
    expert: personOf(b.expertId),
    ticketId: b.ticketId,
    ticket: t
      ? {
          id: t.id,
          no: t.no,
          status: t.status,
          severity: t.severity,
          deviceName: t.deviceName,
          serial: t.serial,
          description: t.description,
        }
      : null,
    topic: b.topic,
    photos: b.photos.map((fileId) => ({ fileId, url: lookups.fileUrl(fileId) })),
    customerId: b.customerId,
    customerName: lookups.customerName,
    customerUser: personOf(b.customerUserId),
    joinOpensAt: toWire(joinOpensAt(b)),
    joinClosesAt: toWire(joinClosesAt(b)),
    joinable: joinRefusal(b, lookups.now) === null,
    call: {
      startedAt: b.call.startedAt ? toWire(b.call.startedAt) : null,
      endedAt: b.call.endedAt ? toWire(b.call.endedAt) : null,
      participants: b.call.participants.map((p) => ({
        userId: p.userId,
        name: name(p.userId),
        seat: p.seat,
        joinedAt: toWire(p.firstJoinedAt),
      })),
    },
    outcome: b.outcome
      ? {
          kind: b.outcome.kind,
          label: OUTCOME_LABELS[b.outcome.kind],
          notes: b.outcome.notes,
          at: toWire(b.outcome.at),
          byName: name(b.outcome.by),
        }
      : null,
    cancellation: b.cancellation
      ? {
          at: toWire(b.cancellation.at),
          byName: name(b.cancellation.by),
          ...(b.cancellation.reason ? { reason: b.cancellation.reason } : {}),
        }
      : null,
    captures: b.captures.map((c) => ({ fileId: c.fileId, url: lookups.fileUrl(c.fileId), at: toWire(c.at) })),
    returnVisitDueAt: b.returnVisit ? toWire(b.returnVisit.dueAt) : null,
    events: b.events.map((e) => ({
      at: toWire(e.at),
      byName: name(e.by),
      type: e.type,
      text: eventText(e, name, b.live),
    })),
    can: bookingActions(b, lookups.standing, lookups.now),
    createdAt: toWire(b.createdAt),
  };
}
