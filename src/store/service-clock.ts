// Service clock store: how far the service's time is from this device's (0 unless a refresh showed otherwise).
import { create } from 'zustand';
import type { Ticket } from '../api';
import { nextOffset, serviceNowOf } from '../service-clock';

interface ServiceClockState {
  offsetMs: number;
  /** an exact service time (the board's `at`) */
  syncExact: (serviceNow: string) => void;
  /** the service time a freshly loaded ticket states */
  syncFromTicket: (ticket: Pick<Ticket, 'sla'>) => void;
}

export const useServiceClockStore = create<ServiceClockState>()((set, get) => ({
  offsetMs: 0,
  syncExact: (serviceNow) => {
    const offsetMs = nextOffset(get().offsetMs, Date.parse(serviceNow), Date.now(), 5_000);
    if (offsetMs !== get().offsetMs) set({ offsetMs });
  },
  syncFromTicket: (ticket) => {
    const at = serviceNowOf(ticket);
    if (at === null) return;
    const offsetMs = nextOffset(get().offsetMs, at, Date.now(), 5_000);
    if (offsetMs !== get().offsetMs) set({ offsetMs });
  },
}));
