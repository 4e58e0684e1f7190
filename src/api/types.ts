// The shapes the UI receives, inferred from core's zod schemas (types only: no zod in the bundle from here).
import type { z } from 'zod';
import type {
  CandidatesOutput,
  DemoUsersOutput,
  DeviceView,
  DeviceWarrantyOutput,
  DevLoginOutput,
  FaultReportView,
  ListInput,
  PartUsedSchema,
  ReportFileOutput,
  ReportInput,
  ResolveInput,
  SurveyScores,
  SurveySubmitInput,
  SurveyView,
  TicketEventView,
  TicketView,
  UploadView,
  UserView,
  WarrantyView,
} from '../../core/schemas';
import type { TicketAction } from '../../core/ticket/permissions';
import type { FaultCategory, Severity, TicketStatus } from '../../core/ticket/types';
import type { UploadPurpose } from '../../core/schemas/files';

export type SessionUser = UserView;
export type Device = DeviceView;
export type Warranty = WarrantyView;
export type DeviceWarranty = z.infer<typeof DeviceWarrantyOutput>;
export type DevLoginResult = z.infer<typeof DevLoginOutput>;
export type DemoUser = z.infer<typeof DemoUsersOutput>['items'][number];

export type Ticket = TicketView;
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

/** A check-in position (tickets.arrive). */
export interface Position {
  latitude: number;
  longitude: number;
  accuracy?: number;
}
