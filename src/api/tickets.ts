// The `tickets` function: report, follow, and every move of a ticket (accept … resolve, confirm, reopen, assign,
// pause/resume, the expert plan).
import { call } from './client';
import type {
  FaultReport,
  PauseKind,
  Position,
  ReportFile,
  ReportRequest,
  ResolveRequest,
  RoutingCandidate,
  Ticket,
  TicketListQuery,
  TicketPage,
} from './types';

type One = { ticket: Ticket };

export const ticketsApi = {
  report: (input: ReportRequest) => call<One>('tickets', 'report', input),
  /** with `events`, the timeline */
  get: (id: string) => call<One>('tickets', 'get', { id }),
  list: (query: TicketListQuery) => call<TicketPage>('tickets', 'list', query),
  accept: (id: string) => call<One>('tickets', 'accept', { id }),
  reject: (id: string, reason: string) => call<One>('tickets', 'reject', { id, reason }),
  goOnsite: (id: string, note?: string) => call<One>('tickets', 'goOnsite', note ? { id, note } : { id }),
  arrive: (id: string, location?: Position) => call<One>('tickets', 'arrive', location ? { id, location } : { id }),
  resolve: (input: ResolveRequest) => call<{ ticket: Ticket; report: FaultReport }>('tickets', 'resolve', input),
  confirm: (id: string) => call<One>('tickets', 'confirm', { id }),
  reopen: (id: string, reason: string) => call<One>('tickets', 'reopen', { id, reason }),
  cancel: (id: string, reason?: string) => call<One>('tickets', 'cancel', reason ? { id, reason } : { id }),
  assign: (id: string, technicianId: string) => call<One>('tickets', 'assign', { id, technicianId }),
  candidates: (id: string) => call<{ candidates: RoutingCandidate[] }>('tickets', 'candidates', { id }),
  reportFile: (id: string) => call<ReportFile>('tickets', 'reportFile', { id }),
  /** assignee: stop the clocks while waiting for the customer or for parts */
  pause: (id: string, kind: PauseKind, reason: string) => call<One>('tickets', 'pause', { id, kind, reason }),
  /** the customer's answer (note), or the assignee / a dispatcher going on */
  resume: (id: string, note?: string) => call<One>('tickets', 'resume', note ? { id, note } : { id }),
  /** expert: the solution plan of a major fault */
  attachPlan: (id: string, plan: string) => call<One>('tickets', 'attachPlan', { id, plan }),
};

/** One id per filled-in form: a retry or a double tap sends the same id, so the service makes one ticket. */
export function newClientRequestId(): string {
  return `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}
