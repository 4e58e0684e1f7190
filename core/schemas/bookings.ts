// Inputs and outputs of the `bookings` and `availability` functions: remote video help (远程视频指导) — published
// hours, free slots, booking (or a call at once for a major fault), joining the call, its outcome, still photos.
import { z } from 'zod';
import { BOOKING_RULES, BOOKING_STATUSES, OUTCOMES } from '../booking/types';
import { CalendarDateSchema, Id, WireInstant } from './common';
import { ClientRequestId, FileId, TicketStatusSchema, TicketView } from './tickets';

/** "HH:mm", business time; "24:00" ends a day. */
export const ClockTime = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { message: '时间格式应为 HH:mm（00:00–24:00）' });

export const AvailabilityWindowSchema = z
  .object({
    /** ISO weekday: 1 = Monday … 7 = Sunday */
    weekday: z.number().int().min(1).max(7),
    from: ClockTime,
    to: ClockTime,
  })
  .strict();

export const AvailabilityExceptionSchema = z
  .object({
    date: CalendarDateSchema,
    /** with `to`: the hours bookable that day instead (opens a holiday too); neither: not bookable that day */
    from: ClockTime.optional(),
    to: ClockTime.optional(),
  })
  .strict()
  .refine((e) => (e.from === undefined) === (e.to === undefined), {
    message: '开放时段须同时填写开始和结束时间（都不填表示当天停止预约）',
    path: ['to'],
  });

export const AvailabilityGetInput = z
  .object({
    /** whose hours (admin); default: the caller's own */
    userId: Id.optional(),
  })
  .strict();

export const AvailabilitySaveInput = z
  .object({
    userId: Id.optional(),
    weekly: z.array(AvailabilityWindowSchema).max(28, { message: '每周最多 28 个时段' }),
    exceptions: z.array(AvailabilityExceptionSchema).max(200, { message: '最多 200 个例外日期' }).default([]),
    /** the version that was read (compare-and-set: a save over a newer one is CONFLICT); omit to save over any */
    version: z.number().int().min(1).optional(),
  })
  .strict();

export const AvailabilityView = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.string(),
  weekly: z.array(AvailabilityWindowSchema),
  exceptions: z.array(z.object({ date: CalendarDateSchema, from: ClockTime.optional(), to: ClockTime.optional() })),
  /** null: never saved (nothing is bookable yet) */
  version: z.number().int().nullable(),
  updatedAt: WireInstant.nullable(),
  updatedByName: z.string().nullable(),
  /** statutory holidays (closed unless an exception opens them) and make-up working days of the coming weeks */
  upcomingDays: z.array(z.object({ date: CalendarDateSchema, kind: z.enum(['holiday', 'makeup']), name: z.string() })),
});
export type AvailabilityView = z.infer<typeof AvailabilityView>;
export const AvailabilityOutput = z.object({ availability: AvailabilityView });

export const SlotsInput = z
  .object({ from: CalendarDateSchema, to: CalendarDateSchema })
  .strict()
  .superRefine((v, issue) => {
    for (const field of ['from', 'to'] as const) {
      if (!realDate(v[field])) issue.addIssue({ code: 'custom', path: [field], message: '日期无效' });
    }
    const days = Math.round((Date.parse(v.to) - Date.parse(v.from)) / 86_400_000) + 1;
    if (!(days >= 1)) issue.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
    else if (days > BOOKING_RULES.maxRangeDays) {
      issue.addIssue({ code: 'custom', path: ['to'], message: `一次最多查询 ${BOOKING_RULES.maxRangeDays} 天` });
    }
  });

/** A date that exists (2026-02-30 does not). */
function realDate(date: string): boolean {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(date);
}

export const SlotView = z.object({ start: WireInstant, end: WireInstant, available: z.boolean() });
export const SlotsOutput = z.object({
  slots: z.array(SlotView),
  slotMinutes: z.number().int(),
});

export const BookInput = z
  .object({
    /** a slot start from bookings.slots */
    start: WireInstant.optional(),
    /** what the customer needs help with */
    topic: z.string().trim().min(2, { message: '请简要说明需要指导的问题' }).max(200).optional(),
    /** the caller's own open ticket the session is about */
    ticketId: Id.optional(),
    photos: z.array(FileId).max(9, { message: '最多 9 张照片' }).default([]),
    clientRequestId: ClientRequestId,
    /** a major fault: the expert on duty at once (with ticketId, without start) */
    now: z.literal(true).optional(),
  })
  .strict()
  .superRefine((v, issue) => {
    if (v.now) {
      if (!v.ticketId)
        issue.addIssue({ code: 'custom', path: ['ticketId'], message: '立即视频指导须关联重大故障工单' });
      if (v.start) issue.addIssue({ code: 'custom', path: ['start'], message: '立即视频指导无需选择时段' });
    } else {
      if (!v.start) issue.addIssue({ code: 'custom', path: ['start'], message: '请选择预约时段' });
      if (!v.topic) issue.addIssue({ code: 'custom', path: ['topic'], message: '请简要说明需要指导的问题' });
    }
  });

