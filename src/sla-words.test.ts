// The clock a ticket's holder works against, and its promised times in words, from the service's SLA clocks.
import type { Ticket } from './api';
import {
  breachedWords,
  clockLine,
  countdownOf,
  countdownWords,
  runningClock,
  slaPromises,
  type SlaClock,
} from './sla-words';

const now = new Date('2026-11-25T06:00:00Z'); // 14:00 in Shanghai

function clock(patch: Partial<SlaClock> & Pick<SlaClock, 'name' | 'label' | 'state'>): SlaClock {
  return {
    warned: false,
    withinMinutes: 60,
    startedAt: null,
    dueAt: null,
    metAt: null,
    breachedAt: null,
    elapsedMinutes: 0,
    remainingMinutes: null,
    ...patch,
  };
}

/** Only the fields the SLA words read. */
function ticket(status: string, clocks: SlaClock[], paused: unknown = null): Ticket {
  return { status, sla: { clocks, paused } } as unknown as Ticket;
}

const respond = clock({ name: 'respond', label: '响应', state: 'running', dueAt: '2026-11-25T14:42:00+08:00' });

test('an offered ticket runs the response clock, amber when close and red once overdue', () => {
  const offered = ticket('assigned', [respond, clock({ name: 'remoteFix', label: '远程解决', state: 'pending' })]);
  const running = runningClock(offered)!;
  expect(running.name).toBe('respond');
  expect(clockLine(running, now)).toEqual({ text: '响应剩余 42 分钟', tone: 'ok' });
  expect(clockLine(running, new Date('2026-11-25T06:30:00Z'))).toEqual({ text: '响应剩余 12 分钟', tone: 'warn' });
  expect(clockLine({ ...running, warned: true }, now).tone).toBe('warn');
  expect(clockLine(running, new Date('2026-11-25T06:47:00Z'))).toEqual({ text: '响应已超时 5 分钟', tone: 'bad' });
});

test('the clock due first is the one that runs; a paused clock says so in grey; none once all are done', () => {
  const plan = clock({ name: 'plan', label: '专家方案', state: 'running', dueAt: '2026-11-25T15:30:00+08:00' });
  const onsite = clock({ name: 'onsite', label: '到场', state: 'running', dueAt: '2026-11-25T15:00:00+08:00' });
  expect(runningClock(ticket('accepted', [plan, onsite]))?.name).toBe('onsite');
  expect(clockLine({ ...onsite, state: 'paused' }, now)).toEqual({ text: '到场已暂停', tone: 'muted' });
  const met = { ...respond, state: 'met' as const, metAt: '2026-11-25T13:10:00+08:00' };
  expect(runningClock(ticket('resolved', [met]))).toBeNull();
});

test('promised times say what was met, what is running, what waits and what was missed', () => {
  const t = ticket('onsite', [
    clock({
      name: 'respond',
      label: '响应',
      state: 'met',
      metAt: '2026-11-25T13:10:00+08:00',
      breachedAt: '2026-11-25T13:00:00+08:00',
    }),
    clock({ name: 'remoteFix', label: '远程解决', state: 'stopped' }),
    clock({ name: 'onsite', label: '到场', state: 'met', metAt: '2026-11-25T13:58:00+08:00' }),
    clock({ name: 'plan', label: '专家方案', state: 'running', dueAt: '2026-11-25T15:00:00+08:00' }),
  ]);
  expect(slaPromises(t, now)).toEqual([
    { key: 'respond', label: '响应', text: '已于 13:10 接单响应（超时）', tone: 'bad' },
    { key: 'onsite', label: '到场', text: '已于 13:58 到达现场', tone: 'ok' },
    { key: 'plan', label: '专家方案', text: '15:00 前给出专家方案（还剩 1 小时）', tone: 'progress' },
  ]);
  expect(breachedWords(t)).toBe('响应');
  const waiting = ticket('assigned', [clock({ name: 'remoteFix', label: '远程解决', state: 'pending' })]);
  expect(slaPromises(waiting, now)[0]?.text).toBe('60 分钟内远程解决（尚未开始计时）');
});

test('a paused promise gives the reason; a cancelled ticket promises nothing more', () => {
  const paused = ticket('accepted', [{ ...respond, state: 'paused' }], {
    since: '2026-11-25T13:30:00+08:00',
    kind: 'customer',
    reason: '客户现场暂不具备条件',
  });
  expect(slaPromises(paused, now)[0]).toMatchObject({ text: '已暂停计时：客户现场暂不具备条件', tone: 'muted' });
  expect(slaPromises(ticket('cancelled', [respond]), now)).toEqual([]);
});

test('a countdown per milestone: blue running, amber warned, red overdue by how much, grey paused, green met', () => {
  const t = ticket('accepted', [], { since: '2026-11-25T13:50:00+08:00', kind: 'customer', reason: '请提供日志' });
  expect(countdownOf(respond, t, now)).toMatchObject({ state: 'running', tone: 'progress', badge: '还剩 42:00' });
  expect(countdownOf(respond, t, new Date('2026-11-25T06:35:30Z'))).toMatchObject({
    state: 'warned',
    tone: 'warn',
    badge: '还剩 06:30',
  });
  expect(countdownOf({ ...respond, state: 'breached' }, t, new Date('2026-11-25T06:45:05Z'))).toMatchObject({
    state: 'overdue',
    tone: 'bad',
    badge: '超时 03:05',
  });
  expect(countdownOf({ ...respond, state: 'paused', remainingMinutes: 20 }, t, now)).toEqual({
    state: 'paused',
    tone: 'muted',
    badge: '已暂停',
    detail: '等待客户：请提供日志 · 剩余 20 分钟',
  });
  expect(countdownOf({ ...respond, state: 'met', metAt: '2026-11-25T13:10:00+08:00' }, t, now)).toMatchObject({
    state: 'met',
    tone: 'ok',
    badge: '✓ 已达成',
  });
  expect(countdownOf({ ...respond, state: 'stopped' }, t, now)).toBeNull();
  expect(countdownWords(2 * 3600_000 + 5 * 60_000 + 9_000)).toBe('2:05:09');
});

test('an overdue clock the service still counts stays the one to watch', () => {
  const overdue = { ...respond, state: 'breached' as const, remainingMinutes: -3 };
  expect(runningClock(ticket('assigned', [overdue]))?.name).toBe('respond');
  expect(runningClock(ticket('assigned', [{ ...overdue, metAt: '2026-11-25T14:50:00+08:00' }]))).toBeNull();
});
