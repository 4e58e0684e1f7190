// Notifications store: the caller's notification centre (newest first, paged), the unread count and marking read.
// Each page read states the service's time, which sets the service clock ("昨天 14:05" counts from it).
import { create } from 'zustand';
import { notificationsApi, type Notification, type NotificationPage, type NotificationQuery } from '../api';
import { IDLE, loader, type Resource } from './resource';
import { useServiceClockStore } from './service-clock';

const PAGE = 20;

/** `data`: the pages loaded so far, as one page; `unread` is the count now (the badge needs it without the list). */
interface NotificationsState extends Resource<NotificationPage> {
  /** null until first known */
  unread: number | null;
  loadingMore: boolean;
  /** the first page again (and the unread count); keeps the old items on screen while loading and on failure */
  refresh: () => Promise<void>;
  loadMore: () => Promise<void>;
  /** only the count (the badge on each role's first screen) */
  refreshUnread: () => Promise<void>;
  /** marked read at once on screen, then on the service */
  markRead: (id: string) => Promise<void>;
  markAllRead: () => Promise<void>;
  reset: () => void;
}

/** One page of the centre, read from the service (and the service's time it states). */
async function listed(query: NotificationQuery): Promise<NotificationPage> {
  const page = await notificationsApi.list(query);
  useServiceClockStore.getState().syncExact(page.at);
  return page;
}

/** The loaded pages and the next one, without repeating a notification that moved up meanwhile. */
function appended(page: NotificationPage) {
  return (data: NotificationPage | null): NotificationPage => {
    const items = data?.items ?? [];
    const seen = new Set(items.map((n) => n.id));
    return { ...page, items: [...items, ...page.items.filter((n) => !seen.has(n.id))] };
  };
}

export const useNotificationsStore = create<NotificationsState>()((set, get) => {
  const centre = loader<NotificationPage>(get, (patch) => set(patch));
  const markedRead = (read: (n: Notification) => boolean) =>
    set((s) => ({
      data: s.data && { ...s.data, items: s.data.items.map((n) => (read(n) ? { ...n, read: true } : n)) },
    }));

  return {
    ...IDLE,
    unread: null,
    loadingMore: false,
    refresh: async () => {
      const page = await centre.load(() => listed({ limit: PAGE, cursor: null }));
      if (page) set({ unread: page.unread, loadingMore: false });
    },
    loadMore: async () => {
      const { data, loadingMore, status } = get();
      const cursor = data?.nextCursor;
      if (!cursor || loadingMore || status === 'loading') return;
      set({ loadingMore: true });
      const page = await centre.extend(async () => appended(await listed({ limit: PAGE, cursor })));
      set(page ? { unread: page.unread, loadingMore: false } : { loadingMore: false });
    },
    refreshUnread: async () => {
      try {
        const { unread } = await notificationsApi.unread();
        set({ unread });
      } catch {
        // the badge keeps its last count; the centre itself shows errors
      }
    },
    markRead: async (id) => {
      const item = get().data?.items.find((n) => n.id === id);
      if (item && item.read) return;
      markedRead((n) => n.id === id);
      set((s) => ({ unread: s.unread === null ? null : Math.max(0, s.unread - 1) }));
      try {
        const { unread } = await notificationsApi.read([id]);
        set({ unread });
      } catch {
        // read state is a convenience: the next refresh tells the truth
      }
    },
    markAllRead: async () => {
      const { unread } = await notificationsApi.readAll();
      markedRead(() => true);
      set({ unread });
    },
    reset: () => {
      centre.reset();
      set({ unread: null, loadingMore: false });
    },
  };
});
