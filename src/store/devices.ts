// Devices store: the caller's devices with warranty status (devices.list), loaded on demand and refreshable.
import { create } from 'zustand';
import { ApiError, devicesApi, isApiError, type Device } from '../api';
import { UNAVAILABLE_MESSAGE } from '../api/api-error';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

interface DevicesState {
  items: Device[];
  status: LoadStatus;
  error: ApiError | null;
  /** fetch the list again; keeps the old items on screen while loading and on failure */
  refresh: () => Promise<void>;
  /** forget everything (sign-out: the next account must not see these) */
  reset: () => void;
}

export const useDevicesStore = create<DevicesState>()((set) => ({
  items: [],
  status: 'idle',
  error: null,
  refresh: async () => {
    set({ status: 'loading', error: null });
    try {
      const { items } = await devicesApi.list();
      set({ items, status: 'ready' });
    } catch (e) {
      set({ status: 'error', error: isApiError(e) ? e : new ApiError('UNAVAILABLE', UNAVAILABLE_MESSAGE) });
    }
  },
  reset: () => set({ items: [], status: 'idle', error: null }),
}));
