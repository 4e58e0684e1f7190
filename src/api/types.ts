// The shapes the UI sends and receives, read off core's action map (InputOf / OutputOf): types only, no zod in the
// bundle from here.
import type { InputOf, OutputOf } from '../../core/api';
import type { TicketAction } from '../../core/ticket/permissions';
import type { FaultCategory, Severity, TicketStatus } from '../../core/ticket/types';
import type { UploadPurpose } from '../../core/schemas/files';
import type { TemplateKey } from '../../core/notify/templates';

export type SessionUser = OutputOf<'auth', 'me'>['user'];
export type DevLoginResult = OutputOf<'auth', 'devLogin'>;
export type DemoUser = OutputOf<'auth', 'demoUsers'>['items'][number];

export type Device = OutputOf<'devices', 'list'>['items'][number];
export type Warranty = Device['warranty'];
export type DeviceWarranty = OutputOf<'devices', 'warranty'>;

/** With `events`, the timeline (every move and tickets.get answer with it; list items come without). */
export type Ticket = OutputOf<'tickets', 'get'>['ticket'];
export type TicketEvent = NonNullable<Ticket['events']>[number];
export type FaultReport = OutputOf<'tickets', 'resolve'>['report'];
export type PartUsed = FaultReport['partsUsed'][number];
export type RoutingCandidate = OutputOf<'tickets', 'candidates'>['candidates'][number];
/** An active expert on the assign page (reached only by 强制指派). */
export type ExpertOption = OutputOf<'tickets', 'candidates'>['experts'][number];
export type AssignOverride = NonNullable<InputOf<'tickets', 'assign'>['override']>;
export type ReportFile = OutputOf<'tickets', 'reportFile'>;
export type TicketPage = OutputOf<'tickets', 'list'>;
export type PauseKind = InputOf<'tickets', 'pause'>['kind'];
/** A check-in position (tickets.arrive). */
export type Position = NonNullable<InputOf<'tickets', 'arrive'>['location']>;
export type { FaultCategory, Severity, TicketAction, TicketStatus, UploadPurpose };

/** What the report form sends (defaults such as category and photos may be left out). */
export type ReportRequest = InputOf<'tickets', 'report'>;
export type ResolveRequest = InputOf<'tickets', 'resolve'>;
export type TicketListQuery = InputOf<'tickets', 'list'>;

export type Survey = OutputOf<'surveys', 'submit'>['survey'];
export type SurveyScoreSet = Survey['scores'];
export type SurveyRequest = InputOf<'surveys', 'submit'>;
export type SurveyStatsQuery = InputOf<'surveys', 'stats'>;
export type SurveyStats = OutputOf<'surveys', 'stats'>;
export type SurveyStatsRow = SurveyStats['total'];

export type Upload = OutputOf<'files', 'register'>['upload'];

export type Milestone = InputOf<'sla', 'acknowledge'>['milestone'];
export type SlaBoard = OutputOf<'sla', 'board'>;
export type SlaBoardGroup = SlaBoard['groups'][number];
export type SlaBoardItem = SlaBoardGroup['items'][number];
export type AttainmentQuery = InputOf<'sla', 'attainment'>;
export type AttainmentReport = OutputOf<'sla', 'attainment'>;
export type AttainmentRow = AttainmentReport['total'];
export type EvidenceFile = OutputOf<'sla', 'evidence'>;

export type NotificationQuery = InputOf<'notifications', 'list'>;
export type NotificationPage = OutputOf<'notifications', 'list'>;
export type Notification = NotificationPage['items'][number];
export type SubscriptionTemplate = OutputOf<'notifications', 'templates'>['templates'][number];
export type { TemplateKey };

export type RosterWeek = OutputOf<'rosters', 'week'>;
export type RosterEntry = RosterWeek['entries'][number];
export type RosterDay = RosterWeek['days'][number];
export type RosterSave = InputOf<'rosters', 'save'>;
export type RosterSwapRequest = InputOf<'rosters', 'swap'>;
export type OnDuty = OutputOf<'rosters', 'onDuty'>;
export type HolidayYear = OutputOf<'rosters', 'holidays'>;
export type HolidayDay = InputOf<'rosters', 'saveHolidays'>['days'][number];
export type HolidaySave = InputOf<'rosters', 'saveHolidays'>;
export type ParsedHolidayNotice = OutputOf<'rosters', 'parseHolidayNotice'>;
