// One ticket on a page: loaded on every show and polled every 10 s while on screen (live status and timeline).
import { useCallback } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { EMPTY_TICKET_ENTRY, useTicketsStore, type TicketEntry } from '../store/tickets';
import { usePolling, useRefreshOnShow } from './useOnShow';

const POLL_MS = 10_000;

export interface TicketState extends TicketEntry {
  reload: () => Promise<unknown>;
}

export function useTicket(id: string, ready: boolean, { poll = true }: { poll?: boolean } = {}): TicketState {
  const entry = useTicketsStore((s) => (id ? s.byId[id] : undefined) ?? EMPTY_TICKET_ENTRY);
  const load = useTicketsStore((s) => s.load);
  const reload = useCallback(() => (id ? load(id) : Promise.resolve(null)), [load, id]);
  const refresh = useCallback(() => void reload(), [reload]);

  useRefreshOnShow(refresh, ready && !!id);
  usePolling(() => void reload(), POLL_MS, poll && ready && !!id);
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
  return { ...entry, reload };
}
