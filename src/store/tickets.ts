// Tickets store: every ticket seen (by id, with its timeline) and every move on one, shared by the pages that show it.
// A move answers with the ticket as it now is, timeline included: that answer is what the store keeps.
import { create } from 'zustand';
import {
  slaApi,
  ticketsApi,
  type AssignOverride,
  type FaultReport,
  type Milestone,
  type PauseKind,
  type Position,
  type ReportRequest,
  type ResolveRequest,
  type Ticket,
} from '../api';
import { IDLE, keyedLoaders, type Resource } from './resource';
import { useServiceClockStore } from './service-clock';
import { useTicketListsStore } from './ticket-lists';

export type TicketEntry = Resource<Ticket>;

interface TicketsState {
  byId: Record<string, TicketEntry>;
  /** tickets.get (with the timeline); keeps the last good copy on screen on failure, unless it is no longer visible */
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
  /** with `override`: 强制指派 with its reason */
  assign: (id: string, technicianId: string, override?: AssignOverride) => Promise<Ticket>;
  /** 我来接手: an expert or the station lead takes the ticket (409 when someone else was first) */
  take: (id: string) => Promise<Ticket>;
  pause: (id: string, kind: PauseKind, reason: string) => Promise<Ticket>;
  resume: (id: string, note?: string) => Promise<Ticket>;
  attachPlan: (id: string, plan: string) => Promise<Ticket>;
  /** 我来处理: take an escalation (409 when someone else already did) */
  acknowledge: (id: string, milestone: Milestone) => Promise<Ticket>;
  /** forget everything (sign-out) */
  reset: () => void;
}

export const useTicketsStore = create<TicketsState>()((set, get) => {
  const tickets = keyedLoaders<Ticket>(
    (id) => get().byId[id],
    (id, patch) => set((s) => ({ byId: { ...s.byId, [id]: { ...(s.byId[id] ?? IDLE), ...patch } } })),
  );
  /** A fresh copy of a ticket: every list that shows it follows, and so does the service clock. */
  const spread = (ticket: Ticket) => {
    useTicketListsStore.getState().patch(ticket);
    useServiceClockStore.getState().syncFromTicket(ticket);
  };
  /** A move's answer is the ticket after it: kept as is (a load still under way no longer lands). */
  const moved = (ticket: Ticket) => {
    tickets.of(ticket.id).put(ticket);
    spread(ticket);
    return ticket;
  };
  const move = async (run: () => Promise<{ ticket: Ticket }>): Promise<Ticket> => moved((await run()).ticket);
  /**
   * A ticket this reader may no longer see (reassigned to someone else, or never theirs): its last copy goes, so no
   * page goes on showing it — and offering moves on it — as if it were still theirs.
   */
  const forget = (id: string) => set((s) => ({ byId: { ...s.byId, [id]: { ...(s.byId[id] ?? IDLE), data: null } } }));

  return {
    byId: {},
    load: async (id) => {
      const ticket = await tickets.of(id).load(async () => (await ticketsApi.get(id)).ticket);
      if (!ticket) {
        if (get().byId[id]?.error?.code === 'NOT_FOUND') forget(id);
        return null;
      }
      spread(ticket);
      return ticket;
    },
    report: (input) => move(() => ticketsApi.report(input)),
    accept: (id) => move(() => ticketsApi.accept(id)),
    reject: (id, reason) => move(() => ticketsApi.reject(id, reason)),
    goOnsite: (id, note) => move(() => ticketsApi.goOnsite(id, note)),
    arrive: (id, location) => move(() => ticketsApi.arrive(id, location)),
    resolve: async (input) => {
      const result = await ticketsApi.resolve(input);
      moved(result.ticket);
      return result;
    },
    confirm: (id) => move(() => ticketsApi.confirm(id)),
    reopen: (id, reason) => move(() => ticketsApi.reopen(id, reason)),
    cancel: (id, reason) => move(() => ticketsApi.cancel(id, reason)),
    assign: (id, technicianId, override) => move(() => ticketsApi.assign(id, technicianId, override)),
    take: (id) => move(() => ticketsApi.take(id)),
    pause: (id, kind, reason) => move(() => ticketsApi.pause(id, kind, reason)),
    resume: (id, note) => move(() => ticketsApi.resume(id, note)),
    attachPlan: (id, plan) => move(() => ticketsApi.attachPlan(id, plan)),
    acknowledge: (id, milestone) => move(() => slaApi.acknowledge(id, milestone)),
    reset: () => {
      tickets.reset();
      set({ byId: {} });
    },
  };
});
