// 指派: the ticket in brief, then everyone the desk may give it to — routing's candidates with score and reasons
// (指派), the ones routing excludes under their reasons (区域不符、缺少技能、此前超时未接单 …) and the expert team,
// both through 强制指派 with a reason (kept in the timeline, for staff only). Someone else got there first (409): the
// message, then the page as it now is.
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { AssignInput } from '../../../core/schemas/tickets';
import { isApiError, messageOf, type RoutingCandidate } from '../../api';
import Card from '../../components/Card';
import CandidateCard from '../../components/CandidateCard';
import EmptyState from '../../components/EmptyState';
import ErrorState from '../../components/ErrorState';
import ExpertCard from '../../components/ExpertCard';
import KeyValue from '../../components/KeyValue';
import ListSkeleton from '../../components/ListSkeleton';
import ReasonDialog from '../../components/ReasonDialog';
import SessionGate from '../../components/SessionGate';
import SlaClock from '../../components/SlaClock';
import StatusTag from '../../components/StatusTag';
import WarrantyTerms from '../../components/WarrantyTerms';
import { ask, inform, toast } from '../../confirm';
import { useCandidates } from '../../hooks/useCandidates';
import { useNow } from '../../hooks/useOnShow';
import { useRequireUser } from '../../hooks/useSession';
import { useTicket } from '../../hooks/useTicket';
import { DESK_ROLES, PAGES, pageUrl } from '../../navigation';
import { useTicketsStore } from '../../store/tickets';
import { fieldError } from '../../validation';
import './index.scss';

/** 强制指派: whom, and why routing would not offer it to them (shown in the dialog). */
interface Forcing {
  technicianId: string;
  name: string;
  why: string;
}

/** The override's reason, checked with the action's own schema (2–200 字). */
const REASON = AssignInput.shape.override.unwrap().shape.reason;

/** Best score first. */
const byScore = (items: RoutingCandidate[]) => [...items].sort((a, b) => b.score - a.score);

/** Back to where the desk came from; opened straight from a link, to the ticket. */
function leave(ticketId: string): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.redirectTo({ url: pageUrl(PAGES.deskTicket, { id: ticketId }) });
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
  const [forcing, setForcing] = useState<Forcing | null>(null);

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
  /** The ticket changed under the desk (someone else assigned or took it): say so, then show it as it is. */
  const changed = async (e: unknown) => {
    await inform('工单已变化', messageOf(e));
    void reload();
    candidates.reload();
  };
  const done = (name: string) => {
    toast(`已指派给 ${name}`, 'success');
    setTimeout(() => leave(ticket.id), 1200);
  };

  const onAssign = async (c: RoutingCandidate) => {
    if (!(await ask('指派工程师', `将工单 ${ticket.no} 指派给 ${c.name}？`, '指派'))) return;
    setBusyId(c.technicianId);
    try {
      await assign(ticket.id, c.technicianId);
      done(c.name);
    } catch (e) {
      if (isApiError(e) && e.code === 'CONFLICT') await changed(e);
      else toast(messageOf(e));
    } finally {
      setBusyId(null);
    }
  };
  const onForce = async (reason: string) => {
    if (!forcing) return;
    const whom = forcing;
    setBusyId(whom.technicianId);
    try {
      await assign(ticket.id, whom.technicianId, { reason });
      setForcing(null);
      done(whom.name);
    } catch (e) {
      if (isApiError(e) && e.code === 'CONFLICT') {
        setForcing(null);
        await changed(e);
        return;
      }
      toast(messageOf(e));
      throw e; // keeps the dialog open with the reason typed
    } finally {
      setBusyId(null);
    }
  };

  const available = byScore(candidates.items.filter((c) => !c.excluded));
  const excluded = candidates.items.filter((c) => !!c.excluded);
  const loaded = candidates.status === 'ready' || candidates.items.length > 0 || candidates.experts.length > 0;

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
          <WarrantyTerms warranty={ticket.warranty} />
        </KeyValue>
        <KeyValue label="当前">
          {ticket.assignee ? `${ticket.assignee.name}（${ticket.statusLabel}）` : '未指派'}
        </KeyValue>
        {ticket.routing.flagged || ticket.routing.reasons.length ? (
          <KeyValue label="派单说明">{ticket.routing.reasons.join('；') || '待人工派单'}</KeyValue>
        ) : null}
      </Card>

      {!canAssign ? (
        <EmptyState
          className="assign-closed"
          title="此工单无需指派"
          description={`工单状态为「${ticket.statusLabel}」`}
        />
      ) : candidates.status === 'error' && !loaded ? (
        <ErrorState
          title="候选人员加载失败"
          message={candidates.error?.message ?? '请稍后重试'}
          onRetry={candidates.reload}
        />
      ) : !loaded ? (
        <ListSkeleton count={3} rows={2} />
      ) : (
        <>
          {candidates.status === 'error' ? (
            <View className="assign__stale">刷新失败：{candidates.error?.message}（下拉重试）</View>
          ) : null}
          <View className="section-title">可指派的工程师</View>
          {available.length === 0 ? (
            <EmptyState
              className="assign-none"
              title="没有符合派单规则的工程师"
              description="可在下方为规则外的工程师或专家「强制指派」，并填写原因"
            />
          ) : (
            available.map((c) => (
              <CandidateCard
                key={c.technicianId}
                candidate={c}
                current={c.technicianId === ticket.assigneeId}
                busy={busyId === c.technicianId}
                onAssign={() => void onAssign(c)}
              />
            ))
          )}

          {excluded.length ? (
            <>
              <View className="section-title">派单规则之外 · 须强制指派</View>
              {excluded.map((c) => (
                <CandidateCard
                  key={c.technicianId}
                  candidate={c}
                  current={c.technicianId === ticket.assigneeId}
                  busy={busyId === c.technicianId}
                  onForce={() =>
                    setForcing({
                      technicianId: c.technicianId,
                      name: c.name,
                      why: `自动派单不会选择：${c.excluded ?? ''}`,
                    })
                  }
                />
              ))}
            </>
          ) : null}

          <View className="section-title">专家团队 · 须强制指派</View>
          {candidates.experts.length === 0 ? (
            <EmptyState className="assign-no-experts" title="暂无在职专家" />
          ) : (
            candidates.experts.map((x) => (
              <ExpertCard
                key={x.technicianId}
                expert={x}
                current={x.technicianId === ticket.assigneeId}
                busy={busyId === x.technicianId}
                onForce={() =>
                  setForcing({
                    technicianId: x.technicianId,
                    name: x.name,
                    why: `专家不参与自动派单（${x.duty}，在办 ${x.openLoad} 单）`,
                  })
                }
              />
            ))
          )}
        </>
      )}

      <ReasonDialog
        className="force-dialog"
        visible={!!forcing}
        title={forcing ? `强制指派给 ${forcing.name}` : '强制指派'}
        hint={forcing ? `${forcing.why}。原因将记入工单时间线，客户不可见。` : undefined}
        placeholder="请填写原因（2–200 字），如：本区工程师均在重大故障现场，请跨区支援"
        confirmText="确认强制指派"
        validate={(reason) => fieldError(REASON, reason)}
        onConfirm={onForce}
        onClose={() => setForcing(null)}
      />
    </View>
  );
}
