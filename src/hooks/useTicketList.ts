// A named ticket list on a page: refreshed on every show, pulled down to refresh, paged on reaching the bottom.
import { useCallback } from 'react';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { Ticket, TicketListQuery } from '../api';
import { EMPTY_TICKET_LIST, useTicketListsStore, type TicketList } from '../store/ticket-lists';
import { useRefreshOnShow } from './useOnShow';

export interface TicketListState extends TicketList {
  /** the tickets of the pages loaded so far */
  items: Ticket[];
  nextCursor: string | null;
  refresh: () => Promise<void>;
  loadMore: () => void;
}

const NONE: Ticket[] = [];

/**
 * `query` must be stable (a constant or memoised); `ready`: the page's user is known; `paged`: this list follows
 * the page's reach-bottom (one list per page does, e.g. the tab on screen).
 */
export function useTicketList(
  key: string,
  query: TicketListQuery,
  ready: boolean,
  { paged = true }: { paged?: boolean } = {},
): TicketListState {
  const list = useTicketListsStore((s) => s.lists[key] ?? EMPTY_TICKET_LIST);
  const refreshList = useTicketListsStore((s) => s.refresh);
  const loadMoreOf = useTicketListsStore((s) => s.loadMore);
  const refresh = useCallback(() => refreshList(key, query), [refreshList, key, query]);
  const loadMore = useCallback(() => void loadMoreOf(key), [loadMoreOf, key]);

  useRefreshOnShow(refresh, ready);
  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => {
    if (paged) loadMore();
  });
  return { ...list, items: list.data?.items ?? NONE, nextCursor: list.data?.nextCursor ?? null, refresh, loadMore };
}
