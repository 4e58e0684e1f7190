// 工单 (technician / expert): what is next for me on this job — the live clocks, the fault, the customer to call and
// the site, and the moves open now: 接单/拒单, 远程处理, 需上门, 到达现场签到, 填写处理报告, 暂停/恢复计时,
// 提交专家方案, and 我来处理 on an escalation.
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PlanInput, RejectInput } from '../../../core/schemas/tickets';
import { messageOf, type PauseKind } from '../../api';
import Card from '../../components/Card';
import ErrorState from '../../components/ErrorState';
import EscalationList from '../../components/EscalationList';
import ExpertPlan from '../../components/ExpertPlan';
import FaultReportCard from '../../components/FaultReportCard';
import ListSkeleton from '../../components/ListSkeleton';
import PauseDialog from '../../components/PauseDialog';
import PrimaryButton from '../../components/PrimaryButton';
import ReasonDialog from '../../components/ReasonDialog';
import SessionGate from '../../components/SessionGate';
import SlaClock from '../../components/SlaClock';
import SlaPromises from '../../components/SlaPromises';
import StatusTag from '../../components/StatusTag';
import TextSubmit from '../../components/TextSubmit';
import TicketFacts from '../../components/TicketFacts';
import Timeline from '../../components/Timeline';
import { ask, toast } from '../../confirm';
import { useAcknowledge } from '../../hooks/useAcknowledge';
import { useServiceNow } from '../../hooks/useServiceNow';
import { useRequireUser } from '../../hooks/useSession';
import { useTicket } from '../../hooks/useTicket';
import { openPage, PAGES, TECHNICIAN_ROLES } from '../../navigation';
import { downloadFaultReport } from '../../report-download';
import { currentPosition } from '../../shims/location';
import { useTicketsStore } from '../../store/tickets';
import { fieldError } from '../../validation';
import './index.scss';

type Dialog = 'reject' | 'goOnsite' | 'pause' | null;

export default function TechnicianJobPage() {
  const { user, errorMessage, retry } = useRequireUser(TECHNICIAN_ROLES);
  const { params } = useRouter();
  const id = params.id ?? '';
  const { ticket, status, error, reload } = useTicket(id, !!user);
  const now = useServiceNow();
  const accept = useTicketsStore((s) => s.accept);
  const reject = useTicketsStore((s) => s.reject);
  const goOnsite = useTicketsStore((s) => s.goOnsite);
  const arrive = useTicketsStore((s) => s.arrive);
  const pause = useTicketsStore((s) => s.pause);
  const resume = useTicketsStore((s) => s.resume);
  const attachPlan = useTicketsStore((s) => s.attachPlan);
  const acknowledging = useAcknowledge();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState<string | null>(null);

  if (!user) {
    return (
      <View className="page job">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }
  if (!ticket) {
    return (
      <View className="page job">
        {status === 'error' ? (
          <ErrorState title="工单加载失败" message={error?.message ?? '请稍后重试'} onRetry={() => void reload()} />
        ) : (
          <ListSkeleton count={3} rows={3} />
        )}
      </View>
    );
  }

  const can = (action: string) => ticket.can.includes(action);
  const run = async (name: string, move: () => Promise<unknown>, done: string) => {
    setBusy(name);
    try {
      await move();
      toast(done, 'success');
    } catch (e) {
      toast(messageOf(e));
    } finally {
      setBusy(null);
    }
  };
  const withReason = (move: (reason: string) => Promise<unknown>, done: string) => async (reason: string) => {
    try {
      await move(reason);
      setDialog(null);
      toast(done, 'success');
    } catch (e) {
      toast(messageOf(e));
      throw e;
    }
  };
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
  const onPause = async (kind: PauseKind, reason: string) => {
    try {
      await pause(ticket.id, kind, reason);
      setDialog(null);
      toast('已暂停计时', 'success');
    } catch (e) {
      toast(messageOf(e));
      throw e;
    }
  };
  const onPlan = async (plan: string) => {
    try {
      await attachPlan(ticket.id, plan);
      toast('方案已提交', 'success');
    } catch (e) {
      toast(messageOf(e));
      throw e;
    }
  };
  const toResolve = (mode: 'remote' | 'onsite') => openPage(PAGES.technicianResolve, { id: ticket.id, mode });

  const onsiteWork = ticket.status === 'onsite' || ticket.mode === 'onsite';
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
      </Card>

      <View className="job-actions">
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
        {can('resume') ? (
          <PrimaryButton
            className="ticket-action-resume"
            secondary
            loading={busy === 'resume'}
            disabled={!!busy}
            onClick={() => void run('resume', () => resume(ticket.id), '已恢复计时')}
          >
            恢复计时
          </PrimaryButton>
        ) : null}
        {can('pause') ? (
          <PrimaryButton className="ticket-action-pause" secondary disabled={!!busy} onClick={() => setDialog('pause')}>
            暂停计时（等待客户/配件）
          </PrimaryButton>
        ) : null}
      </View>

      {ticket.sla.escalations.length ? (
        <>
          <View className="section-title">升级</View>
          <Card className="job-escalations">
            <EscalationList
              ticket={ticket}
              now={now}
              busy={acknowledging.busyFor(ticket.id)}
              onAcknowledge={(m) => void acknowledging.take(ticket.id, m)}
            />
          </Card>
        </>
      ) : null}

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

      {ticket.plan ? (
        <Card className="ticket-plan">
          <ExpertPlan plan={ticket.plan} now={now} />
        </Card>
      ) : null}

      {ticket.report ? (
        <Card className="job-report">
          <FaultReportCard
            report={ticket.report}
            billable={ticket.billable}
            showFeedback
            onDownload={() => void downloadFaultReport(ticket.id)}
          />
        </Card>
      ) : null}

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

      <View className="section-title">处理进度</View>
      <Card className="ticket-timeline">
        <Timeline events={ticket.events ?? []} now={now} />
      </Card>

      <ReasonDialog
        className="reject-dialog"
        visible={dialog === 'reject'}
        title="拒单"
        hint="工单将立即改派给其他工程师"
        placeholder="请填写拒单原因，如：正在处理其他重大故障"
        confirmText="确认拒单"
        validate={(reason) => fieldError(RejectInput.shape.reason, reason)}
        onConfirm={withReason((reason) => reject(ticket.id, reason), '已拒单')}
        onClose={() => setDialog(null)}
      />
      <PauseDialog visible={dialog === 'pause'} onConfirm={onPause} onClose={() => setDialog(null)} />
      <ReasonDialog
        className="onsite-dialog"
        visible={dialog === 'goOnsite'}
        title="需上门处理"
        hint="确认后开始计算到场时限，请尽快出发"
        placeholder="说明（选填），如：需更换电源模块"
        confirmText="确认上门"
        onConfirm={withReason((note) => goOnsite(ticket.id, note || undefined), '已改为上门处理')}
        onClose={() => setDialog(null)}
      />
    </View>
  );
}
