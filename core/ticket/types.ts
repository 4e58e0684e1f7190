// The ticket (工单) as stored: status, device and warranty snapshot, routing decision, SLA times, and its event log.
import type { StoredDoc } from '../model';
import type { SlaPolicy } from '../sla/policy';
import type { Instant } from '../time';
import type { WarrantySnapshot } from '../warranty/ticket';

export const TICKET_STATUSES = [
  'reported',
  'assigned',
  'accepted',
  'onsite',
  'resolved',
  'confirmed',
  'closed',
  'cancelled',
  'reopened',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const SEVERITIES = ['common', 'major'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FAULT_CATEGORIES = {
  hardware: '硬件故障',
  software: '软件/系统故障',
  network: '网络/通信故障',
  consumable: '耗材/配件',
  other: '其他',
} as const;
export type FaultCategory = keyof typeof FAULT_CATEGORIES;

export type ResolveMode = 'remote' | 'onsite';

export const REPORT_CHANNELS = ['app', 'phone', 'wechat', 'onsite'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];
export const CHANNEL_LABELS: Record<ReportChannel, string> = {
  app: '小程序报修',
  phone: '电话报修',
  wechat: '微信报修',
  onsite: '现场报修',
};

/** One candidate routing considered: its score and why, or why it was excluded. */
export interface RoutingCandidate {
  technicianId: string;
  name: string;
  score: number;
  reasons: string[];
  /** set when the candidate could not be offered the ticket */
  excluded?: string;
}

export interface RoutingDecision {
  candidates: RoutingCandidate[];
  /** the technician offered the ticket, or null (the dispatchers' queue) */
  chosen: string | null;
  reasons: string[];
  decidedAt: Instant;
  /** no candidate: waits in the dispatchers' queue */
  flagged: boolean;
  /** what made the decision; 'take': someone stepped in and took the ticket themselves (tickets.take) */
  trigger: 'report' | 'reject' | 'reopen' | 'dispatcher' | 'timeout' | 'take';
}

export interface TicketEvent {
  seq: number;
  at: Instant;
  /** user id, or "system" for timers and routing */
  by: string;
  byRole: string;
  type: string;
  from?: TicketStatus;
  to?: TicketStatus;
  note?: string;
  data?: Record<string, unknown>;
}

export interface PartUsed {
  name: string;
  quantity: number;
  /** billed at cost when the device is out of warranty, yuan */
  unitPrice?: number;
}

export interface FaultReport {
  no: string;
  cause: string;
  actions: string;
  mode: ResolveMode;
  partsUsed: PartUsed[];
  handlerId: string;
  handlerName: string;
  /** the signature image (file id) */
  handlerSignature: string;
  productFeedback?: string;
  resolvedAt: Instant;
}

/** The SLA summary stored on the ticket, recomputed from the event log on every write (core/sla/summary). */
export interface TicketSla {
  policyId: string;
  respondBy: Instant;
  arriveBy?: Instant;
  remoteFixBy?: Instant;
  planBy?: Instant;
  /** milestones of the current round whose time ran out */
  breached: string[];
  /** the dispatcher board's grouping */
  state: 'on-track' | 'warned' | 'breached' | 'escalated' | 'paused' | 'done';
  /** highest escalation rung reached in the current round (0: none) */
  escalationLevel: number;
  /** the most urgent running deadline (board order) */
  urgentDueAt: Instant | null;
  /** when the sla timer must look at this ticket next (indexed): warnings, breaches, climbs, offer timeouts */
  nextDueAt: Instant | null;
}

/** The expert team's solution plan (专家方案) for a major fault. */
export interface SolutionPlan {
  text: string;
  by: string;
  byName: string;
  at: Instant;
}

export interface TicketDoc extends StoredDoc {
  no: string;
  status: TicketStatus;
  severity: Severity;
  category: FaultCategory;
  description: string;
  environment?: string;
  photos: string[];
  /** a short video of the fault (file id), or null */
  video: string | null;
  contactPhone: string;
  address: string;
  region: string;
  serial: string;
  deviceName: string;
  productLine: string;
  customerId: string;
  /** who filed it: the customer's user in the app, or the desk user who took the call (tickets.reportFor) */
  reporterId: string;
  /**
   * who hears the customer's side when the reporter is the desk: the organisation's primary contact user (null: none
   * bound); absent on the customer's own reports, where the reporter hears it
   */
  customerRecipientId?: string | null;
  /** how the fault came in: the app (absent on reports before the hotline), or the hotline by phone, WeChat or on site */
  channel?: ReportChannel;
  /** who called the hotline (tickets.reportFor) */
  caller?: { name: string; phone: string };
  clientRequestId: string;
  /** the device's warranty when the fault was reported (read it through core/warranty/ticket) */
  warranty: WarrantySnapshot;
  /** repairs and parts billed at cost (out of warranty) */
  billable: boolean;
  /** the technician offered or holding the ticket */
  assigneeId: string | null;
  offeredAt: Instant | null;
  /** technicians who rejected it: never offered it again */
  rejectedBy: string[];
  /** technicians whose offer timed out: never offered it again either */
  timedOutBy: string[];
  /** whose open load this ticket counts in (the assignee while offered, accepted or on site; else null) — indexed */
  loadOf?: string | null;
  routing: RoutingDecision;
  escalated: boolean;
  mode: ResolveMode | null;
  /** the policy the ticket was reported under (the contract's, else the service plan's) */
  slaPolicy: SlaPolicy;
  sla: TicketSla;
  plan: SolutionPlan | null;
  report: FaultReport | null;
  /** reports of earlier rounds, when the customer reopened the ticket */
  previousReports: FaultReport[];
  surveyId: string | null;
  createdAt: Instant;
  updatedAt: Instant;
  /** when the current round of service started: the report, or the last reopening (the SLA clocks run from it) */
  slaStartedAt: Instant;
  acceptedAt: Instant | null;
  arrivedAt: Instant | null;
  resolvedAt: Instant | null;
  confirmedAt: Instant | null;
  closedAt: Instant | null;
  events: TicketEvent[];
}
