// The timeline's words: what each ticket event says to the people reading it. Staff read the service's own record —
// who let an offer time out, who rejected and why, which candidates routing could not use, which rung was called.
// Customers read calm lines without internal blame: their ticket is being passed on, followed up, taken care of.
import { LEVEL_LABELS, type Level } from '../sla/ladder';
import { MILESTONE_LABELS, type MilestoneName } from '../sla/policy';
import { toWire } from '../time';
import { CHANNEL_LABELS, type ReportChannel, type TicketEvent } from './types';

type Names = (userId: string) => string;

/** Whose side of the service the reader is on. */
export type Viewer = 'staff' | 'customer';

type Text = (e: TicketEvent, name: Names) => string;

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const milestone = (e: TicketEvent) =>
  `「${str(e.data?.label) || MILESTONE_LABELS[e.data?.milestone as MilestoneName] || '时限'}」`;
/** "11-25 10:30", business time */
const dueTime = (e: TicketEvent) => {
  const due = str(e.data?.dueAt);
  return due ? `（时限 ${toWire(due).slice(5, 16).replace('T', ' ')}）` : '';
};
const notified = (e: TicketEvent, n: Names) =>
  Array.isArray(e.data?.notified) && e.data.notified.length
    ? `，已通知 ${(e.data.notified as string[]).map(n).join('、')}`
    : '';
const rerouted = (e: TicketEvent) => e.data?.trigger === 'reject' || e.data?.trigger === 'timeout';
const FINDING = '正在为您安排工程师';
const PASSING_ON = '正在为您改派工程师';
const WAITS: Record<Viewer, Record<string, string>> = {
  staff: { customer: '等待客户', parts: '等待配件' },
  customer: { customer: '等待您的回复', parts: '等待配件' },
};

function pausedText(viewer: Viewer): Text {
  return (e, n) => {
    const wait = WAITS[viewer][e.data?.kind === 'parts' ? 'parts' : 'customer'];
    return `${n(e.by)} 暂停计时（${wait}）${e.note ? `：${e.note}` : ''}`;
  };
}

const resumed: Text = (e, n) => {
  if (e.byRole === 'customer') return e.note ? `${n(e.by)} 回复：${e.note}，计时恢复` : `${n(e.by)} 已回复，计时恢复`;
  if (e.data?.kind === 'parts') return `${n(e.by)} 确认配件已到，计时恢复${e.note ? `：${e.note}` : ''}`;
  return `${n(e.by)} 恢复计时${e.note ? `：${e.note}` : ''}`;
};

/** "12-07 09:00", business time (a video session's start) */
const sessionTime = (e: TicketEvent) => {
  const start = str(e.data?.start);
  return start ? toWire(start).slice(5, 16).replace('T', ' ') : '';
};
const participants = (e: TicketEvent, n: Names) =>
  Array.isArray(e.data?.participants) ? (e.data.participants as string[]).map(n).join('、') : '';
const callMinutes = (e: TicketEvent) => (typeof e.data?.minutes === 'number' ? `（通话 ${e.data.minutes} 分钟）` : '');
const outcome = (e: TicketEvent) => str(e.data?.label) || '已结束';

/** Remote video sessions (远程视频指导) on the ticket, as the service records them. */
const VIDEO_STAFF: Record<string, Text> = {
  'video-booked': (e, n) =>
    e.data?.live
      ? `${n(e.by)} 发起立即远程视频指导，值班专家 ${n(str(e.data?.expertId))}`
      : `${n(e.by)} 预约远程视频指导：${sessionTime(e)}，专家 ${n(str(e.data?.expertId))}`,
  'video-rescheduled': (e, n) => `${n(e.by)} 将远程视频指导改期至 ${sessionTime(e)}，专家 ${n(str(e.data?.expertId))}`,
  'video-cancelled': (e, n) => `${n(e.by)} 取消了 ${sessionTime(e)} 的远程视频指导${e.note ? `：${e.note}` : ''}`,
  'video-started': (e, n) => `远程视频指导开始${participants(e, n) ? `：${participants(e, n)}` : ''}`,
  'video-ended': (e, n) => `${n(e.by)} 结束远程视频指导：${outcome(e)}${callMinutes(e)}${e.note ? `。${e.note}` : ''}`,
  'photo-added': (e, n) => `${n(e.by)} ${e.data?.via === 'video' ? '在视频指导中拍摄了现场照片' : '添加了照片'}`,
};

