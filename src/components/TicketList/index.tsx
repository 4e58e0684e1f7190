// A list of tickets with its states: skeletons before the first answer, the error with 重试, the empty state, pages.
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { Ticket } from '../../api';
import type { TicketListState } from '../../hooks/useTicketList';
import ErrorState from '../ErrorState';
import ListSkeleton from '../ListSkeleton';
import LoadMore from '../LoadMore';
import './index.scss';

interface Props {
  list: TicketListState;
  /** shown when the list is known to be empty */
  empty: ReactNode;
  errorTitle?: string;
  /** only these (a client-side filter of the loaded pages) */
  filter?: (ticket: Ticket) => boolean;
  children: (ticket: Ticket) => ReactNode;
  className?: string;
}

export default function TicketList({ list, empty, errorTitle = '工单加载失败', filter, children, className }: Props) {
  const items = filter ? list.items.filter(filter) : list.items;
  const answered =
    list.query !== null && list.status !== 'idle' && !(list.status === 'loading' && list.items.length === 0);
  if (!answered && list.status !== 'error') return <ListSkeleton count={3} rows={2} />;
  if (list.status === 'error' && list.items.length === 0) {
    return (
      <ErrorState
        title={errorTitle}
        message={list.error?.message ?? '请稍后重试'}
        onRetry={() => void list.refresh()}
      />
    );
  }
  return (
    <View className={`ticket-list ${className ?? ''}`}>
      {list.status === 'error' ? (
        <View className="ticket-list__stale">刷新失败：{list.error?.message}（下拉重试）</View>
      ) : null}
      {items.length === 0 ? empty : items.map((ticket) => <View key={ticket.id}>{children(ticket)}</View>)}
      {list.items.length > 0 ? (
        <LoadMore hasMore={!!list.nextCursor} loading={list.loadingMore} onMore={list.loadMore} />
      ) : null}
    </View>
  );
}
