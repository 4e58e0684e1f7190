// Ticket lists store: each named list (我的工单, 待接单, 派单队列 …) with its query, pages and states.
import { create } from 'zustand';
import { ApiError, isApiError, ticketsApi, type Ticket, type TicketListQuery } from '../api';
import { UNAVAILABLE_MESSAGE } from '../api/api-error';
import type { LoadStatus } from './devices';

export interface TicketList {
  query: TicketListQuery | null;
  items: Ticket[];
  nextCursor: string | null;
  status: LoadStatus;
  loadingMore: boolean;
  error: ApiError | null;
}

interface TicketListsState {
  lists: Record<string, TicketList>;
  /** the first page again; keeps the old items on screen while loading and on failure */
  refresh: (key: string, query: TicketListQuery) => Promise<void>;
  /** the next page (nextCursor), appended */
  loadMore: (key: string) => Promise<void>;
  /** a ticket that changed elsewhere: replace it wherever it is listed */
  patch: (ticket: Ticket) => void;
  reset: () => void;
}

export const EMPTY_TICKET_LIST: TicketList = {
  query: null,
  items: [],
  nextCursor: null,
  status: 'idle',
  loadingMore: false,
  error: null,
};

function asApiError(e: unknown): ApiError {
  return isApiError(e) ? e : new ApiError('UNAVAILABLE', UNAVAILABLE_MESSAGE);
}

/** The latest request per list: an older answer arriving late is ignored. */
const latest: Record<string, number> = {};
let requests = 0;

export const useTicketListsStore = create<TicketListsState>()((set, get) => {
  const patchList = (key: string, patch: Partial<TicketList>) =>
    set((s) => ({ lists: { ...s.lists, [key]: { ...(s.lists[key] ?? EMPTY_TICKET_LIST), ...patch } } }));

  return {
    lists: {},
    refresh: async (key, query) => {
      const request = (latest[key] = ++requests);
      patchList(key, { query, status: 'loading', error: null });
      try {
        const { items, nextCursor } = await ticketsApi.list({ ...query, cursor: null });
        if (latest[key] === request) patchList(key, { items, nextCursor, status: 'ready', loadingMore: false });
      } catch (e) {
        if (latest[key] === request) patchList(key, { status: 'error', error: asApiError(e) });
      }
    },
    loadMore: async (key) => {
      const list = get().lists[key];
      if (!list?.query || !list.nextCursor || list.loadingMore || list.status === 'loading') return;
      const request = (latest[key] = ++requests);
      patchList(key, { loadingMore: true, error: null });
      try {
        const page = await ticketsApi.list({ ...list.query, cursor: list.nextCursor });
        if (latest[key] !== request) return;
        const seen = new Set(list.items.map((t) => t.id));
        patchList(key, {
          items: [...list.items, ...page.items.filter((t) => !seen.has(t.id))],
          nextCursor: page.nextCursor,
          loadingMore: false,
        });
      } catch (e) {
        if (latest[key] === request) patchList(key, { loadingMore: false, error: asApiError(e) });
      }
    },
    patch: (ticket) =>
      set((s) => {
        const lists: Record<string, TicketList> = {};
        for (const [key, list] of Object.entries(s.lists)) {
          lists[key] = list.items.some((t) => t.id === ticket.id)
            ? { ...list, items: list.items.map((t) => (t.id === ticket.id ? { ...ticket, events: undefined } : t)) }
            : list;
        }
        return { lists };
      }),
    reset: () => set({ lists: {} }),
  };
});
