// 工单详情 (customer): is someone coming and when — status, engineer, promised times counting down, the report, the
// timeline, and the moves open to the customer now (回复工程师 while the clock waits for them, 确认修复, 重新报修,
// 取消报修, 去评价). Live: refreshed on show and every 10 s.
import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ReopenInput, ResumeInput } from '../../../core/schemas/tickets';
import type { Ticket } from '../../api';
import AssigneeCard from '../../components/AssigneeCard';
import Card from '../../components/Card';
import HotlineCard from '../../components/HotlineCard';
import PrimaryButton from '../../components/PrimaryButton';
import ReasonDialog from '../../components/ReasonDialog';
import SlaClock from '../../components/SlaClock';
import SlaPromises from '../../components/SlaPromises';
import StatusTag from '../../components/StatusTag';
import TextSubmit from '../../components/TextSubmit';
import TicketFacts from '../../components/TicketFacts';
import TicketGate from '../../components/TicketGate';
import { PlanAndReport, ProgressTimeline } from '../../components/TicketSections';
import { ask } from '../../confirm';
import { submitting, useTicketMoves, useTicketPage } from '../../hooks/useTicketPage';
import { CUSTOMER_ROLES, openPage, PAGES } from '../../navigation';
import { downloadFaultReport } from '../../report-download';
import { askSubscription, canAskSubscription, prefetchSubscriptionTemplates } from '../../shims/subscribe';
import { useTicketsStore } from '../../store/tickets';
import { escalationBanner } from '../../escalation-words';
import { clockWords } from '../../time-words';
import { fieldError } from '../../validation';
import './index.scss';

type Dialog = 'reopen' | 'cancel';

/** Right after sending: the ticket number, who it went to, and the promised response time, at once (UX.md). */
function CreatedBanner({ ticket, now }: { ticket: Ticket; now: Date }) {
  return (
    <View className="ticket-created">
      <View className="ticket-created__title">报修已提交</View>
      <View className="ticket-created__line">
        {ticket.assignee ? `已派给工程师 ${ticket.assignee.name}` : '正在为您安排工程师'}，
        {clockWords(ticket.sla.respondBy, now)} 前响应
      </View>
    </View>
  );
}

