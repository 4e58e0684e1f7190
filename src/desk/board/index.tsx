// Desk first screen (dispatcher / admin): what is about to break a promise — the queue of unassigned and flagged
// tickets with their clocks and reasons, and how many tickets are open in all; tap one to assign it.
import { View } from '@tarojs/components';
import { OPEN_STATUSES } from '../../../core/ticket/transitions';
import type { Ticket, TicketListQuery } from '../../api';
import Card from '../../components/Card';
import EmptyState from '../../components/EmptyState';
import QueueItem from '../../components/QueueItem';
import SessionCard from '../../components/SessionCard';
import SessionGate from '../../components/SessionGate';
import TicketList from '../../components/TicketList';
import { useNow } from '../../hooks/useOnShow';
import { useRequireUser } from '../../hooks/useSession';
import { useTicketList } from '../../hooks/useTicketList';
import { DESK_ROLES } from '../../navigation';
import './index.scss';

const QUEUE: TicketListQuery = { scope: 'queue', limit: 50 };
const OPEN: TicketListQuery = { scope: 'all', status: [...OPEN_STATUSES], limit: 100 };

/** A promise already broken (the service's own grouping: 已超时 or 已升级). */
function overdue(t: Ticket): boolean {
  return t.sla.state === 'breached' || t.sla.state === 'escalated';
}

export default function DeskBoardPage() {
  const { user, errorMessage, retry } = useRequireUser(DESK_ROLES);
  const queue = useTicketList('desk-queue', QUEUE, !!user);
  const open = useTicketList('desk-open', OPEN, !!user, { paged: false });
  const now = useNow();

  if (!user) {
    return (
      <View className="page desk-board">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }

  const known = open.status === 'ready' || open.items.length > 0;
  const more = open.nextCursor ? '+' : '';
  return (
    <View className="page desk-board">
      <Card className="desk-summary">
        <View className="desk-summary__cell desk-open-count">
          <View className="desk-summary__number">{known ? `${open.items.length}${more}` : '—'}</View>
          <View className="desk-summary__label">进行中工单</View>
        </View>
        <View className="desk-summary__cell desk-queue-count">
          <View className="desk-summary__number desk-summary__number--warn">
            {queue.status === 'ready' || queue.items.length
              ? `${queue.items.length}${queue.nextCursor ? '+' : ''}`
              : '—'}
          </View>
          <View className="desk-summary__label">待人工派单</View>
        </View>
        <View className="desk-summary__cell desk-overdue-count">
          <View className="desk-summary__number desk-summary__number--bad">
            {known ? open.items.filter(overdue).length : '—'}
          </View>
          <View className="desk-summary__label">已超时</View>
        </View>
      </Card>
      <View className="section-title">派单队列</View>
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
      <View className="section-title">我的账号</View>
      <SessionCard user={user} />
    </View>
  );
}