/** The customer's side of the same sessions: when, and what came of it. */
const VIDEO_CUSTOMER: Record<string, Text> = {
  'video-booked': (e) =>
    e.data?.live ? '已发起远程视频指导，值班专家即将接入' : `已预约远程视频指导：${sessionTime(e)}`,
  'video-rescheduled': (e) => `远程视频指导已改期至 ${sessionTime(e)}`,
  'video-cancelled': (e) => `${sessionTime(e)} 的远程视频指导已取消`,
  'video-started': () => '远程视频指导开始',
  'video-ended': (e) => `远程视频指导结束：${outcome(e)}${callMinutes(e)}`,
  'photo-added': (e, n) => `${n(e.by)} ${e.data?.via === 'video' ? '在视频指导中拍摄了现场照片' : '添加了照片'}`,
};

/** What both sides read alike. */
const SHARED: Record<string, Text> = {
  reported: (e, n) => {
    const channel = CHANNEL_LABELS[e.data?.channel as ReportChannel];
    if (!channel || e.data?.channel === 'app') return `${n(e.by)} 提交报修`;
    return `${n(e.by)} 受理${channel}${typeof e.data?.callerName === 'string' ? `（来电人：${e.data.callerName}）` : ''}`;
  },
  accepted: (e, n) => `${n(e.by)} 已接单`,
  arrived: (e, n) => `${n(e.by)} 已到达现场`,
  resolved: (e, n) => `${n(e.by)} 已${e.data?.mode === 'remote' ? '远程' : '现场'}处理完成，生成故障处理报告`,
  confirmed: (e, n) => `${n(e.by)} 确认已修复`,
  reopened: (e, n) => `${n(e.by)} 重新打开工单${e.note ? `：${e.note}` : ''}`,
  cancelled: (e, n) => `${n(e.by)} 取消了工单${e.note ? `：${e.note}` : ''}`,
  rated: (e, n) => `${n(e.by)} 完成服务评价`,
  closed: (e) => (e.by === 'system' ? '评价期已过，系统自动关闭工单' : '工单已关闭'),
  resumed,
};

const STAFF: Record<string, Text> = {
  ...SHARED,
  ...VIDEO_STAFF,
  offered: (e, n) => `系统${rerouted(e) ? '改派' : '派单'}给 ${n(str(e.data?.technicianId))}`,
  queued: (e) => {
    const excluded = Array.isArray(e.data?.excluded) ? (e.data.excluded as string[]) : [];
    const shown = excluded.slice(0, 5).join('；') + (excluded.length > 5 ? `；等 ${excluded.length} 人` : '');
    return `暂无可派工程师${shown ? `（${shown}）` : ''}，已转调度人工派单`;
  },
  assigned: (e, n) => {
    const to = n(str(e.data?.technicianId));
    const from = str(e.data?.previousAssigneeId);
    const forced = e.data?.override ? `（强制指派：${str(e.data.reason)}）` : '';
    return `${n(e.by)} ${from ? `将工单从 ${n(from)} 改派给 ${to}` : `指派给 ${to}`}${forced}${e.note ? `：${e.note}` : ''}`;
  },
  taken: (e, n) => `${n(e.by)} 接手处理`,
  rejected: (e, n) => `${n(e.by)} 拒单${e.note ? `：${e.note}` : ''}`,
  'offer-timeout': (e, n) => `${n(str(e.data?.technicianId))} 超时未接单，已改派`,
  'onsite-started': (e, n) => `${n(e.by)} 前往现场${e.note ? `（${e.note}）` : ''}`,
  paused: pausedText('staff'),
  'plan-attached': (e, n) => `${n(e.by)} 提交专家方案${e.note ? `：${e.note}` : ''}`,
  'sla-warned': (e) => `${milestone(e)}即将到期${dueTime(e)}`,
  'sla-breached': (e) => `${milestone(e)}已超时${dueTime(e)}${e.data?.metLate ? '，已逾期完成' : ''}`,
  escalated: (e, n) =>
    `${milestone(e)}${e.data?.climbed ? '无人认领，' : ''}升级至${LEVEL_LABELS[(e.data?.level as Level) ?? 1] ?? '上级'}${notified(e, n)}`,
  'escalation-acknowledged': (e, n) => `${n(e.by)} 认领${milestone(e)}升级（我来处理）`,
};

