// 工单 (technician / expert): what is next for me on this job — the live clocks, the fault, the customer to call and
// the site, and the moves open now: 接单/拒单, 远程处理, 需上门, 到达现场签到, 填写处理报告, 暂停/恢复计时,
// 提交专家方案, and 我来处理 on an escalation; for an expert or the station lead on a ticket that is not theirs,
// 我来接手 (tickets.take: theirs at once, accepted).
import { Text, View } from '@tarojs/components';
import { PlanInput, RejectInput } from '../../../core/schemas/tickets';
import type { PauseKind } from '../../api';
import Card from '../../components/Card';
import EscalationPanel from '../../components/EscalationPanel';
import PauseDialog from '../../components/PauseDialog';
import PrimaryButton from '../../components/PrimaryButton';
import ReasonDialog from '../../components/ReasonDialog';
import ResumeButton from '../../components/ResumeButton';
import SlaClock from '../../components/SlaClock';
import SlaPromises from '../../components/SlaPromises';
import StatusTag from '../../components/StatusTag';
import TextSubmit from '../../components/TextSubmit';
import TicketFacts from '../../components/TicketFacts';
import TicketGate from '../../components/TicketGate';
import { PlanAndReport, ProgressTimeline } from '../../components/TicketSections';
import { ask } from '../../confirm';
import { submitting, useTicketMoves, useTicketPage } from '../../hooks/useTicketPage';
import { openPage, PAGES, TECHNICIAN_ROLES } from '../../navigation';
import { downloadFaultReport } from '../../report-download';
import { currentPosition } from '../../shims/location';
import { useTicketsStore } from '../../store/tickets';
import { fieldError } from '../../validation';
import './index.scss';

type Dialog = 'reject' | 'goOnsite' | 'pause';

