// 派单 (technician / expert first screen): 消息通知 with its unread count; then what calls on them without being
// theirs (tickets.list scope 'called': for an expert the open major faults and the escalations to the expert team, for
// a station lead the queued and escalated tickets of the region) with the clock and 我来接手; then their own jobs —
// offers first with their clock (待接单), 进行中 and 今日; 接单 / 拒单 right on the card (the 接单 tap also asks for
// WeChat notices of new offers and alerts).
import { useCallback, useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { RejectInput } from '../../../core/schemas/tickets';
import { messageOf, type Ticket, type TicketListQuery } from '../../api';
import EmptyState from '../../components/EmptyState';
import InboxCard from '../../components/InboxCard';
import ReasonDialog from '../../components/ReasonDialog';
import SegmentTabs from '../../components/SegmentTabs';
import SessionCard from '../../components/SessionCard';
import SessionGate from '../../components/SessionGate';
import TicketList from '../../components/TicketList';
import UnreadEntry from '../../components/UnreadEntry';
import { toast } from '../../confirm';
import { useNow } from '../../hooks/useOnShow';
import { useRequireUser } from '../../hooks/useSession';
import { useTicketList } from '../../hooks/useTicketList';
import { useUnread } from '../../hooks/useUnread';
import { openPage, PAGES, TECHNICIAN_ROLES } from '../../navigation';
import { askSubscription, canAskSubscription, prefetchSubscriptionTemplates } from '../../shims/subscribe';
import { useTicketsStore } from '../../store/tickets';
import { businessDate } from '../../time-words';
import { fieldError } from '../../validation';
import './index.scss';

type Tab = 'offers' | 'active' | 'today';
const OFFERS: TicketListQuery = { scope: 'assigned', status: 'assigned', limit: 50 };
const ACTIVE: TicketListQuery = { scope: 'assigned', status: ['accepted', 'onsite'], limit: 50 };
const RECENT: TicketListQuery = { scope: 'assigned', limit: 50 };
/** most urgent first; the ones they hold are in the tabs below */
const CALLED: TicketListQuery = { scope: 'called', limit: 50 };
/** What field staff are told on WeChat: a new offer, and time warnings and escalations. */
const STAFF_NOTICES = ['ticket.offered', 'sla.alert'] as const;

const EMPTY: Record<Tab, { title: string; description: string }> = {
  offers: { title: '暂无新派单', description: '新的派单会出现在这里，并附带接单倒计时' },
  active: { title: '没有进行中的工单', description: '接单后的工单会出现在这里，直到处理完成' },
  today: { title: '今天还没有工单', description: '今天派给您或由您处理的工单会出现在这里' },
};

export default function TechnicianInboxPage() {
  const { user, errorMessage, retry } = useRequireUser(TECHNICIAN_ROLES);
  const [tab, setTab] = useState<Tab>('offers');
  const ready = !!user;
  const offers = useTicketList('inbox-offers', OFFERS, ready, { paged: tab === 'offers' });
  const active = useTicketList('inbox-active', ACTIVE, ready, { paged: tab === 'active' });
  const recent = useTicketList('inbox-today', RECENT, ready, { paged: tab === 'today' });
  const called = useTicketList('inbox-called', CALLED, ready, { paged: false });
  const accept = useTicketsStore((s) => s.accept);
  const take = useTicketsStore((s) => s.take);
  const reject = useTicketsStore((s) => s.reject);
  const now = useNow();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<Ticket | null>(null);
  const [askedNotices, setAskedNotices] = useState(false);
  const unread = useUnread(ready);
  useEffect(() => {
    if (ready) prefetchSubscriptionTemplates();
  }, [ready]);

  const me = user?.id ?? '';
  const isCalled = useCallback((t: Ticket) => t.assigneeId !== me, [me]);
  const isOffer = useCallback((t: Ticket) => t.status === 'assigned' && t.assigneeId === me, [me]);
  const isActive = useCallback((t: Ticket) => ['accepted', 'onsite'].includes(t.status) && t.assigneeId === me, [me]);
  const today = businessDate(now);
  const isToday = useCallback(
    (t: Ticket) => businessDate(t.createdAt) === today || businessDate(t.updatedAt) === today,
    [today],
  );
  const refreshAll = () => {
    void offers.refresh();
    void active.refresh();
    void recent.refresh();
    void called.refresh();
  };

  if (!user) {
    return (
      <View className="page technician-inbox">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }

  const askNotices = () => {
    askSubscription(STAFF_NOTICES);
    setAskedNotices(true);
  };
  const onAccept = async (ticket: Ticket) => {
    if (!askedNotices) askNotices(); // within the 接单 tap
    setBusyId(ticket.id);
    try {
      await accept(ticket.id);
      toast('已接单', 'success');
      refreshAll();
    } catch (e) {
      toast(messageOf(e));
      refreshAll();
    } finally {
      setBusyId(null);
    }
  };
  const onTake = async (ticket: Ticket) => {
    setBusyId(ticket.id);
    try {
      await take(ticket.id);
      toast('已接手，由您负责处理', 'success');
      openPage(PAGES.technicianJob, { id: ticket.id });
    } catch (e) {
      toast(messageOf(e));
    } finally {
      setBusyId(null);
      refreshAll();
    }
  };
  const onReject = async (reason: string) => {
    if (!rejecting) return;
    try {
      await reject(rejecting.id, reason);
      setRejecting(null);
      toast('已拒单', 'success');
      refreshAll();
    } catch (e) {
      toast(messageOf(e));
      throw e;
    }
  };

  const expert = user.role === 'expert';
  const calling = called.items.filter(isCalled);
  const lists = { offers, active, today: recent };
  const filters = { offers: isOffer, active: isActive, today: isToday };
  return (
    <View className="page technician-inbox">
      <UnreadEntry unread={unread} className="inbox-notifications" />
      {!askedNotices && canAskSubscription(STAFF_NOTICES) ? (
        <View className="inbox-subscribe" onClick={askNotices}>
          开启微信提醒：新派单、时限预警与升级
        </View>
      ) : null}
      {expert || calling.length ? (
        <>
          <View className="section-title inbox-called-title">
            {expert ? '重大故障与升级' : '本区待派与升级'}
            {calling.length ? ` · ${calling.length}` : ''}
          </View>
          <TicketList
            list={called}
            filter={isCalled}
            className="inbox-called"
            empty={
              <EmptyState
                className="inbox-empty inbox-empty-called"
                title="暂无需要专家介入的工单"
                description="重大故障和升级至专家团队的工单会出现在这里，按时限紧急程度排序"
              />
            }
          >
            {(ticket) => (
              <InboxCard
                ticket={ticket}
                now={now}
                showHolder
                busy={busyId === ticket.id}
                onTake={() => void onTake(ticket)}
              />
            )}
          </TicketList>
          <View className="section-title">我的工单</View>
        </>
      ) : null}
      <SegmentTabs
        tabs={[
          { key: 'offers', title: '待接单', count: offers.items.filter(isOffer).length },
          { key: 'active', title: '进行中' },
          { key: 'today', title: '今日' },
        ]}
        active={tab}
        onChange={setTab}
      />
      <TicketList
        list={lists[tab]}
        filter={filters[tab]}
        className={`inbox-${tab}`}
        empty={<EmptyState className={`inbox-empty inbox-empty-${tab}`} {...EMPTY[tab]} />}
      >
        {(ticket) => (
          <InboxCard
            ticket={ticket}
            now={now}
            busy={busyId === ticket.id}
            onAccept={() => void onAccept(ticket)}
            onReject={() => setRejecting(ticket)}
          />
        )}
      </TicketList>
      <View className="section-title">我的账号</View>
      <SessionCard user={user} />
      <ReasonDialog
        className="reject-dialog"
        visible={!!rejecting}
        title="拒单"
        hint="工单将立即改派给其他工程师"
        placeholder="请填写拒单原因，如：正在处理其他重大故障"
        confirmText="确认拒单"
        validate={(reason) => fieldError(RejectInput.shape.reason, reason)}
        onConfirm={onReject}
        onClose={() => setRejecting(null)}
      />
    </View>
  );
}
