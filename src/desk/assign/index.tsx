// 指派: the ticket in brief, then every technician routing would consider — score and reasons, or why excluded — to
// assign it to one by hand.
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { messageOf, type RoutingCandidate } from '../../api';
import Card from '../../components/Card';
import CandidateCard from '../../components/CandidateCard';
import EmptyState from '../../components/EmptyState';
import ErrorState from '../../components/ErrorState';
import KeyValue from '../../components/KeyValue';
import ListSkeleton from '../../components/ListSkeleton';
import SessionGate from '../../components/SessionGate';
import SlaClock from '../../components/SlaClock';
import StatusTag from '../../components/StatusTag';
import { BillingTag } from '../../components/TicketFacts';
import { ask, toast } from '../../confirm';
import { useCandidates } from '../../hooks/useCandidates';
import { useNow } from '../../hooks/useOnShow';
import { useRequireUser } from '../../hooks/useSession';
import { useTicket } from '../../hooks/useTicket';
import { DESK_ROLES } from '../../navigation';
import { useTicketsStore } from '../../store/tickets';
import './index.scss';

/** Available first (best score first), the excluded after them. */
function ranked(items: RoutingCandidate[]): RoutingCandidate[] {
  return [...items].sort((a, b) => Number(!!a.excluded) - Number(!!b.excluded) || b.score - a.score);
}

export default function DeskAssignPage() {
  const { user, errorMessage, retry } = useRequireUser(DESK_ROLES);
  const { params } = useRouter();
  const id = params.id ?? '';
  const { ticket, status, error, reload } = useTicket(id, !!user);
  const candidates = useCandidates(id, !!user);
  const assign = useTicketsStore((s) => s.assign);
  const now = useNow();
  const [busyId, setBusyId] = useState<string | null>(null);

  if (!user) {
    return (
      <View className="page desk-assign">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }
  if (!ticket) {
    return (
      <View className="page desk-assign">
        {status === 'error' ? (
          <ErrorState title="工单加载失败" message={error?.message ?? '请稍后重试'} onRetry={() => void reload()} />
        ) : (
          <ListSkeleton count={3} rows={2} />
        )}
      </View>
    );
  }

  const canAssign = ticket.can.includes('assign');
  const onAssign = async (c: RoutingCandidate) => {
    if (!(await ask('指派工程师', `将工单 ${ticket.no} 指派给 ${c.name}？`, '指派'))) return;
    setBusyId(c.technicianId);
    try {
      await assign(ticket.id, c.technicianId);
      toast('已指派', 'success');
      candidates.reload();
      setTimeout(() => void Taro.navigateBack(), 1200);
    } catch (e) {
      toast(messageOf(e));
      candidates.reload();
    } finally {
      setBusyId(null);
    }
  };

  return (
    <View className={`page desk-assign assign-${ticket.id}`}>
      <Card className="assign-ticket">
        <View className="assign-ticket__top">
          <StatusTag ticket={ticket} className="ticket-status" />
          <Text className="assign-ticket__no">{ticket.no}</Text>
        </View>
        <View className="assign-ticket__title">
          {ticket.severity === 'major' ? <Text className="assign-ticket__major">重大故障</Text> : null}
          {ticket.customerName} · {ticket.deviceName}
        </View>
        <SlaClock ticket={ticket} now={now} className="assign-ticket__clock" />
        <KeyValue label="故障">
          {ticket.categoryLabel}：{ticket.description}
        </KeyValue>
        <KeyValue label="地址">{ticket.address}</KeyValue>
        <KeyValue label="保修">
          <BillingTag ticket={ticket} />
        </KeyValue>
        <KeyValue label="当前">
          {ticket.assignee ? `${ticket.assignee.name}（${ticket.statusLabel}）` : '未指派'}
        </KeyValue>
        {ticket.routing.flagged || ticket.routing.reasons.length ? (
          <KeyValue label="派单说明">{ticket.routing.reasons.join('；') || '待人工派单'}</KeyValue>
        ) : null}
      </Card>

      <View className="section-title">可指派的工程师</View>
      {!canAssign ? (
        <EmptyState title="此工单无需指派" description={`工单状态为「${ticket.statusLabel}」`} />
      ) : candidates.status === 'error' && candidates.items.length === 0 ? (
        <ErrorState
          title="候选工程师加载失败"
          message={candidates.error?.message ?? '请稍后重试'}
          onRetry={candidates.reload}
        />
      ) : candidates.status !== 'ready' && candidates.items.length === 0 ? (
        <ListSkeleton count={3} rows={2} />
      ) : candidates.items.length === 0 ? (
        <EmptyState title="暂无可指派的工程师" description="请联系服务站安排人员" />
      ) : (
        ranked(candidates.items).map((c) => (
          <CandidateCard
            key={c.technicianId}
            candidate={c}
            current={c.technicianId === ticket.assigneeId}
            busy={busyId === c.technicianId}
            onAssign={() => void onAssign(c)}
          />
        ))
      )}
    </View>
  );
}