export default function TechnicianJobPage() {
  const page = useTicketPage(TECHNICIAN_ROLES);
  const { user, ticket, status, error, now, reload } = page;
  const accept = useTicketsStore((s) => s.accept);
  const take = useTicketsStore((s) => s.take);
  const reject = useTicketsStore((s) => s.reject);
  const goOnsite = useTicketsStore((s) => s.goOnsite);
  const arrive = useTicketsStore((s) => s.arrive);
  const pause = useTicketsStore((s) => s.pause);
  const attachPlan = useTicketsStore((s) => s.attachPlan);
  const moves = useTicketMoves<Dialog>();
  const { busy, setBusy, dialog, setDialog, run, closing } = moves;

  if (!user || !ticket) return <TicketGate className="job" page={page} />;

  const can = (action: string) => ticket.can.includes(action);
  const checkIn = async () => {
    setBusy('arrive');
    const position = await currentPosition();
    if (!position) {
      const go = await ask(
        '无法获取位置',
        '未能获取您当前的位置（可能未授权定位）。是否不带位置完成到场签到？',
        '直接签到',
      );
      if (!go) return setBusy(null);
    }
    await run('arrive', () => arrive(ticket.id, position ?? undefined), '已签到');
  };
  const onPlan = (plan: string) => submitting(() => attachPlan(ticket.id, plan), '方案已提交');
  const toResolve = (mode: 'remote' | 'onsite') => openPage(PAGES.technicianResolve, { id: ticket.id, mode });

  const onTake = async () => {
    // 409: someone else took it first — the message says so, and the page shows who holds it now
    if (!(await run('take', () => take(ticket.id), '已接手，由您负责处理'))) void reload();
  };

  const onsiteWork = ticket.status === 'onsite' || ticket.mode === 'onsite';
  const mine = ticket.assigneeId === user.id;
  return (
    <View className={`page job job-${ticket.id}`}>
      {status === 'error' ? <View className="job__stale">刷新失败：{error?.message}（下拉重试）</View> : null}
      <Card className="job-header">
        <View className="job-header__top">
          <StatusTag ticket={ticket} large className="ticket-status" />
          <Text className="ticket-no">{ticket.no}</Text>
        </View>
        <View className="job-header__title">
          {ticket.severity === 'major' ? <Text className="job-header__major">重大故障</Text> : null}
          {ticket.deviceName} · {ticket.categoryLabel}
        </View>
        <SlaClock ticket={ticket} now={now} className="job-header__clock" />
        <View className={`job-header__holder${mine ? ' job-header__holder--mine' : ''}`}>
          {mine
            ? ticket.status === 'assigned'
              ? '已派给您，等待您接单'
              : '由您负责处理'
            : ticket.assignee
              ? `处理人：${ticket.assignee.name}（${ticket.statusLabel}）`
              : '尚无人处理 · 待派单'}
        </View>
      </Card>

      <View className="job-actions">
        {can('take') ? (
          <PrimaryButton
            className="ticket-action-take"
            loading={busy === 'take'}
            disabled={!!busy}
            onClick={() => void onTake()}
          >
            我来接手
          </PrimaryButton>
        ) : null}
        {can('accept') ? (
          <PrimaryButton
            className="ticket-action-accept"
            loading={busy === 'accept'}
            disabled={!!busy}
            onClick={() => void run('accept', () => accept(ticket.id), '已接单')}
          >
            接单
          </PrimaryButton>
        ) : null}
        {can('reject') ? (
          <PrimaryButton
            className="ticket-action-reject"
            secondary
            disabled={!!busy}
            onClick={() => setDialog('reject')}
          >
            拒单
          </PrimaryButton>
        ) : null}
        {can('arrive') ? (
          <PrimaryButton
            className="ticket-action-arrive"
            loading={busy === 'arrive'}
            disabled={!!busy}
            onClick={() => void checkIn()}
          >
            到达现场签到
          </PrimaryButton>
        ) : null}
        {can('resolve') && ticket.status === 'onsite' ? (
          <PrimaryButton className="ticket-action-resolve" disabled={!!busy} onClick={() => toResolve('onsite')}>
            填写处理报告
          </PrimaryButton>
        ) : null}
        {can('resolve') && ticket.status !== 'onsite' ? (
          <PrimaryButton
            className="ticket-action-resolve-remote"
            secondary={onsiteWork}
            disabled={!!busy}
            onClick={() => toResolve('remote')}
          >
            已远程处理，填写报告
          </PrimaryButton>
        ) : null}
        {can('goOnsite') && !onsiteWork ? (
          <PrimaryButton
            className="ticket-action-goOnsite"
            secondary
            disabled={!!busy}
            onClick={() => setDialog('goOnsite')}
          >
            远程无法解决，需上门
          </PrimaryButton>
        ) : null}
        <ResumeButton ticket={ticket} moves={moves} />
        {can('pause') ? (
          <PrimaryButton className="ticket-action-pause" secondary disabled={!!busy} onClick={() => setDialog('pause')}>
            暂停计时（等待客户/配件）
          </PrimaryButton>
        ) : null}
      </View>

      <EscalationPanel ticket={ticket} now={now} className="job-escalations" />

      <View className="section-title">时限 · {ticket.sla.calendar}</View>
      <Card className="job-sla">
        <SlaPromises ticket={ticket} />
      </Card>

      {can('plan') ? (
        <Card className="job-plan-form">
          <TextSubmit
            className="plan-form"
            title={ticket.plan ? '更新专家方案' : '提交专家方案'}
            hint="重大故障须在时限内给出解决方案；工程师与客户都会看到"
            placeholder="故障判断、处理步骤、需要的配件与人员安排"
            buttonText={ticket.plan ? '更新方案' : '提交专家方案'}
            maxlength={5000}
            schema={PlanInput.shape.plan}
            onSubmit={onPlan}
          />
        </Card>
      ) : null}

      <PlanAndReport
        ticket={ticket}
        now={now}
        reportClassName="job-report"
        showFeedback
        onDownload={() => void downloadFaultReport(ticket.id)}
      />

      <View className="section-title">故障与客户</View>
      <Card className="job-details">
        <TicketFacts ticket={ticket} callable />
      </Card>

      {ticket.routing.reasons.length ? (
        <>
          <View className="section-title">派单依据</View>
          <Card className="job-routing">
            {ticket.routing.reasons.map((reason) => (
              <Text key={reason} className="job-routing__reason">
                {reason}
              </Text>
            ))}
          </Card>
        </>
      ) : null}

      <ProgressTimeline ticket={ticket} now={now} />

      <ReasonDialog
        className="reject-dialog"
        visible={dialog === 'reject'}
        title="拒单"
        hint="工单将立即改派给其他工程师"
        placeholder="请填写拒单原因，如：正在处理其他重大故障"
        confirmText="确认拒单"
        validate={(reason) => fieldError(RejectInput.shape.reason, reason)}
        onConfirm={closing((reason: string) => reject(ticket.id, reason), '已拒单')}
        onClose={() => setDialog(null)}
      />
      <PauseDialog
        visible={dialog === 'pause'}
        onConfirm={closing((kind: PauseKind, reason: string) => pause(ticket.id, kind, reason), '已暂停计时')}
        onClose={() => setDialog(null)}
      />
      <ReasonDialog
        className="onsite-dialog"
        visible={dialog === 'goOnsite'}
        title="需上门处理"
        hint="确认后开始计算到场时限，请尽快出发"
        placeholder="说明（选填），如：需更换电源模块"
        confirmText="确认上门"
        onConfirm={closing((note: string) => goOnsite(ticket.id, note || undefined), '已改为上门处理')}
        onClose={() => setDialog(null)}
      />
    </View>
  );
}
