// The timeline's words: what each ticket event says to the people reading it.
import type { TicketEvent } from './types';

type Names = (userId: string) => string;

/** Who reads the timeline: the desk's reasons (a forced assignment's) are for staff, not for the customer. */
export type Audience = 'staff' | 'customer';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

const TEXTS: Record<string, (e: TicketEvent, name: Names, audience: Audience) => string> = {
  reported: (e, n) => `${n(e.by)} 提交报修`,
  offered: (e, n) => `系统派单给 ${n(str(e.data?.technicianId))}`,
  queued: () => '暂无可派工程师，已转调度人工派单',
  assigned: (e, n, audience) =>
    `${n(e.by)} 指派给 ${n(str(e.data?.technicianId))}` +
    (e.data?.override && audience === 'staff' ? `（强制指派：${str(e.data.reason)}）` : ''),
  taken: (e, n) => `${n(e.by)} 接手处理`,
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
};

export function eventText(event: TicketEvent, name: Names, audience: Audience = 'staff'): string {
  const text = TEXTS[event.type];
  return text ? text(event, name, audience) : (event.note ?? event.type);
}

/** The event's data as this reader may see it: arrival coordinates and a forced assignment's reason are staff's. */
export function eventData(event: TicketEvent, audience: Audience): Record<string, unknown> | undefined {
  if (!event.data || audience === 'staff') return event.data;
  if (event.type === 'arrived') return undefined;
  if (event.type === 'assigned' && event.data.override) {
    const { override: _override, reason: _reason, ...rest } = event.data;
    return rest;
  }
  return event.data;
}
