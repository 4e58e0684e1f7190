// The named shapes of the API reference: each is rendered once under "Shapes", and wherever a schema meets one (the
// same zod object, or an enum with the same options) it is written by its name.
import type { z } from 'zod';
import * as acceptance from '../../core/devices/acceptance';
import * as contract from '../../core/masterdata/contract';
import * as customerFields from '../../core/masterdata/customer';
import * as deviceFields from '../../core/masterdata/device';
import * as fields from '../../core/masterdata/fields';
import * as staffFields from '../../core/masterdata/staff';
import * as auth from '../../core/schemas/auth';
import * as changes from '../../core/schemas/changes';
import * as bookings from '../../core/schemas/bookings';
import * as common from '../../core/schemas/common';
import * as customers from '../../core/schemas/customers';
import * as devicePages from '../../core/schemas/device-pages';
import * as devices from '../../core/schemas/devices';
import * as files from '../../core/schemas/files';
import * as notifications from '../../core/schemas/notifications';
import * as rosters from '../../core/schemas/rosters';
import * as sla from '../../core/schemas/sla';
import * as staff from '../../core/schemas/staff';
import * as stations from '../../core/schemas/stations';
import * as surveys from '../../core/schemas/surveys';
import * as tickets from '../../core/schemas/tickets';

/** The modules the schemas come from, with their paths (to name a shape's source and read its comments). */
export const SCHEMA_MODULES: readonly { path: string; exports: Record<string, unknown> }[] = [
  { path: 'core/schemas/common.ts', exports: common },
  { path: 'core/schemas/auth.ts', exports: auth },
  { path: 'core/schemas/devices.ts', exports: devices },
  { path: 'core/schemas/tickets.ts', exports: tickets },
  { path: 'core/schemas/surveys.ts', exports: surveys },
  { path: 'core/schemas/files.ts', exports: files },
  { path: 'core/schemas/notifications.ts', exports: notifications },
  { path: 'core/schemas/rosters.ts', exports: rosters },
  { path: 'core/schemas/sla.ts', exports: sla },
  { path: 'core/schemas/customers.ts', exports: customers },
  { path: 'core/schemas/staff.ts', exports: staff },
  { path: 'core/schemas/stations.ts', exports: stations },
  { path: 'core/schemas/changes.ts', exports: changes },
  { path: 'core/schemas/device-pages.ts', exports: devicePages },
  { path: 'core/masterdata/fields.ts', exports: fields },
  { path: 'core/masterdata/contract.ts', exports: contract },
  { path: 'core/masterdata/customer.ts', exports: customerFields },
  { path: 'core/masterdata/device.ts', exports: deviceFields },
  { path: 'core/masterdata/staff.ts', exports: staffFields },
  { path: 'core/devices/acceptance.ts', exports: acceptance },
  { path: 'core/schemas/bookings.ts', exports: bookings },
];

export interface Shape {
  name: string;
  schema: z.ZodTypeAny;
  /** what the code does that the schema cannot show (a transform) */
  note?: string;
}

const arrayItem = (s: z.ZodTypeAny): z.ZodTypeAny => (s as z.ZodArray<z.ZodTypeAny>).element;