export const BookingIdInput = z.object({ id: Id }).strict();
export const CancelBookingInput = z.object({ id: Id, reason: z.string().trim().max(200).optional() }).strict();
export const RescheduleInput = z.object({ id: Id, start: WireInstant }).strict();
export const FinishInput = z
  .object({
    id: Id,
    outcome: z.enum(OUTCOMES),
    notes: z.string().trim().min(2, { message: '请填写指导结论' }).max(2000),
  })
  .strict();
export const CaptureInput = z.object({ id: Id, fileId: FileId }).strict();

export const BookingStatusSchema = z.enum(BOOKING_STATUSES);
export const BookingListInput = z
  .object({
    /** the desk: all (default); everyone else sees their own whatever they ask */
    scope: z.enum(['mine', 'all']).optional(),
    status: z.union([BookingStatusSchema, z.array(BookingStatusSchema).min(1).max(5)]).optional(),
    /** only sessions still to come or running, soonest first (default: all, newest first) */
    upcoming: z.boolean().optional(),
    cursor: z.string().max(500).nullable().optional(),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .strict();

const Person = z.object({ id: z.string(), name: z.string(), phone: z.string().optional() });

export const BookingView = z.object({
  id: z.string(),
  status: BookingStatusSchema,
  statusLabel: z.string(),
  /** a call at once (major fault) rather than a booked slot */
  live: z.boolean(),
  start: WireInstant,
  end: WireInstant,
  expertId: z.string(),
  expert: Person,
  ticketId: z.string().nullable(),
  /** the linked ticket, for whoever may see it */
  ticket: z
    .object({
      id: z.string(),
      no: z.string(),
      status: TicketStatusSchema,
      severity: z.enum(['common', 'major']),
      deviceName: z.string(),
      serial: z.string(),
      description: z.string(),
    })
    .nullable(),
  topic: z.string(),
  photos: z.array(z.object({ fileId: z.string(), url: z.string() })),
  customerId: z.string(),
  customerName: z.string(),
  customerUser: Person,
  /** the call: open to join from joinOpensAt until joinClosesAt (or until finished or cancelled) */
  joinOpensAt: WireInstant,
  joinClosesAt: WireInstant,
  joinable: z.boolean(),
  call: z.object({
    startedAt: WireInstant.nullable(),
    endedAt: WireInstant.nullable(),
    participants: z.array(
      z.object({ userId: z.string(), name: z.string(), seat: z.enum(['customer', 'expert']), joinedAt: WireInstant }),
    ),
  }),
  outcome: z
    .object({ kind: z.enum(OUTCOMES), label: z.string(), notes: z.string(), at: WireInstant, byName: z.string() })
    .nullable(),
  cancellation: z.object({ at: WireInstant, byName: z.string(), reason: z.string().optional() }).nullable(),
  captures: z.array(z.object({ fileId: z.string(), url: z.string(), at: WireInstant })),
  /** a remote fix asked the follow-ups for a return visit (回访) due then; null: none */
  returnVisitDueAt: WireInstant.nullable(),
  events: z.array(z.object({ at: WireInstant, byName: z.string(), type: z.string(), text: z.string() })),
  /** what the caller may do now: cancel, reschedule, join, finish, capture */
  can: z.array(z.string()),
  createdAt: WireInstant,
});
export type BookingView = z.infer<typeof BookingView>;

export const BookingOutput = z.object({ booking: BookingView });
export const BookingListOutput = z.object({ items: z.array(BookingView), nextCursor: z.string().nullable() });
export const FinishOutput = z.object({ booking: BookingView, ticket: TicketView.optional() });

export const IceServerSchema = z.object({
  urls: z.union([z.string(), z.array(z.string())]),
  username: z.string().optional(),
  credential: z.string().optional(),
});
export type IceServer = z.infer<typeof IceServerSchema>;

/** What the app needs to join the call: the local host's own signalling (WebRTC), or Tencent TRTC on CloudBase. */
export const CallJoinSchema = z.discriminatedUnion('provider', [
  z.object({
    provider: z.literal('webrtc'),
    /** the WebSocket to open (token included): docs/video-help.md */
    signalUrl: z.string(),
    iceServers: z.array(IceServerSchema),
    roomId: z.string(),
    token: z.string(),
    seat: z.enum(['customer', 'expert']),
    /** the token must be used (the socket opened) before this */
    expiresAt: WireInstant,
  }),
  z.object({
    provider: z.literal('trtc'),
    sdkAppId: z.number().int(),
    userId: z.string(),
    userSig: z.string(),
    /** TRTC 进房权限密钥 for this room only (used when the application turns on room permission checks) */
    privateMapKey: z.string(),
    /** a string room id: TRTC's strRoomId */
    roomId: z.string(),
    seat: z.enum(['customer', 'expert']),
    expiresAt: WireInstant,
  }),
]);
export type CallJoin = z.infer<typeof CallJoinSchema>;

export const JoinOutput = z.object({ call: CallJoinSchema, booking: BookingView });

export const RemindOutput = z.object({
  /** bookings read (only those due) */
  examined: z.number().int(),
  reminded: z.number().int(),
  missed: z.number().int(),
});
