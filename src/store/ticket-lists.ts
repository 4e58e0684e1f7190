// Ticket lists store: each named list (我的工单, 待接单, 派单队列 …) with its query, pages and states. Every page that
// lands also sets the service clock (each listed ticket states the service time it was computed at), so a list's
// countdowns agree with the ticket page's.
import { create } from 'zustand';
import { ticketsApi, type Ticket, type TicketListQuery, type TicketPage } from '../api';
import { IDLE, keyedLoaders, type Resource } from './resource';
import { useServiceClockStore } from './service-clock';

/** `data`: the pages loaded so far, as one page (their items, and the cursor of the next). */
export interface TicketList extends Resource<TicketPage> {
  query: TicketListQuery | null;
  loadingMore: boolean;
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

export const EMPTY_TICKET_LIST: TicketList = { ...IDLE, query: null, loadingMore: false };

/** One page of a list, read from the service: its tickets' views tell the service clock what time it is there. */
async function listed(query: TicketListQuery): Promise<TicketPage> {
  const page = await ticketsApi.list(query);
  const first = page.items[0];
  if (first) useServiceClockStore.getState().syncFromTicket(first);
  return page;
}

/** The loaded pages and the next one, without repeating a ticket that moved up meanwhile. */
function appended(page: TicketPage) {
  return (data: TicketPage | null): TicketPage => {
    const items = data?.items ?? [];
    const seen = new Set(items.map((t) => t.id));
    return { items: [...items, ...page.items.filter((t) => !seen.has(t.id))], nextCursor: page.nextCursor };
  };
}

export const useTicketListsStore = create<TicketListsState>()((set, get) => {
  const patchList = (key: string, patch: Partial<TicketList>) =>
    set((s) => ({ lists: { ...s.lists, [key]: { ...(s.lists[key] ?? EMPTY_TICKET_LIST), ...patch } } }));
  const lists = keyedLoaders<TicketPage>((key) => get().lists[key], patchList);
  /** no page is on its way any more (unless the list is gone: signed out meanwhile) */
  const settled = (key: string) => {
    if (get().lists[key]) patchList(key, { loadingMore: false });
  };

  return {
    lists: {},
    refresh: async (key, query) => {
      patchList(key, { query });
      if (await lists.of(key).load(() => listed({ ...query, cursor: null }))) settled(key);
    },
    loadMore: async (key) => {
      const list = get().lists[key];
      const cursor = list?.data?.nextCursor;
      if (!list?.query || !cursor || list.loadingMore || list.status === 'loading') return;
      const { query } = list;
      patchList(key, { loadingMore: true });
      await lists.of(key).extend(async () => appended(await listed({ ...query, cursor })));
      settled(key);
    },
    patch: (ticket) =>
      set((s) => {
        const next: Record<string, TicketList> = {};
        for (const [key, list] of Object.entries(s.lists)) {
          const items = list.data?.items;
          next[key] =
            list.data && items?.some((t) => t.id === ticket.id)
              ? {
                  ...list,
                  data: {
                    ...list.data,
                    items: items.map((t) => (t.id === ticket.id ? { ...ticket, events: undefined } : t)),
                  },
                }
              : list;
        }
        return { lists: next };
      }),
    reset: () => {
      lists.reset();
      set({ lists: {} });
    },
  };
});
