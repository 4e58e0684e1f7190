// Remote video help (远程视频指导) as stored: a booking of an expert's half hour (or a call at once for a major
// fault), the experts' published hours, and the claims that make two customers racing for one slot safe.
import type { StoredDoc } from '../model';
import type { CalendarDate, Instant } from '../time';

export const BOOKING_STATUSES = ['booked', 'live', 'finished', 'cancelled', 'missed'] as const;
/** booked → live (the call started, or a call at once) → finished; cancelled, or missed (nobody joined in time) */
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  booked: '已预约',
  live: '进行中',
  finished: '已结束',
  cancelled: '已取消',
  missed: '已过期',
};

/** A booking still holding its expert's time. */
export const ACTIVE_BOOKING_STATUSES: readonly BookingStatus[] = ['booked', 'live'];

export const OUTCOMES = ['fixed-remotely', 'needs-onsite', 'needs-parts'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  'fixed-remotely': '远程已解决',
  'needs-onsite': '需上门处理',
  'needs-parts': '需更换配件',
};

/** The service's booking rules, in one place (docs/video-help.md quotes them). */
export const BOOKING_RULES = {
  /** a bookable slot, and the grid slots start on (from business midnight) */
  slotMinutes: 30,
  /** no slot starting sooner than this can be booked */
  leadMinutes: 15,
  /** bookings.slots answers at most this many days at once */
  maxRangeDays: 14,
  /** how far ahead a slot can be booked */
  horizonDays: 60,
  /** the call opens this long before the start */
  joinEarlyMinutes: 10,
  /** and closes this long after it (or when the expert finishes, or it is cancelled) */
  joinLateMinutes: 120,
  /** a customer cannot cancel or move a booking starting sooner than this */
  customerCutoffMinutes: 30,
  /** both sides are reminded this long before the start */
  remindBeforeMinutes: 15,
  /** the time a call at once holds its expert for */
  liveMinutes: 30,
  /** still photos an expert may capture in one session */
  maxCaptures: 30,
  /** a claim whose booking is not stored yet is in flight for this long (then it is stale and may be taken over) */
  claimGraceSeconds: 60,
} as const;

export type Seat = 'customer' | 'expert';

export interface BookingParticipant {
  userId: string;
  seat: Seat;
  firstJoinedAt: Instant;
  lastJoinedAt: Instant;
  /** how often they asked to join (a rejoin counts) */
  joins: number;
}

export interface BookingEvent {
  at: Instant;
  /** user id, or "system" for the timer */
  by: string;
  byRole: string;
  type:
    | 'booked'
    | 'rescheduled'
    | 'cancelled'
    | 'joined'
    | 'call-started'
    | 'captured'
    | 'finished'
    | 'reminded'
    | 'missed'
    | 'outcome-due';
  note?: string;
  data?: Record<string, unknown>;
}

/** What a fixed-remotely session asks of the follow-ups: a return visit (回访) on the linked ticket. */
export interface ReturnVisitRequest {
  ticketId: string;
  customerId: string;
  /** the expert who fixed it remotely */
  byExpertId: string;
  requestedAt: Instant;
  /** when the call back is due (the next morning, business time) */
  dueAt: Instant;
  reason: string;
}

export interface BookingDoc extends StoredDoc {
  status: BookingStatus;
  /** a call at once (a major fault), not a booked slot */
  live: boolean;
  /** the customer organisation: its users see, join and cancel the booking */
  customerId: string;
  /** who booked it (reminders go to them) */
  customerUserId: string;
  /** the expert (or remote-help technician) who takes the call */
  expertId: string;
  start: Instant;
  end: Instant;
  /** the grid slots held for the expert: one claim each (collection slotClaims) */
  cells: Instant[];
  topic: string;
  ticketId: string | null;
  /** the customer's photos for the expert to look at beforehand */
  photos: string[];
  clientRequestId: string;
  /** when bookings.remind must look at it next (the reminder, the window closing) — indexed; null: nothing due */
  dueAt: Instant | null;
  remindedAt: Instant | null;
  call: { startedAt: Instant | null; endedAt: Instant | null; participants: BookingParticipant[] };
  outcome: { kind: Outcome; notes: string; at: Instant; by: string } | null;
  cancellation: { at: Instant; by: string; byRole: string; reason?: string } | null;
  /** still photos the expert captured into the ticket during the call */
  captures: { fileId: string; at: Instant; by: string }[];
  /** set when a remote fix asks the follow-ups for a return visit (core/booking/return-visit.ts) */
  returnVisit: ReturnVisitRequest | null;
  events: BookingEvent[];
  createdAt: Instant;
  updatedAt: Instant;
}

/** A weekly window of bookable hours, business time; `to` may be "24:00". */
export interface AvailabilityWindow {
  /** ISO weekday: 1 = Monday … 7 = Sunday */
  weekday: number;
  from: string;
  to: string;
}

/** A date whose hours differ: no from/to = unavailable that day; from/to = bookable then instead (a holiday too). */
export interface AvailabilityException {
  date: CalendarDate;
  from?: string;
  to?: string;
}

/** An expert's (or remote-help technician's) published hours; id = the user's id. Versioned: saves compare and set. */
export interface AvailabilityDoc extends StoredDoc {
  weekly: AvailabilityWindow[];
  exceptions: AvailabilityException[];
  updatedBy: string;
  updatedAt: Instant;
}

/**
 * One grid slot of one expert, held by a booking: id `(expertId, cell)`, inserted if absent, so of two bookings
 * racing for it exactly one holds it. Released (bookingId null) when the booking is cancelled or moved.
 */
export interface SlotClaimDoc extends StoredDoc {
  expertId: string;
  cell: Instant;
  bookingId: string | null;
  claimedAt: Instant;
}

export const slotClaimIdOf = (expertId: string, cell: Instant) => `${expertId}@${cell}`;
