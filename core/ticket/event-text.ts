// The timeline's words: what each ticket event says to the people reading it.
import { LEVEL_LABELS, type Level } from '../sla/ladder';
import { MILESTONE_LABELS } from '../sla/policy';
import type { TicketEvent } from './types';

type Names = (userId: string) => string;

const str = (v: unknown) => (typeof v === 'string' ? v : '');
/** The milestone an SLA event is about, in words ("响应"). */
const milestone = (e: TicketEvent) =>
  str(e.data?.label) || MILESTONE_LABELS[str(e.data?.milestone) as keyof typeof MILESTONE_LABELS] || '服务时限';
const PAUSE_KINDS: Record<string, string> = { customer: '等待客户', parts: '等待配件' };

const TEXTS: Record<string, (e: TicketEvent, name: Names) => string> = {
  reported: (e, n) => `${n(e.by)} 提交报修`,
  offered: (e, n) => `系统派单给 ${n(str(e.data?.technicianId))}`,
  queued: () => '暂无可派工程师，已转调度人工派单',
  assigned: (e, n) => `${n(e.by)} 指派给 ${n(str(e.data?.technicianId))}`,
  accepted: (e, n) => `${n(e.by)} 已接单`,
  rejected: (e, n) => `${n(e.by)} 拒单${e.note ? `：${e.note}` : ''}`,
  'offer-timeout': (e, n) => `${n(str(e.data?.technicianId))} 超时未接单，已改派`,
  'onsite-started': (e, n) => `${n(e.by)} 前往现场${e.note ? `（${e.note}）` : ''}`,
  arrived: (e, n) => `${n(e.by)} 已到达现场`,
  resolved: (e, n) => `${n(e.by)} 已${e.data?.mode === 'remote' ? '远程' : '现场'}处理完成，生成故障处理报告`,
  confirmed: (e, n) => `${n(e.by)} 确认已修复`,
  reopened: (e, n) => `${n(e.by)} 重新打开工单${e.note ? `：${e.note}` : ''}`,
  cancelled: (e, n) => `${n(e.by)} 取消了工单${e.note ? `：${e.note}` : ''}`,
  rated: (e, n) => `${n(e.by)} 完成服务评价`,
  closed: (e) => (e.by === 'system' ? '评价期已过，系统自动关闭工单' : '工单已关闭'),
  paused: (e, n) => `${n(e.by)} 暂停计时（${PAUSE_KINDS[str(e.data?.kind)] ?? '暂停'}）${e.note ? `：${e.note}` : ''}`,
  resumed: (e, n) => `${n(e.by)} 恢复计时${e.note ? `：${e.note}` : ''}`,
  'plan-attached': (e, n) => `${n(e.by)} 提交专家方案`,
  'sla-warned': (e) => `${milestone(e)}即将超时，已提醒处理人`,
  'sla-breached': (e) => `${milestone(e)}已超时`,
  escalated: (e) =>
    `${milestone(e)}超时未处理，已升级至${LEVEL_LABELS[(Number(e.data?.level) || 1) as Level] ?? '上一级'}`,
  'escalation-acknowledged': (e, n) => `${n(e.by)} 认领${milestone(e)}升级，负责跟进`,
};

export function eventText(event: TicketEvent, name: Names): string {
  const text = TEXTS[event.type];
  return text ? text(event, name) : (event.note ?? event.type);
}
