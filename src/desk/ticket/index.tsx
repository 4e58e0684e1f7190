// 工单 (dispatcher / admin): one ticket as the desk sees it — live clocks, escalations to take (我来处理), the pause
// and 恢复计时, 指派/改派, and 下载证据包 (the service-time evidence pack); then the fault, the plan and the timeline.
import { Text, View } from '@tarojs/components';
import AssigneeCard from '../../components/AssigneeCard';
import Card from '../../components/Card';
import EscalationPanel from '../../components/EscalationPanel';
import PrimaryButton from '../../components/PrimaryButton';
import ResumeButton from '../../components/ResumeButton';
import SlaClock from '../../components/SlaClock';
import SlaPromises from '../../components/SlaPromises';
import StatusTag from '../../components/StatusTag';
import TicketFacts from '../../components/TicketFacts';
import TicketGate from '../../components/TicketGate';
import { PlanAndReport, ProgressTimeline } from '../../components/TicketSections';
import { downloadEvidence } from '../../evidence-download';
import { useTicketMoves, useTicketPage } from '../../hooks/useTicketPage';
import { DESK_ROLES, openPage, PAGES } from '../../navigation';
import { downloadFaultReport } from '../../report-download';
import './index.scss';

export default function DeskTicketPage() {
  const page = useTicketPage(DESK_ROLES);
  const { user, ticket, status, error, now } = page;
  const moves = useTicketMoves();
  const { busy, setBusy } = moves;

  if (!user || !ticket) return <TicketGate className="desk-ticket" page={page} />;

  const can = (action: string) => ticket.can.includes(action);
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
        <ResumeButton ticket={ticket} moves={moves} />
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

      <EscalationPanel ticket={ticket} now={now} className="desk-ticket-escalations" />

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

      <PlanAndReport
        ticket={ticket}
        now={now}
        reportClassName="desk-ticket-report"
        showFeedback
        onDownload={() => void downloadFaultReport(ticket.id)}
      />

      <View className="section-title">故障与客户</View>
      <Card className="desk-ticket-details">
        <TicketFacts ticket={ticket} callable />
      </Card>

      <ProgressTimeline ticket={ticket} now={now} />
    </View>
  );
}
