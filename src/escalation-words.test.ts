// The customer's escalation banner names the rung the ticket reached, calmly, while it is open.
import type { Ticket } from './api';
import { escalatedTo, escalationBanner } from './escalation-words';

const rung = (level: 1 | 2 | 3, levelLabel: string) => ({
  milestone: 'respond' as const,
  level,
  levelLabel,
  at: '2026-11-25T10:30:00+08:00',
  acknowledgedBy: null,
  acknowledgedByName: null,
  acknowledgedAt: null,
});
const ticket = (escalated: boolean, escalations: ReturnType<typeof rung>[], status: Ticket['status'] = 'reported') =>
  ({ escalated, status, sla: { escalations } }) as unknown as Ticket;

test('not escalated: no banner', () => {
  expect(escalatedTo(ticket(false, []))).toBeNull();
  expect(escalationBanner(ticket(false, [rung(1, '现场服务团队')]))).toBeNull();
});

test('escalated: the highest rung reached, in the view’s words', () => {
  expect(escalationBanner(ticket(true, [rung(2, '专家团队')]))).toBe('已升级至专家团队处理');
  expect(escalationBanner(ticket(true, [rung(2, '专家团队'), rung(3, '专项小组'), rung(1, '现场服务团队')]))).toBe(
    '已升级至专项小组处理',
  );
});

test('flagged before any rung is listed: the expert team, as the customer was told', () => {
  expect(escalationBanner(ticket(true, []))).toBe('已升级至专家团队处理');
});

test('a finished ticket shows no banner, an accepted one still does', () => {
  expect(escalationBanner(ticket(true, [rung(2, '专家团队')], 'resolved'))).toBeNull();
  expect(escalationBanner(ticket(true, [rung(2, '专家团队')], 'accepted'))).toBe('已升级至专家团队处理');
});
