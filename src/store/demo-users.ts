// Demo users store (local host only): the accounts the H5 sign-in page offers (auth.demoUsers, public).
import { create } from 'zustand';
import { ApiError, authApi, isApiError, type DemoUser } from '../api';
import { UNAVAILABLE_MESSAGE } from '../api/api-error';
import type { LoadStatus } from './devices';

interface DemoUsersState {
  items: DemoUser[];
  status: LoadStatus;
  error: ApiError | null;
  refresh: () => Promise<void>;
}

export const useDemoUsersStore = create<DemoUsersState>()((set) => ({
  items: [],
  status: 'idle',
  error: null,
  refresh: async () => {
    set({ status: 'loading', error: null });
    try {
      const { items } = await authApi.demoUsers();
      set({ items, status: 'ready' });
    } catch (e) {
      set({ status: 'error', error: isApiError(e) ? e : new ApiError('UNAVAILABLE', UNAVAILABLE_MESSAGE) });
    }
  },
}));