export const SHAPES: readonly Shape[] = [
  // scalars and enums
  { name: 'Id', schema: common.Id },
  { name: 'Serial', schema: common.Serial, note: 'upper-cased before use: `sn1001-a` finds `SN1001-A`' },
  { name: 'Instant', schema: common.WireInstant },
  { name: 'CalendarDate', schema: common.CalendarDateSchema },
  { name: 'FileId', schema: tickets.FileId, note: 'a file id from `files.upload` or `files.register`' },
  { name: 'Role', schema: auth.RoleSchema },
  { name: 'TicketStatus', schema: tickets.TicketStatusSchema },
  { name: 'Severity', schema: tickets.SeveritySchema },
  { name: 'FaultCategory', schema: tickets.FaultCategorySchema },
  { name: 'Milestone', schema: sla.MilestoneSchema },
  { name: 'BoardState', schema: sla.BoardStateSchema },
  { name: 'WarrantyState', schema: devices.WarrantyStateSchema },
  { name: 'UploadPurpose', schema: files.UploadPurposeSchema },
  { name: 'TemplateKey', schema: arrayItem(notifications.GrantInput.shape.accepted) },
  { name: 'Shift', schema: rosters.RosterEntrySchema.shape.shift },
  { name: 'DutyRole', schema: rosters.RosterEntrySchema.shape.role },
  // objects
  { name: 'User', schema: auth.UserView },
  { name: 'Device', schema: devices.DeviceView },
  { name: 'Warranty', schema: devices.WarrantyView },
  { name: 'Ticket', schema: tickets.TicketView },
  { name: 'TicketEvent', schema: tickets.TicketEventView },
  { name: 'SlaClock', schema: tickets.SlaClockView },
  { name: 'Escalation', schema: tickets.EscalationView },
  { name: 'RoutingCandidate', schema: arrayItem(tickets.CandidatesOutput.shape.candidates) },
  { name: 'FaultReport', schema: tickets.FaultReportView },
  { name: 'PartUsed', schema: tickets.PartUsedSchema },
  { name: 'Upload', schema: files.UploadView },
  { name: 'Notification', schema: notifications.NotificationView },
  { name: 'Survey', schema: surveys.SurveyView },
  { name: 'SurveyScores', schema: surveys.SurveyScores },
  { name: 'SurveyStatsRow', schema: surveys.SurveyStatsRow },
  { name: 'BoardItem', schema: sla.BoardItem },
  { name: 'AttainmentRow', schema: sla.AttainmentOutput.shape.total },
  { name: 'RosterWeek', schema: rosters.RosterWeekOutput },
  { name: 'RosterDay', schema: rosters.RosterDay },
  { name: 'RosterEntry', schema: rosters.RosterEntrySchema },
  { name: 'RecordId', schema: fields.RecordId },
  { name: 'Region', schema: fields.Region },
  { name: 'Phone', schema: common.Phone },
  { name: 'ProductLine', schema: deviceFields.ProductLineSchema },
  { name: 'StaffRole', schema: staffFields.StaffRoleSchema },
  { name: 'RecordKind', schema: changes.RecordKindSchema },
  { name: 'InvitationStatus', schema: auth.InvitationStatusSchema },
  { name: 'Contract', schema: contract.ContractSchema },
  { name: 'BusinessHours', schema: contract.BusinessHoursSchema },
  { name: 'SlaTerms', schema: contract.SlaTermsSchema },
  { name: 'CustomerSummary', schema: customers.CustomerSummaryView },
  { name: 'Customer', schema: customers.CustomerView },
  { name: 'Site', schema: customers.SiteView },
  { name: 'Contact', schema: customers.ContactView },
  { name: 'StaffMember', schema: staff.StaffView },
  { name: 'Station', schema: stations.StationView },
  { name: 'Change', schema: changes.ChangeView },
  { name: 'Acceptance', schema: devices.AcceptanceView },
  { name: 'ChecklistItem', schema: acceptance.ChecklistItemSchema },
  { name: 'Invitation', schema: auth.InvitationView },
  { name: 'Booking', schema: bookings.BookingView },
  { name: 'BookingStatus', schema: bookings.BookingStatusSchema },
  { name: 'CallJoin', schema: bookings.CallJoinSchema },
  { name: 'Availability', schema: bookings.AvailabilityView },
  { name: 'AvailabilityWindow', schema: bookings.AvailabilityWindowSchema },
];

/** Where a schema is exported from, if it is: the module's path and the export's name. */
export function exportOf(schema: z.ZodTypeAny): { path: string; name: string } | undefined {
  for (const m of SCHEMA_MODULES) {
    for (const [name, value] of Object.entries(m.exports)) if (value === schema) return { path: m.path, name };
  }
  return undefined;
}
