// Desk first screen (dispatcher / admin): what is about to break a promise — open tickets grouped by their SLA state
// (已升级 · 已超时 · 预警 · 已暂停 · 正常), most urgent first with live countdowns; and the queue of unassigned and
// flagged tickets to assign by hand. Both refresh together every 15 s, so the counts on the two tabs agree.
import { useCallback, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { SlaBoardGroup } from '../../api';
import BoardItem from '../../components/BoardItem';
import Card from '../../components/Card';
import EmptyState from '../../components/EmptyState';
import ErrorState from '../../components/ErrorState';
import ListSkeleton from '../../components/ListSkeleton';
import QueueItem from '../../components/QueueItem';
import SegmentTabs from '../../components/SegmentTabs';
import SessionCard from '../../components/SessionCard';
import SessionGate from '../../components/SessionGate';
import TicketList from '../../components/TicketList';
import UnreadEntry from '../../components/UnreadEntry';
import { useNow, usePolling, useRefreshOnShow } from '../../hooks/useOnShow';
import { useRequireUser } from '../../hooks/useSession';
import { useTicketList } from '../../hooks/useTicketList';
import { useUnread } from '../../hooks/useUnread';
import { DESK_ROLES, openPage, PAGES } from '../../navigation';
import { BOARD_TONES } from '../../sla-words';
import { DESK_QUEUE, DESK_QUEUE_KEY, refreshDesk, useSlaBoardStore } from '../../store/sla-board';
import './index.scss';

type Tab = 'sla' | 'queue';
const BOARD_POLL_MS = 15_000;

function BoardGroup({ group, now }: { group: SlaBoardGroup; now: Date }) {
  const tone = BOARD_TONES[group.state];
  return (
    <View className={`board-group board-group-${group.state} board-group--${tone}`}>
      <View className="board-group__head">
        <Text className="board-group__label">{group.label}</Text>
        <Text className="board-group__count">{group.items.length}</Text>
      </View>
      {group.items.map((item) => (
        <BoardItem key={item.id} item={item} now={now} />
      ))}
    </View>
  );
}

export default function DeskBoardPage() {
  const { user, errorMessage, retry } = useRequireUser(DESK_ROLES);
  const ready = !!user;
  const [tab, setTab] = useState<Tab>('sla');
  const queue = useTicketList(DESK_QUEUE_KEY, DESK_QUEUE, ready, { paged: tab === 'queue' });
  const { data: board, status, error, refresh } = useSlaBoardStore();
  const unread = useUnread(ready);
  const now = useNow(1000);

  const refreshBoard = useCallback(() => void refresh(), [refresh]);
  useRefreshOnShow(refreshBoard, ready);
  usePolling(() => void refreshDesk(), BOARD_POLL_MS, ready);
  usePullDownRefresh(() => {
    void refreshDesk().finally(() => Taro.stopPullDownRefresh());
  });

  if (!user) {
    return (
      <View className="page desk-board">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }

  const count = (...states: string[]) =>
    board ? board.groups.filter((g) => states.includes(g.state)).reduce((n, g) => n + g.items.length, 0) : null;
  const overdue = count('escalated', 'breached');
  const queued = queue.status === 'ready' || queue.items.length ? queue.items.length : null;
  return (
    <View className="page desk-board">
      <UnreadEntry unread={unread} className="desk-notifications" />
      <Card className="desk-summary">
        <View className="desk-summary__cell desk-open-count">
          <View className="desk-summary__number">{board ? board.total : '—'}</View>
          <View className="desk-summary__label">进行中工单</View>
        </View>
        <View className="desk-summary__cell desk-queue-count">
          <View className="desk-summary__number desk-summary__number--warn">
            {queued === null ? '—' : `${queued}${queue.nextCursor ? '+' : ''}`}
          </View>
          <View className="desk-summary__label">待人工派单</View>
        </View>
        <View className="desk-summary__cell desk-overdue-count">
          <View className="desk-summary__number desk-summary__number--bad">{overdue ?? '—'}</View>
          <View className="desk-summary__label">已超时</View>
        </View>
      </Card>
      <View className="desk-links">
        <View className="desk-link desk-link-stats" onClick={() => openPage(PAGES.deskStats)}>
          统计
        </View>
        <View className="desk-link desk-link-roster" onClick={() => openPage(PAGES.deskRoster)}>
          值班表
        </View>
        {user.role === 'admin' ? (
          <View className="desk-link desk-link-holidays" onClick={() => openPage(PAGES.deskHolidays)}>
            节假日
          </View>
        ) : null}
      </View>
      <SegmentTabs
        tabs={[
          { key: 'sla', title: '时限看板', count: overdue ?? undefined },
          { key: 'queue', title: '派单队列', count: queued ?? undefined },
        ]}
        active={tab}
        onChange={setTab}
      />
      {tab === 'sla' ? (
        <View className="desk-sla">
          {status === 'error' && board ? (
            <View className="desk-board__stale">刷新失败：{error?.message}（下拉重试）</View>
          ) : null}
          {!board ? (
            status === 'error' ? (
              <ErrorState title="看板加载失败" message={error?.message ?? '请稍后重试'} onRetry={refreshBoard} />
            ) : (
              <ListSkeleton count={3} rows={2} />
            )
          ) : board.total === 0 ? (
            <EmptyState
              className="board-empty"
              title="没有进行中的工单"
              description="新的报修会出现在这里，按剩余时间排序"
            />
          ) : (
            board.groups.filter((g) => g.items.length > 0).map((g) => <BoardGroup key={g.state} group={g} now={now} />)
          )}
        </View>
      ) : (
        <TicketList
          list={queue}
          className="desk-queue"
          empty={
            <EmptyState
              className="queue-empty"
              title="队列已清空"
              description="所有工单都已派出，新的待派工单会出现在这里"
            />
          }
        >
          {(ticket) => <QueueItem ticket={ticket} now={now} />}
        </TicketList>
      )}
      <View className="section-title">我的账号</View>
      <SessionCard user={user} />
    </View>
  );
}
