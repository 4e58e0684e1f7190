// Inputs and outputs of the `tickets` function: report, follow, accept/reject, arrive, resolve, confirm, reopen, assign.
import { z } from 'zod';
import { FAULT_CATEGORIES, REPORT_CHANNELS, SEVERITIES, TICKET_STATUSES } from '../ticket/types';
import { CalendarDateSchema, ClientRequestId, FileId, Id, Phone, Serial, WireInstant } from './common';
import { WarrantyStateSchema } from './devices';

export const SeveritySchema = z.enum(SEVERITIES);
export const TicketStatusSchema = z.enum(TICKET_STATUSES);
export const FaultCategorySchema = z.enum(
  Object.keys(FAULT_CATEGORIES) as [keyof typeof FAULT_CATEGORIES, ...(keyof typeof FAULT_CATEGORIES)[]],
);

// Phone, ClientRequestId and FileId live in common.ts (master data and devices use them too); named here as before.
export { ClientRequestId, FileId, Phone };

export const ReportInput = z
  .object({
    serial: Serial,
    severity: SeveritySchema,
    description: z.string().trim().min(5, { message: '请至少用 5 个字描述故障现象' }).max(2000),
    clientRequestId: ClientRequestId,
    category: FaultCategorySchema.default('other'),
    environment: z.string().trim().max(500).optional(),
    photos: z.array(FileId).max(9, { message: '最多 9 张照片' }).default([]),
    video: FileId.optional(),
    contactPhone: Phone.optional(),
    address: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

/** The hotline (服务热线): the desk reports for a customer who called, wrote on WeChat, or asked on site. */
export const ReportForInput = z
  .object({
    customerId: Id,
    serial: Serial,
    severity: SeveritySchema,
    description: z.string().trim().min(5, { message: '请至少用 5 个字描述故障现象' }).max(2000),
    channel: z.enum(['phone', 'wechat', 'onsite']),
    callerName: z.string().trim().min(1, { message: '请填写来电人姓名' }).max(30),
    /** the caller's phone: the technician calls it back (the ticket's contact phone) */
    callerPhone: Phone,
    clientRequestId: ClientRequestId,
    category: FaultCategorySchema.default('other'),
    environment: z.string().trim().max(500).optional(),
    /** where the technician goes, when not the device's site */
    address: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

export const TicketIdInput = z.object({ id: Id }).strict();
export const RejectInput = z
  .object({ id: Id, reason: z.string().trim().min(2, { message: '请填写拒单原因' }).max(200) })
  .strict();
export const ArriveInput = z
  .object({
    id: Id,
    location: z
      .object({
        latitude: z.number().min(-90).max(90),
        longitude: z.number().min(-180).max(180),
        accuracy: z.number().min(0).max(100_000).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const PartUsedSchema = z.object({
  name: z.string().trim().min(1).max(60),
  quantity: z.number().int().min(1).max(999),
  unitPrice: z.number().min(0).max(1_000_000).optional(),
});

export const ResolveInput = z
  .object({
    id: Id,
    cause: z.string().trim().min(2, { message: '请填写故障原因' }).max(2000),
    actions: z.string().trim().min(2, { message: '请填写处理措施' }).max(2000),
    mode: z.enum(['remote', 'onsite']),
    partsUsed: z.array(PartUsedSchema).max(50).default([]),
    handlerSignature: FileId,
    productFeedback: z.string().trim().max(1000).optional(),
  })
  .strict();

export const ReopenInput = z
  .object({ id: Id, reason: z.string().trim().min(2, { message: '请填写重开原因' }).max(500) })
  .strict();
/** 强制指派: why the ticket goes to someone routing would not offer it to (kept in the timeline). */
export const AssignOverride = z
  .object({
    reason: z
      .string({ required_error: '请填写强制指派原因' })
      .trim()
      .min(2, { message: '请填写强制指派原因（至少 2 个字）' })
      .max(200, { message: '强制指派原因最多 200 个字' }),
  })
  .strict();
export const AssignInput = z.object({ id: Id, technicianId: Id, override: AssignOverride.optional() }).strict();
export const CancelInput = z.object({ id: Id, reason: z.string().trim().max(200).optional() }).strict();

export const ListInput = z
  .object({
    /** 'called': the open tickets calling on an expert or technician now — held by them, or theirs to take */
    scope: z.enum(['mine', 'assigned', 'all', 'queue', 'called']).optional(),
    status: z.union([TicketStatusSchema, z.array(TicketStatusSchema).min(1).max(9)]).optional(),
    cursor: z.string().max(500).nullable().optional(),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .strict();

const RoutingCandidateView = z.object({
  technicianId: z.string(),
  name: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
  excluded: z.string().optional(),
});

export const TicketEventView = z.object({
  seq: z.number().int(),
  at: WireInstant,
  by: z.string(),
  byName: z.string(),
  byRole: z.string(),
  type: z.string(),
  text: z.string(),
  from: TicketStatusSchema.optional(),
  to: TicketStatusSchema.optional(),
  note: z.string().optional(),
  data: z.record(z.unknown()).optional(),
});

export const FaultReportView = z.object({
  no: z.string(),
  cause: z.string(),
  actions: z.string(),
  mode: z.enum(['remote', 'onsite']),
  partsUsed: z.array(PartUsedSchema),
  handlerId: z.string(),
  handlerName: z.string(),
  handlerSignatureUrl: z.string(),
  productFeedback: z.string().optional(),
  resolvedAt: WireInstant,
});

export const SlaClockView = z.object({
  name: z.enum(['respond', 'plan', 'remoteFix', 'onsite']),
  label: z.string(),
  state: z.enum(['pending', 'running', 'paused', 'met', 'breached', 'stopped']),
  warned: z.boolean(),
  withinMinutes: z.number().int(),
  startedAt: WireInstant.nullable(),
  dueAt: WireInstant.nullable(),
  metAt: WireInstant.nullable(),
  breachedAt: WireInstant.nullable(),
  elapsedMinutes: z.number().int(),
  remainingMinutes: z.number().int().nullable(),
});
export type SlaClockView = z.infer<typeof SlaClockView>;

export const EscalationView = z.object({
  milestone: z.enum(['respond', 'plan', 'remoteFix', 'onsite']),
  level: z.number().int().min(1).max(3),
  levelLabel: z.string(),
  at: WireInstant,
  acknowledgedBy: z.string().nullable(),
  acknowledgedByName: z.string().nullable(),
  acknowledgedAt: WireInstant.nullable(),
});

export const TicketView = z.object({
  id: z.string(),
  no: z.string(),
  status: TicketStatusSchema,
  statusLabel: z.string(),
  severity: SeveritySchema,
  category: FaultCategorySchema,
  categoryLabel: z.string(),
  description: z.string(),
  environment: z.string().optional(),
  photos: z.array(z.object({ fileId: z.string(), url: z.string() })),
  video: z.object({ fileId: z.string(), url: z.string() }).nullable(),
  contactPhone: z.string(),
  address: z.string(),
  serial: z.string(),
  deviceName: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  /** how the fault came in: app (the customer's own report), or phone / wechat / onsite (the hotline desk) */
  channel: z.enum(REPORT_CHANNELS),
  channelLabel: z.string(),
  /** who called the hotline (null for the customer's own reports) */
  caller: z.object({ name: z.string(), phone: z.string() }).nullable(),
  assigneeId: z.string().nullable(),
  assignee: z.object({ id: z.string(), name: z.string(), phone: z.string().optional(), role: z.string() }).nullable(),
  /** the device's warranty when the fault was reported */
  warranty: z.object({
    inWarranty: z.boolean(),
    /** the last covered instant: the end (23:59:59 +08:00) of lastDay */
    warrantyEndsAt: WireInstant.nullable(),
    /** 在保 / 即将过保 / 已过保 / 未验收（项目交付期，按合同处理） */
    label: z.string(),
    state: WarrantyStateSchema,
    /** the last covered day, inclusive: "保修至 lastDay"; null before acceptance */
    lastDay: CalendarDateSchema.nullable(),
    /** what applies to repairs and parts, in words (在保：维修与配件免费 …) */
    terms: z.string(),
  }),
  /** repairs and parts billed at cost: out of warranty only (never before acceptance: the contract applies) */
  billable: z.boolean(),
  sla: z.object({
    /** the service time the clocks below were computed at (countdowns run from it, not from the phone's clock) */
    at: WireInstant,
    respondBy: WireInstant,
    arriveBy: WireInstant.optional(),
    remoteFixBy: WireInstant.optional(),
    planBy: WireInstant.optional(),
    breached: z.array(z.string()),
    /** the board's grouping now: on-track / warned / breached / escalated / paused / done */
    state: z.enum(['on-track', 'warned', 'breached', 'escalated', 'paused', 'done']),
    stateLabel: z.string(),
    escalationLevel: z.number().int(),
    /** the policy and the calendar the clocks count in, in words */
    policyName: z.string(),
    calendar: z.string(),
    /** every milestone of the current round, computed now from the event log */
    clocks: z.array(SlaClockView),
    paused: z.object({ since: WireInstant, kind: z.enum(['customer', 'parts']), reason: z.string() }).nullable(),
    escalations: z.array(EscalationView),
  }),
  plan: z.object({ text: z.string(), byName: z.string(), at: WireInstant }).nullable(),
  routing: z.object({
    candidates: z.array(RoutingCandidateView),
    chosen: z.string().nullable(),
    reasons: z.array(z.string()),
    flagged: z.boolean(),
  }),
  escalated: z.boolean(),
  mode: z.enum(['remote', 'onsite']).nullable(),
  report: FaultReportView.nullable(),
  rated: z.boolean(),
  createdAt: WireInstant,
  updatedAt: WireInstant,
  acceptedAt: WireInstant.nullable(),
  arrivedAt: WireInstant.nullable(),
  resolvedAt: WireInstant.nullable(),
  closedAt: WireInstant.nullable(),
  /** only in tickets.get: the audit timeline */
  events: z.array(TicketEventView).optional(),
  /** what the caller may do now */
  can: z.array(z.string()),
});
export type TicketView = z.infer<typeof TicketView>;

export const TicketOutput = z.object({ ticket: TicketView });
export const ResolveOutput = z.object({ ticket: TicketView, report: FaultReportView });
export const ListOutput = z.object({ items: z.array(TicketView), nextCursor: z.string().nullable() });

/** The technician gives up on a remote fix (or chooses on-site work from the start): the on-site clock starts. */
export const GoOnsiteInput = z.object({ id: Id, note: z.string().trim().max(200).optional() }).strict();

/** An active expert, whom routing never offers a ticket: the desk assigns one by 强制指派 (override with a reason). */
const ExpertOptionView = z.object({
  technicianId: z.string(),
  name: z.string(),
  /** on the expert team's shift now */
  onDuty: z.boolean(),
  /** the duty in words: 值班（主班）, 不在班, 在岗（未排班）… */
  duty: z.string(),
  /** open tickets they hold (offered, accepted, on site) */
  openLoad: z.number().int(),
});

/**
 * Dispatcher: every technician routing would consider for this ticket now, scored and explained, and the active
 * experts (on duty first), for tickets.assign.
 */
export const CandidatesOutput = z.object({
  candidates: z.array(RoutingCandidateView),
  experts: z.array(ExpertOptionView),
});

/** The fault report (故障处理报告) as a downloadable, printable HTML document. */
export const ReportFileOutput = z.object({ fileName: z.string(), url: z.string(), contentType: z.string() });

export const PauseInput = z
  .object({
    id: Id,
    kind: z.enum(['customer', 'parts']),
    reason: z.string().trim().min(2, { message: '请填写暂停原因' }).max(200),
  })
  .strict();
export const ResumeInput = z.object({ id: Id, note: z.string().trim().max(500).optional() }).strict();
export const PlanInput = z
  .object({ id: Id, plan: z.string().trim().min(5, { message: '请填写解决方案（至少 5 个字）' }).max(5000) })
  .strict();
export const AcknowledgeInput = z
  .object({ id: Id, milestone: z.enum(['respond', 'plan', 'remoteFix', 'onsite']) })
  .strict();

/** tickets.autoClose (timer): resolved tickets left unrated past the rating window. */
export const AutoCloseOutput = z.object({ closed: z.number().int(), examined: z.number().int() });
