// SLA board store (dispatcher / admin): open tickets grouped by how their promises stand (sla.board).
import { create } from 'zustand';
import { ApiError, isApiError, slaApi, type SlaBoard } from '../api';
import { UNAVAILABLE_MESSAGE } from '../api/api-error';
import type { LoadStatus } from './devices';
import { useServiceClockStore } from './service-clock';

interface SlaBoardState {
  board: SlaBoard | null;
  status: LoadStatus;
  error: ApiError | null;
  /** keeps the last board on screen while loading and on failure */
  refresh: () => Promise<void>;
}

let latest = 0;

export const useSlaBoardStore = create<SlaBoardState>()((set) => ({
  board: null,
  status: 'idle',
  error: null,
  refresh: async () => {
    const request = ++latest;
    set({ status: 'loading', error: null });
    try {
      const board = await slaApi.board();
      if (request !== latest) return;
      useServiceClockStore.getState().syncExact(board.at);
      set({ board, status: 'ready' });
    } catch (e) {
      if (request === latest) {
        set({ status: 'error', error: isApiError(e) ? e : new ApiError('UNAVAILABLE', UNAVAILABLE_MESSAGE) });
      }
    }
  },
}));