export default function TicketPage() {
  const page = useTicketPage(CUSTOMER_ROLES);
  const { user, ticket, status, error, params, now } = page;
  const confirm = useTicketsStore((s) => s.confirm);
  const reopen = useTicketsStore((s) => s.reopen);
  const cancel = useTicketsStore((s) => s.cancel);
  const resume = useTicketsStore((s) => s.resume);
  const { busy, dialog, setDialog, run, closing } = useTicketMoves<Dialog>();
  const [downloading, setDownloading] = useState(false);
  const [askedResolved, setAskedResolved] = useState(false);
  useEffect(() => {
    if (user) prefetchSubscriptionTemplates();
  }, [user]);

  if (!user || !ticket) return <TicketGate className="ticket" page={page} />;

  const can = (action: string) => ticket.can.includes(action);
  const onConfirm = async () => {
    const yes = await ask('确认已修复', '确认设备已恢复正常？确认后将无法重新打开此工单。', '确认修复');
    if (!yes) return;
    const next = await run('confirm', () => confirm(ticket.id), '已确认修复');
    if (next?.can.includes('rate')) openPage(PAGES.survey, { ticketId: ticket.id });
  };
  const download = async () => {
    setDownloading(true);
    await downloadFaultReport(ticket.id);
    setDownloading(false);
  };

  const onReply = (note: string) => submitting(() => resume(ticket.id, note || undefined), '已回复，工程师将继续处理');
  const waitingForMe = ticket.sla.paused?.kind === 'customer' && can('resume');
  // weapp: once someone is working on it, offer the 处理完成 notice (asked from this tap; once per visit).
  const offerResolvedNotice =
    !askedResolved && ['accepted', 'onsite'].includes(ticket.status) && canAskSubscription(['ticket.resolved']);
  const askResolvedNotice = () => {
    askSubscription(['ticket.resolved']);
    setAskedResolved(true);
  };

  const primary = can('confirm') ? 'confirm' : can('rate') ? 'rate' : null;
  return (
    <View className={`page ticket ticket-${ticket.id}`}>
      {params.created === '1' && ticket.status !== 'cancelled' ? <CreatedBanner ticket={ticket} now={now} /> : null}
      {status === 'error' ? <View className="ticket__stale">刷新失败：{error?.message}（下拉重试）</View> : null}

      <Card className="ticket-header">
        <View className="ticket-header__top">
          <StatusTag ticket={ticket} large className="ticket-status" />
          <Text className="ticket-no">{ticket.no}</Text>
        </View>
        <View className="ticket-header__device">{ticket.deviceName}</View>
        <SlaClock ticket={ticket} now={now} className="ticket-header__clock" />
        {ticket.assignee && escalationBanner(ticket) ? (
          <View className="ticket-header__note ticket-escalated-note">{escalationBanner(ticket)}</View>
        ) : null}
      </Card>

      {waitingForMe ? (
        <Card className="ticket-reply">
          <View className="ticket-reply__ask">工程师正在等待您：{ticket.sla.paused?.reason}</View>
          <TextSubmit
            className="reply-form"
            title="回复工程师"
            hint="回复后服务计时继续"
            placeholder="如：日志已发送到工程师邮箱 / 设备已断电重启"
            buttonText="回复并继续处理"
            maxlength={500}
            schema={ResumeInput.shape.note}
            onSubmit={onReply}
          />
        </Card>
      ) : null}

      <Card className="ticket-assignee">
        <AssigneeCard ticket={ticket} />
      </Card>

      {offerResolvedNotice ? (
        <View className="ticket-subscribe" onClick={askResolvedNotice}>
          <Text className="ticket-subscribe__text">处理完成时通过微信通知我</Text>
          <Text className="ticket-subscribe__action">开启</Text>
        </View>
      ) : null}

      {ticket.status !== 'cancelled' && ticket.sla.clocks.some((c) => c.state !== 'stopped') ? (
        <>
          <View className="section-title">服务承诺</View>
          <Card className="ticket-sla">
            <SlaPromises ticket={ticket} />
          </Card>
        </>
      ) : null}

      <PlanAndReport
        ticket={ticket}
        now={now}
        reportClassName="ticket-report"
        onDownload={() => void download()}
        downloading={downloading}
      />

      {primary || can('reopen') || can('cancel') || ticket.rated ? (
        <View className="ticket-actions">
          {ticket.rated ? <View className="ticket-actions__rated ticket-rated">感谢您的评价</View> : null}
          {can('confirm') ? (
            <PrimaryButton
              className="ticket-action-confirm"
              loading={busy === 'confirm'}
              disabled={!!busy}
              onClick={() => void onConfirm()}
            >
              确认修复
            </PrimaryButton>
          ) : null}
          {can('rate') ? (
            <PrimaryButton
              className="ticket-action-rate"
              secondary={primary !== 'rate'}
              onClick={() => openPage(PAGES.survey, { ticketId: ticket.id })}
            >
              去评价
            </PrimaryButton>
          ) : null}
          {can('reopen') ? (
            <PrimaryButton className="ticket-action-reopen" secondary onClick={() => setDialog('reopen')}>
              仍未解决，重新报修
            </PrimaryButton>
          ) : null}
          {can('cancel') ? (
            <PrimaryButton className="ticket-action-cancel" secondary onClick={() => setDialog('cancel')}>
              取消报修
            </PrimaryButton>
          ) : null}
        </View>
      ) : null}

      <View className="section-title">工单详情</View>
      <Card className="ticket-details">
        <TicketFacts ticket={ticket} />
      </Card>

      <ProgressTimeline ticket={ticket} now={now} />

      <HotlineCard />

      <ReasonDialog
        className="reopen-dialog"
        visible={dialog === 'reopen'}
        title="重新报修"
        hint="工单将重新打开并派给工程师处理"
        placeholder="请说明仍存在的问题"
        confirmText="重新报修"
        validate={(reason) => fieldError(ReopenInput.shape.reason, reason)}
        onConfirm={closing((reason: string) => reopen(ticket.id, reason), '已重新报修')}
        onClose={() => setDialog(null)}
      />
      <ReasonDialog
        className="cancel-dialog"
        visible={dialog === 'cancel'}
        title="取消报修"
        hint="取消后工程师将不再处理此工单"
        placeholder="取消原因（选填），如：设备已自行恢复"
        confirmText="确认取消"
        onConfirm={closing((reason: string) => cancel(ticket.id, reason || undefined), '已取消')}
        onClose={() => setDialog(null)}
      />
    </View>
  );
}
