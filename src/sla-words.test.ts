// The clock a ticket's holder works against, and its promised times in words.
import type { Ticket } from './api';
import { breachedWords, clockLine, runningClock, slaPromises } from './sla-words';

const now = new Date('2026-11-25T06:00:00Z'); // 14:00 in Shanghai

/** Only the fields the SLA words read. */
function ticket(patch: Record<string, unknown>): Ticket {
  return {
    status: 'assigned',
    mode: null,
    acceptedAt: null,
    arrivedAt: null,
    resolvedAt: null,
    sla: { respondBy: '2026-11-25T14:42:00+08:00', breached: [] },
    ...patch,
  } as unknown as Ticket;
}

test('an offered ticket runs the response clock, amber under 15 minutes and red once overdue', () => {
  const offered = ticket({});
  const clock = runningClock(offered)!;
  expect(clock.key).toBe('respond');
  expect(clockLine(clock, now)).toEqual({ text: '响应剩余 42 分钟', tone: 'ok' });
  expect(clockLine(clock, new Date('2026-11-25T06:30:00Z'))).toEqual({ text: '响应剩余 12 分钟', tone: 'warn' });
  expect(clockLine(clock, new Date('2026-11-25T06:47:00Z'))).toEqual({ text: '响应已超时 5 分钟', tone: 'bad' });
});

test('after acceptance the remote-fix clock runs; once on-site work is needed, the arrival clock', () => {
  const remote = ticket({
    status: 'accepted',
    acceptedAt: '2026-11-25T13:50:00+08:00',
    sla: { respondBy: '2026-11-25T14:42:00+08:00', remoteFixBy: '2026-11-25T14:50:00+08:00', breached: [] },
  });
  expect(runningClock(remote)?.key).toBe('remoteFix');
  const onsite = ticket({
    status: 'accepted',
    mode: 'onsite',
    acceptedAt: '2026-11-25T13:50:00+08:00',
    sla: { respondBy: '2026-11-25T14:42:00+08:00', arriveBy: '2026-11-25T15:40:00+08:00', breached: [] },
  });
  expect(runningClock(onsite)).toMatchObject({ key: 'arrive', name: '到场' });
  expect(runningClock(ticket({ status: 'onsite', arrivedAt: '2026-11-25T13:59:00+08:00' }))).toBeNull();
  expect(runningClock(ticket({ status: 'closed' }))).toBeNull();
});

test('promised times say what was met, what is running and what was missed', () => {
  const t = ticket({
    status: 'onsite',
    mode: 'onsite',
    acceptedAt: '2026-11-25T13:10:00+08:00',
    arrivedAt: '2026-11-25T13:58:00+08:00',
    sla: {
      respondBy: '2026-11-25T13:00:00+08:00',
      arriveBy: '2026-11-25T15:00:00+08:00',
      planBy: '2026-11-25T15:00:00+08:00',
      breached: ['respond'],
    },
  });
  expect(slaPromises(t, now)).toEqual([
    { key: 'respond', label: '响应', text: '已于 13:10 接单响应（超时）', tone: 'bad' },
    { key: 'arrive', label: '到场', text: '已于 13:58 到达现场', tone: 'ok' },
    { key: 'plan', label: '解决方案', text: '重大故障：专家团队 15:00 前给出解决方案', tone: 'progress' },
  ]);
  expect(breachedWords(t)).toBe('响应');
});

test('a cancelled ticket promises nothing more', () => {
  expect(slaPromises(ticket({ status: 'cancelled' }), now)).toEqual([]);
});
