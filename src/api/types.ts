// The shapes the UI receives, inferred from core's zod schemas (types only: no zod in the bundle from here).
import type { z } from 'zod';
import type {
  AttainmentInput,
  AttainmentOutput,
  BoardOutput,
  CandidatesOutput,
  DemoUsersOutput,
  DeviceView,
  DeviceWarrantyOutput,
  DevLoginOutput,
  EvidenceOutput,
  FaultReportView,
  ListInput,
  MilestoneSchema,
  NotificationsListInput,
  NotificationsListOutput,
  NotificationView,
  OnDutyOutput,
  PartUsedSchema,
  ReportFileOutput,
  ReportInput,
  ResolveInput,
  RosterSaveInput,
  RosterSwapInput,
  RosterWeekOutput,
  SurveyScores,
  SurveyStatsInput,
  SurveyStatsOutput,
  SurveySubmitInput,
  SurveyView,
  TicketEventView,
  TemplatesOutput,
  TicketView,
  UploadView,
  UserView,
  WarrantyView,
} from '../../core/schemas';
import type { TicketAction } from '../../core/ticket/permissions';
import type { FaultCategory, Severity, TicketStatus } from '../../core/ticket/types';
import type { UploadPurpose } from '../../core/schemas/files';
import type { TemplateKey } from '../../core/notify/templates';

export type SessionUser = UserView;
export type Device = DeviceView;
export type Warranty = WarrantyView;
export type DeviceWarranty = z.infer<typeof DeviceWarrantyOutput>;
export type DevLoginResult = z.infer<typeof DevLoginOutput>;
export type DemoUser = z.infer<typeof DemoUsersOutput>['items'][number];

export type Ticket = TicketView;
export type PauseKind = NonNullable<Ticket['sla']['paused']>['kind'];
export type TicketEvent = z.infer<typeof TicketEventView>;
export type FaultReport = z.infer<typeof FaultReportView>;
export type PartUsed = z.infer<typeof PartUsedSchema>;
export type RoutingCandidate = z.infer<typeof CandidatesOutput>['candidates'][number];
export type ReportFile = z.infer<typeof ReportFileOutput>;
export type { FaultCategory, Severity, TicketAction, TicketStatus, UploadPurpose };

/** What the report form sends (defaults such as category and photos may be left out). */
export type ReportRequest = z.input<typeof ReportInput>;
export type ResolveRequest = z.input<typeof ResolveInput>;
export type TicketListQuery = z.input<typeof ListInput>;
export interface TicketPage {
  items: Ticket[];
  nextCursor: string | null;
}

export type Survey = z.infer<typeof SurveyView>;
export type SurveyScoreSet = z.infer<typeof SurveyScores>;
export type SurveyRequest = z.input<typeof SurveySubmitInput>;

export type Upload = UploadView;

export type Milestone = z.infer<typeof MilestoneSchema>;
export type SlaBoard = z.infer<typeof BoardOutput>;
export type SlaBoardGroup = SlaBoard['groups'][number];
export type SlaBoardItem = SlaBoardGroup['items'][number];
export type AttainmentQuery = z.input<typeof AttainmentInput>;
export type AttainmentReport = z.infer<typeof AttainmentOutput>;
export type AttainmentRow = AttainmentReport['total'];
export type EvidenceFile = z.infer<typeof EvidenceOutput>;

export type Notification = z.infer<typeof NotificationView>;
export type NotificationQuery = z.input<typeof NotificationsListInput>;
export type NotificationPage = z.infer<typeof NotificationsListOutput>;
export type SubscriptionTemplate = z.infer<typeof TemplatesOutput>['templates'][number];
export type { TemplateKey };

export type RosterWeek = z.infer<typeof RosterWeekOutput>;
export type RosterEntry = RosterWeek['entries'][number];
export type RosterDay = RosterWeek['days'][number];
export type RosterSave = z.input<typeof RosterSaveInput>;
export type RosterSwapRequest = z.input<typeof RosterSwapInput>;
export type OnDuty = z.infer<typeof OnDutyOutput>;

export type SurveyStatsQuery = z.input<typeof SurveyStatsInput>;
export type SurveyStats = z.infer<typeof SurveyStatsOutput>;
export type SurveyStatsRow = SurveyStats['total'];

/** A check-in position (tickets.arrive). */
export interface Position {
  latitude: number;
  longitude: number;
  accuracy?: number;
}
