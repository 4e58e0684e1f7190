// One ticket on a page: loaded on every show and polled every 10 s while on screen (live status and timeline).
import { useCallback } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import type { ApiError, Ticket } from '../api';
import type { LoadStatus } from '../store/resource';
import { useTicketsStore } from '../store/tickets';
import { usePolling, useRefreshOnShow } from './useOnShow';

const POLL_MS = 10_000;

export interface TicketState {
  ticket: Ticket | null;
  status: LoadStatus;
  error: ApiError | null;
  reload: () => Promise<unknown>;
}

export function useTicket(id: string, ready: boolean, { poll = true }: { poll?: boolean } = {}): TicketState {
  const entry = useTicketsStore((s) => (id ? s.byId[id] : undefined));
  const load = useTicketsStore((s) => s.load);
  const reload = useCallback(() => (id ? load(id) : Promise.resolve(null)), [load, id]);
  const refresh = useCallback(() => void reload(), [reload]);

  useRefreshOnShow(refresh, ready && !!id);
  usePolling(() => void reload(), POLL_MS, poll && ready && !!id);
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
  return { ticket: entry?.data ?? null, status: entry?.status ?? 'idle', error: entry?.error ?? null, reload };
}