const CUSTOMER: Record<string, Text> = {
  ...SHARED,
  ...VIDEO_CUSTOMER,
  offered: (e) => (rerouted(e) ? PASSING_ON : FINDING),
  queued: (e) => (rerouted(e) ? PASSING_ON : FINDING),
  assigned: (e) => (e.data?.previousAssigneeId ? PASSING_ON : FINDING),
  rejected: () => PASSING_ON,
  'offer-timeout': () => PASSING_ON,
  'onsite-started': (e, n) => `${n(e.by)} 正在前往现场`,
  paused: pausedText('customer'),
  'plan-attached': () => '专家团队已制定解决方案',
  'sla-warned': () => '正在加紧为您处理',
  'sla-breached': (e) =>
    e.data?.metLate ? `${milestone(e)}已完成（晚于承诺时间）` : `${milestone(e)}未能在承诺时间内完成，已安排专人跟进`,
  escalated: () => '已升级处理，专人跟进中',
  'escalation-acknowledged': () => '专人已接手跟进',
  taken: (e, n) => `${n(e.by)} 已接手处理`,
};

const TEXTS: Record<Viewer, Record<string, Text>> = { staff: STAFF, customer: CUSTOMER };

/** The event's line for this reader. An event type without words (a new one) reads as a plain update, never a code. */
export function eventText(event: TicketEvent, name: Names, viewer: Viewer = 'staff'): string {
  const text = TEXTS[viewer][event.type];
  if (text) return text(event, name);
  return viewer === 'staff' && event.note ? event.note : '工单已更新';
}

/**
 * Events whose author the customer is not told (a rejection, an offer withdrawn): their timeline shows the service,
 * not the technician.
 */
export const AUTHOR_HIDDEN_FROM_CUSTOMERS: ReadonlySet<string> = new Set(['rejected', 'offer-timeout']);

/** Notes a customer wrote or is meant to read: what the technician waits for, replies, reopening and cancelling. */
export const NOTES_SHOWN_TO_CUSTOMERS: ReadonlySet<string> = new Set(['paused', 'resumed', 'reopened', 'cancelled']);

/** What of an event's details a customer may read (the rest is the service's: candidates, notified staff, reasons). */
export function customerEventData(e: TicketEvent): Record<string, unknown> | undefined {
  const d = e.data ?? {};
  switch (e.type) {
    case 'reported':
      return {
        severity: d.severity,
        category: d.category,
        serial: d.serial,
        ...(d.channel ? { channel: d.channel, callerName: d.callerName } : {}),
      };
    case 'paused':
    case 'resumed':
      return { kind: d.kind };
    case 'resolved':
      return { mode: d.mode };
    case 'video-booked':
    case 'video-rescheduled':
    case 'video-cancelled':
      return { bookingId: d.bookingId, start: d.start, ...(d.live ? { live: true } : {}) };
    case 'video-started':
      return { bookingId: d.bookingId };
    case 'video-ended':
      return { bookingId: d.bookingId, outcome: d.outcome, label: d.label, minutes: d.minutes };
    case 'photo-added':
      return { fileId: d.fileId };
    default:
      return undefined;
  }
}
