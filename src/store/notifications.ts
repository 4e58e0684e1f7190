// Notifications store: the caller's notification centre (newest first, paged), the unread count and marking read.
import { create } from 'zustand';
import { ApiError, isApiError, notificationsApi, type Notification } from '../api';
import { UNAVAILABLE_MESSAGE } from '../api/api-error';
import type { LoadStatus } from './devices';

const PAGE = 20;

interface NotificationsState {
  items: Notification[];
  nextCursor: string | null;
  /** null until first known */
  unread: number | null;
  status: LoadStatus;
  loadingMore: boolean;
  error: ApiError | null;
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

function asApiError(e: unknown): ApiError {
  return isApiError(e) ? e : new ApiError('UNAVAILABLE', UNAVAILABLE_MESSAGE);
}

let latest = 0;

export const useNotificationsStore = create<NotificationsState>()((set, get) => ({
  items: [],
  nextCursor: null,
  unread: null,
  status: 'idle',
  loadingMore: false,
  error: null,
  refresh: async () => {
    const request = ++latest;
    set({ status: 'loading', error: null });
    try {
      const page = await notificationsApi.list({ limit: PAGE, cursor: null });
      if (request === latest) {
        set({
          items: page.items,
          nextCursor: page.nextCursor,
          unread: page.unread,
          status: 'ready',
          loadingMore: false,
        });
      }
    } catch (e) {
      if (request === latest) set({ status: 'error', error: asApiError(e) });
    }
  },
  loadMore: async () => {
    const { nextCursor, loadingMore, status, items } = get();
    if (!nextCursor || loadingMore || status === 'loading') return;
    const request = ++latest;
    set({ loadingMore: true, error: null });
    try {
      const page = await notificationsApi.list({ limit: PAGE, cursor: nextCursor });
      if (request !== latest) return;
      const seen = new Set(items.map((n) => n.id));
      set({
        items: [...items, ...page.items.filter((n) => !seen.has(n.id))],
        nextCursor: page.nextCursor,
        unread: page.unread,
        loadingMore: false,
      });
    } catch (e) {
      if (request === latest) set({ loadingMore: false, error: asApiError(e) });
    }
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
    const item = get().items.find((n) => n.id === id);
    if (item && item.read) return;
    set((s) => ({
      items: s.items.map((n) => (n.id === id ? { ...n, read: true } : n)),
      unread: s.unread === null ? null : Math.max(0, s.unread - 1),
    }));
    try {
      const { unread } = await notificationsApi.read([id]);
      set({ unread });
    } catch {
      // read state is a convenience: the next refresh tells the truth
    }
  },
  markAllRead: async () => {
    const { unread } = await notificationsApi.readAll();
    set((s) => ({ items: s.items.map((n) => ({ ...n, read: true })), unread }));
  },
  reset: () => {
    latest++;
    set({ items: [], nextCursor: null, unread: null, status: 'idle', loadingMore: false, error: null });
  },
}));
