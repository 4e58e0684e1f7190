// The `tickets` function: report, follow, and every move of a ticket (accept … resolve, confirm, reopen, assign,
// pause/resume, the expert plan). Every move answers with the ticket as it now is, timeline included.
import { call } from './client';
import type { AssignOverride, PauseKind, Position, ReportRequest, ResolveRequest, TicketListQuery } from './types';

export const ticketsApi = {
  report: (input: ReportRequest) => call('tickets', 'report', input),
  /** with `events`, the timeline */
  get: (id: string) => call('tickets', 'get', { id }),
  list: (query: TicketListQuery) => call('tickets', 'list', query),
  accept: (id: string) => call('tickets', 'accept', { id }),
  reject: (id: string, reason: string) => call('tickets', 'reject', { id, reason }),
  goOnsite: (id: string, note?: string) => call('tickets', 'goOnsite', note ? { id, note } : { id }),
  arrive: (id: string, location?: Position) => call('tickets', 'arrive', location ? { id, location } : { id }),
  resolve: (input: ResolveRequest) => call('tickets', 'resolve', input),
  confirm: (id: string) => call('tickets', 'confirm', { id }),
  reopen: (id: string, reason: string) => call('tickets', 'reopen', { id, reason }),
  cancel: (id: string, reason?: string) => call('tickets', 'cancel', reason ? { id, reason } : { id }),
  /** with `override` (强制指派): an expert or anyone routing would not offer it to, with the reason (2–200 字) */
  assign: (id: string, technicianId: string, override?: AssignOverride) =>
    call('tickets', 'assign', override ? { id, technicianId, override } : { id, technicianId }),
  /** expert / station lead: take the ticket themselves, accepted at once (409 when someone else was first) */
  take: (id: string) => call('tickets', 'take', { id }),
  candidates: (id: string) => call('tickets', 'candidates', { id }),
  reportFile: (id: string) => call('tickets', 'reportFile', { id }),
  /** assignee: stop the clocks while waiting for the customer or for parts */
  pause: (id: string, kind: PauseKind, reason: string) => call('tickets', 'pause', { id, kind, reason }),
  /** the customer's answer (note), or the assignee / a dispatcher going on */
  resume: (id: string, note?: string) => call('tickets', 'resume', note ? { id, note } : { id }),
  /** expert: the solution plan of a major fault */
  attachPlan: (id: string, plan: string) => call('tickets', 'attachPlan', { id, plan }),
};

/** One id per filled-in form: a retry or a double tap sends the same id, so the service makes one ticket. */
export function newClientRequestId(): string {
  return `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}
