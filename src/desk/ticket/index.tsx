// 工单 (dispatcher / admin): one ticket as the desk sees it — live clocks, escalations to take (我来处理), the pause
// and 恢复计时, 指派/改派, and 下载证据包 (the service-time evidence pack); then the fault, the plan and the timeline.
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import AssigneeCard from '../../components/AssigneeCard';
import Card from '../../components/Card';
import ErrorState from '../../components/ErrorState';
import EscalationList from '../../components/EscalationList';
import ExpertPlan from '../../components/ExpertPlan';
import FaultReportCard from '../../components/FaultReportCard';
import ListSkeleton from '../../components/ListSkeleton';
import PrimaryButton from '../../components/PrimaryButton';
import SessionGate from '../../components/SessionGate';
import SlaClock from '../../components/SlaClock';
import SlaPromises from '../../components/SlaPromises';
import StatusTag from '../../components/StatusTag';
import TicketFacts from '../../components/TicketFacts';
import Timeline from '../../components/Timeline';
import { messageOf } from '../../api';
import { toast } from '../../confirm';
import { downloadEvidence } from '../../evidence-download';
import { useAcknowledge } from '../../hooks/useAcknowledge';
import { useServiceNow } from '../../hooks/useServiceNow';
import { useRequireUser } from '../../hooks/useSession';
import { useTicket } from '../../hooks/useTicket';
import { DESK_ROLES, openPage, PAGES } from '../../navigation';
import { downloadFaultReport } from '../../report-download';
import { useTicketsStore } from '../../store/tickets';
import './index.scss';

export default function DeskTicketPage() {
  const { user, errorMessage, retry } = useRequireUser(DESK_ROLES);
  const { params } = useRouter();
  const id = params.id ?? '';
  const { ticket, status, error, reload } = useTicket(id, !!user);
  const now = useServiceNow();
  const resume = useTicketsStore((s) => s.resume);
  const acknowledging = useAcknowledge();
  const [busy, setBusy] = useState<'resume' | 'evidence' | null>(null);

  if (!user) {
    return (
      <View className="page desk-ticket">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }
  if (!ticket) {
    return (
      <View className="page desk-ticket">
        {status === 'error' ? (
          <ErrorState title="工单加载失败" message={error?.message ?? '请稍后重试'} onRetry={() => void reload()} />
        ) : (
          <ListSkeleton count={3} rows={3} />
        )}
      </View>
    );
  }

  const can = (action: string) => ticket.can.includes(action);
  const onResume = async () => {
    setBusy('resume');
    try {
      await resume(ticket.id);
      toast('已恢复计时', 'success');
    } catch (e) {
      toast(messageOf(e));
    } finally {
      setBusy(null);
    }
  };
  const onEvidence = async () => {
    setBusy('evidence');
    await downloadEvidence(ticket.id);
    setBusy(null);
  };

  return (
    <View className={`page desk-ticket desk-ticket-${ticket.id}`}>
      {status === 'error' ? <View className="desk-ticket__stale">刷新失败：{error?.message}（下拉重试）</View> : null}
      <Card className="desk-ticket-header">
        <View className="desk-ticket-header__top">
          <StatusTag ticket={ticket} large className="ticket-status" />
          <Text className="ticket-no">{ticket.no}</Text>
        </View>
        <View className="desk-ticket-header__title">
          {ticket.severity === 'major' ? <Text className="desk-ticket-header__major">重大故障</Text> : null}
          {ticket.customerName} · {ticket.deviceName}
        </View>
        <SlaClock ticket={ticket} now={now} className="desk-ticket-header__clock" />
        <View className={`desk-ticket-header__state sla-state sla-state--${ticket.sla.state}`}>
          时限状态：
          {ticket.sla.escalationLevel > 0
            ? `已升级 ${ticket.sla.escalationLevel} 级（${ticket.sla.escalations[ticket.sla.escalations.length - 1]?.levelLabel ?? ''}）`
            : ticket.sla.stateLabel}
        </View>
      </Card>

      <View className="desk-ticket-actions">
        {can('assign') ? (
          <PrimaryButton
            className="ticket-action-assign"
            disabled={!!busy}
            onClick={() => openPage(PAGES.deskAssign, { id: ticket.id })}
          >
            {ticket.assignee ? '改派工程师' : '指派工程师'}
          </PrimaryButton>
        ) : null}
        {can('resume') ? (
          <PrimaryButton
            className="ticket-action-resume"
            secondary
            loading={busy === 'resume'}
            disabled={!!busy}
            onClick={() => void onResume()}
          >
            恢复计时
          </PrimaryButton>
        ) : null}
        <PrimaryButton
          className="evidence-download"
          secondary
          loading={busy === 'evidence'}
          disabled={!!busy}
          onClick={() => void onEvidence()}
        >
          下载证据包
        </PrimaryButton>
      </View>

      {ticket.sla.escalations.length ? (
        <>
          <View className="section-title">升级</View>
          <Card className="desk-ticket-escalations">
            <EscalationList
              ticket={ticket}
              now={now}
              busy={acknowledging.busyFor(ticket.id)}
              onAcknowledge={(m) => void acknowledging.take(ticket.id, m)}
            />
          </Card>
        </>
      ) : null}

      <View className="section-title">
        时限 · {ticket.sla.policyName} · {ticket.sla.calendar}
      </View>
      <Card className="desk-ticket-sla">
        <SlaPromises ticket={ticket} />
      </Card>

      {ticket.assignee ? (
        <Card className="desk-ticket-assignee">
          <AssigneeCard ticket={ticket} />
        </Card>
      ) : null}

      {ticket.plan ? (
        <Card className="ticket-plan">
          <ExpertPlan plan={ticket.plan} now={now} />
        </Card>
      ) : null}

      {ticket.report ? (
        <Card className="desk-ticket-report">
          <FaultReportCard
            report={ticket.report}
            billable={ticket.billable}
            showFeedback
            onDownload={() => void downloadFaultReport(ticket.id)}
          />
        </Card>
      ) : null}

      <View className="section-title">故障与客户</View>
      <Card className="desk-ticket-details">
        <TicketFacts ticket={ticket} callable />
      </Card>

      <View className="section-title">处理进度</View>
      <Card className="ticket-timeline">
        <Timeline events={ticket.events ?? []} now={now} />
      </Card>
    </View>
  );
}
