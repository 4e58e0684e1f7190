// Tickets store: every ticket seen (by id, with its timeline) and every move on one, shared by the pages that show it.
import { create } from 'zustand';
import {
  ApiError,
  isApiError,
  slaApi,
  ticketsApi,
  type FaultReport,
  type Milestone,
  type PauseKind,
  type Position,
  type ReportRequest,
  type ResolveRequest,
  type Ticket,
} from '../api';
import { UNAVAILABLE_MESSAGE } from '../api/api-error';
import type { LoadStatus } from './devices';
import { useServiceClockStore } from './service-clock';
import { useTicketListsStore } from './ticket-lists';

export interface TicketEntry {
  ticket: Ticket | null;
  status: LoadStatus;
  error: ApiError | null;
}

interface TicketsState {
  byId: Record<string, TicketEntry>;
  /** tickets.get (with the timeline); keeps the last good copy on screen on failure */
  load: (id: string) => Promise<Ticket | null>;
  report: (input: ReportRequest) => Promise<Ticket>;
  accept: (id: string) => Promise<Ticket>;
  reject: (id: string, reason: string) => Promise<Ticket>;
  goOnsite: (id: string, note?: string) => Promise<Ticket>;
  arrive: (id: string, location?: Position) => Promise<Ticket>;
  resolve: (input: ResolveRequest) => Promise<{ ticket: Ticket; report: FaultReport }>;
  confirm: (id: string) => Promise<Ticket>;
  reopen: (id: string, reason: string) => Promise<Ticket>;
  cancel: (id: string, reason?: string) => Promise<Ticket>;
  assign: (id: string, technicianId: string) => Promise<Ticket>;
  pause: (id: string, kind: PauseKind, reason: string) => Promise<Ticket>;
  resume: (id: string, note?: string) => Promise<Ticket>;
  attachPlan: (id: string, plan: string) => Promise<Ticket>;
  /** 我来处理: take an escalation (409 when someone else already did) */
  acknowledge: (id: string, milestone: Milestone) => Promise<Ticket>;
  /** forget everything (sign-out) */
  reset: () => void;
}

export const EMPTY_TICKET_ENTRY: TicketEntry = { ticket: null, status: 'idle', error: null };

function asApiError(e: unknown): ApiError {
  return isApiError(e) ? e : new ApiError('UNAVAILABLE', UNAVAILABLE_MESSAGE);
}

/** The newer of two copies; a move's answer has no timeline, so the cached one stays until the next load. */
function merge(old: Ticket | null, next: Ticket): Ticket {
  if (!old) return next;
  if (Date.parse(next.updatedAt) < Date.parse(old.updatedAt)) return old;
  if (next.events) return next;
  return old.events ? { ...next, events: old.events } : next;
}

export const useTicketsStore = create<TicketsState>()((set, get) => {
  const entry = (id: string) => get().byId[id] ?? EMPTY_TICKET_ENTRY;
  const patchEntry = (id: string, patch: Partial<TicketEntry>) =>
    set((s) => ({ byId: { ...s.byId, [id]: { ...(s.byId[id] ?? EMPTY_TICKET_ENTRY), ...patch } } }));

  /** A ticket that changed: into the cache and every list that shows it, then its timeline fetched again. */
  const put = (ticket: Ticket) => {
    patchEntry(ticket.id, { ticket: merge(entry(ticket.id).ticket, ticket), status: 'ready', error: null });
    useTicketListsStore.getState().patch(ticket);
    useServiceClockStore.getState().syncFromTicket(ticket);
  };
  /** `refetch`: fetch the timeline again (not after a reject: the ticket is no longer the caller's to see). */
  const move = async (run: () => Promise<{ ticket: Ticket }>, refetch = true): Promise<Ticket> => {
    const { ticket } = await run();
    put(ticket);
    if (refetch) void get().load(ticket.id);
    return ticket;
  };

  return {
    byId: {},
    load: async (id) => {
      patchEntry(id, { status: 'loading', error: null });
      try {
        const { ticket } = await ticketsApi.get(id);
        put(ticket);
        return get().byId[id]?.ticket ?? ticket;
      } catch (e) {
        patchEntry(id, { status: 'error', error: asApiError(e) });
        return null;
      }
    },
    report: (input) => move(() => ticketsApi.report(input)),
    accept: (id) => move(() => ticketsApi.accept(id)),
    reject: (id, reason) => move(() => ticketsApi.reject(id, reason), false),
    goOnsite: (id, note) => move(() => ticketsApi.goOnsite(id, note)),
    arrive: (id, location) => move(() => ticketsApi.arrive(id, location)),
    resolve: async (input) => {
      const result = await ticketsApi.resolve(input);
      put(result.ticket);
      void get().load(result.ticket.id);
      return result;
    },
    confirm: (id) => move(() => ticketsApi.confirm(id)),
    reopen: (id, reason) => move(() => ticketsApi.reopen(id, reason)),
    cancel: (id, reason) => move(() => ticketsApi.cancel(id, reason)),
    assign: (id, technicianId) => move(() => ticketsApi.assign(id, technicianId)),
    pause: (id, kind, reason) => move(() => ticketsApi.pause(id, kind, reason)),
    resume: (id, note) => move(() => ticketsApi.resume(id, note)),
    attachPlan: (id, plan) => move(() => ticketsApi.attachPlan(id, plan)),
    acknowledge: (id, milestone) => move(() => slaApi.acknowledge(id, milestone)),
    reset: () => set({ byId: {} }),
  };
});
