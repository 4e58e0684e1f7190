// 消息通知 (every role): newest first with unread dots, pull to refresh, paged, 全部已读; a tap opens the message's
// ticket on the screen this role acts from and marks it read; escalations carry 我来处理.
import { useCallback, useEffect, useMemo } from 'react';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { messageOf, type Notification } from '../../api';
import EmptyState from '../../components/EmptyState';
import ErrorState from '../../components/ErrorState';
import ListSkeleton from '../../components/ListSkeleton';
import LoadMore from '../../components/LoadMore';
import NotificationItem, { escalationOf, type Escalation } from '../../components/NotificationItem';
import SessionGate from '../../components/SessionGate';
import { toast } from '../../confirm';
import { ROLE_ORDER } from '../../constants';
import { useAcknowledge } from '../../hooks/useAcknowledge';
import { useNow, useRefreshOnShow } from '../../hooks/useOnShow';
import { useRequireUser } from '../../hooks/useSession';
import { openPage, ticketPageFor } from '../../navigation';
import { useNotificationsStore } from '../../store/notifications';
import { useTicketsStore } from '../../store/tickets';
import './index.scss';

/** Escalation tickets looked up at once, to show who took each (a page has a few at most). */
const LOOKUP_LIMIT = 10;
const NONE: Notification[] = [];

export default function NotificationsPage() {
  const { user, errorMessage, retry } = useRequireUser(ROLE_ORDER);
  const store = useNotificationsStore();
  const { refresh, loadMore, markRead, markAllRead } = store;
  const items = store.data?.items ?? NONE;
  const tickets = useTicketsStore((s) => s.byId);
  const loadTicket = useTicketsStore((s) => s.load);
  const acknowledging = useAcknowledge();
  const now = useNow();

  const reload = useCallback(() => void refresh(), [refresh]);
  useRefreshOnShow(reload, !!user);
  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void loadMore());

  // Who took each escalation lives on its ticket: look those tickets up once they are listed.
  const escalationTickets = useMemo(
    () => [...new Set(items.flatMap((n) => escalationOf(n)?.ticketId ?? []))].slice(0, LOOKUP_LIMIT),
    [items],
  );
  useEffect(() => {
    for (const id of escalationTickets) {
      if (!useTicketsStore.getState().byId[id]) void loadTicket(id);
    }
  }, [escalationTickets, loadTicket]);

  if (!user) {
    return (
      <View className="page notifications">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }

  const open = (n: Notification) => {
    void markRead(n.id);
    const ticketId = typeof n.data.ticketId === 'string' ? n.data.ticketId : null;
    if (ticketId) openPage(ticketPageFor(user.role), { id: ticketId });
  };
  const take = async (n: Notification, e: Escalation) => {
    void markRead(n.id);
    await acknowledging.take(e.ticketId, e.milestone);
  };
  const readAll = async () => {
    try {
      await markAllRead();
      toast('已全部标为已读', 'success');
    } catch (e) {
      toast(messageOf(e));
    }
  };

  const answered = store.status === 'ready' || items.length > 0;
  return (
    <View className="page notifications">
      <View className="notifications__bar">
        <Text className="notifications__count">
          {store.unread ? `${store.unread} 条未读` : answered ? '没有未读消息' : ''}
        </Text>
        {store.unread ? (
          <Text className="notifications__read-all notifications-read-all" onClick={() => void readAll()}>
            全部已读
          </Text>
        ) : null}
      </View>
      {store.status === 'error' && items.length === 0 ? (
        <ErrorState title="消息加载失败" message={store.error?.message ?? '请稍后重试'} onRetry={reload} />
      ) : !answered ? (
        <ListSkeleton count={4} rows={2} />
      ) : items.length === 0 ? (
        <EmptyState
          className="notifications-empty"
          title="暂无消息"
          description="派单、进度、时限预警和升级会在这里通知您"
        />
      ) : (
        <View className="notifications__list">
          {store.status === 'error' ? (
            <View className="notifications__stale">刷新失败：{store.error?.message}（下拉重试）</View>
          ) : null}
          {items.map((n) => {
            const escalation = escalationOf(n);
            const ticket = escalation ? tickets[escalation.ticketId]?.data : null;
            return (
              <NotificationItem
                key={n.id}
                notification={n}
                now={now}
                ticket={ticket}
                busy={!!escalation && acknowledging.busyFor(escalation.ticketId) === escalation.milestone}
                onOpen={() => open(n)}
                onTake={
                  escalation && (!ticket || ticket.can.includes('acknowledge')) ? (e) => void take(n, e) : undefined
                }
              />
            );
          })}
          <LoadMore hasMore={!!store.data?.nextCursor} loading={store.loadingMore} onMore={() => void loadMore()} />
        </View>
      )}
    </View>
  );
}
