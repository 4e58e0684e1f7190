// Every event a ticket's timeline can hold reads as words — in the app, the fault report and the evidence pack —
// never as its internal type name.
import { eventText } from './event-text';
import type { TicketEvent } from './types';

const names: Record<string, string> = { 't-1': '李强', 'e-1': '周博', 'c-1': '陈立' };
const name = (id: string) => names[id] ?? id;
const event = (type: string, extra: Partial<TicketEvent> = {}): TicketEvent =>
  ({ seq: 1, type, by: 't-1', byRole: 'technician', at: '2026-11-25T02:00:00.000Z', ...extra }) as TicketEvent;

test('SLA warnings, breaches, escalations and who took them read as sentences', () => {
  const sla = { round: 0, milestone: 'respond', label: '响应' };
  expect(eventText(event('sla-warned', { by: 'system', data: sla }), name)).toBe('响应即将超时，已提醒处理人');
  expect(eventText(event('sla-breached', { by: 'system', data: sla }), name)).toBe('响应已超时');
  expect(eventText(event('escalated', { by: 'system', data: { ...sla, level: 2 } }), name)).toBe(
    '响应超时未处理，已升级至专家团队',
  );
  expect(
    eventText(
      event('escalation-acknowledged', { by: 'e-1', data: { round: 0, milestone: 'respond', level: 2 } }),
      name,
    ),
  ).toBe('周博 认领响应升级，负责跟进');
});

test('pauses, resumes and the expert plan read as sentences', () => {
  expect(eventText(event('paused', { note: '客户机房停电', data: { kind: 'customer' } }), name)).toBe(
    '李强 暂停计时（等待客户）：客户机房停电',
  );
  expect(eventText(event('resumed', { data: { kind: 'customer' } }), name)).toBe('李强 恢复计时');
  expect(eventText(event('plan-attached', { by: 'e-1', note: '先远程重启主控' }), name)).toBe('周博 提交专家方案');
});

test('every event type the ticket rules write has its words', () => {
  const types = [
    'reported',
    'offered',
    'queued',
    'assigned',
    'accepted',
    'rejected',
    'offer-timeout',
    'onsite-started',
    'arrived',
    'resolved',
    'confirmed',
    'reopened',
    'cancelled',
    'rated',
    'closed',
    'paused',
    'resumed',
    'plan-attached',
    'sla-warned',
    'sla-breached',
    'escalated',
    'escalation-acknowledged',
  ];
  for (const type of types) expect(eventText(event(type, { data: { technicianId: 't-1' } }), name)).not.toContain(type);
});
