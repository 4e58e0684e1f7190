import type { TicketEvent } from '../ticket/types';
import type { DayKind, HolidayOracle } from './calendar';
import { computeClocks } from './clocks';
import { planSla } from './ladder';
import { DEFAULT_POLICY, slaPolicy } from './policy';

// Times in Beijing time for readability; stored as UTC instants.
const bj = (local: string) => new Date(`${local}+08:00`);
let seq = 0;
function ev(type: string, local: string, extra: Partial<TicketEvent> = {}): TicketEvent {
  return { seq: ++seq, at: bj(local).toISOString(), by: extra.by ?? 'u', byRole: 'x', type, ...extra };
}
const clock = (events: TicketEvent[], now: string, severity: 'common' | 'major' = 'common', policy = DEFAULT_POLICY) =>
  Object.fromEntries(computeClocks(policy, severity, events, bj(now), oracle).clocks.map((c) => [c.name, c]));
const wire = (local: string) => bj(local).toISOString();

/** 2026: National Day holidays 10-01…10-07, make-up working Saturday 10-10 (from the chinese-days data). */
const DAYS: Record<string, DayKind> = {
  '2026-10-01': 'holiday',
  '2026-10-02': 'holiday',
  '2026-10-03': 'holiday',
  '2026-10-04': 'holiday',
  '2026-10-05': 'holiday',
  '2026-10-06': 'holiday',
  '2026-10-07': 'holiday',
  '2026-10-10': 'makeup',
};
const oracle: HolidayOracle = {
  dayKind: (d) => DAYS[d] ?? ([0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) ? 'weekend' : 'workday'),
};

describe('SLA clocks from the event log (7×24)', () => {
  test('respond: running, warned at 80 %, breached at 100 %; met by acceptance', () => {
    const events = [ev('reported', '2026-11-25T10:00:00')];
    expect(clock(events, '2026-11-25T10:40:00').respond).toMatchObject({
      state: 'running',
      warned: false,
      remainingMinutes: 20,
    });
    expect(clock(events, '2026-11-25T10:48:00').respond).toMatchObject({ state: 'running', warned: true });
    expect(clock(events, '2026-11-25T11:00:00').respond).toMatchObject({
      state: 'breached',
      breachedAt: wire('2026-11-25T11:00:00'),
    });
    const met = [...events, ev('accepted', '2026-11-25T10:20:00')];
    expect(clock(met, '2026-11-25T10:30:00').respond).toMatchObject({
      state: 'met',
      metAt: wire('2026-11-25T10:20:00'),
    });
  });

  test('a met milestone never becomes breached later, however late it is read', () => {
    const events = [ev('reported', '2026-11-25T10:00:00'), ev('accepted', '2026-11-25T10:59:00')];
    expect(clock(events, '2026-11-25T10:59:30').respond.state).toBe('met');
    expect(clock(events, '2026-12-31T00:00:00').respond.state).toBe('met');
    // met one minute late: a breach that was then met, and it stays that way
    const late = [ev('reported', '2026-11-25T10:00:00'), ev('accepted', '2026-11-25T11:01:00')];
    expect(clock(late, '2026-11-25T12:00:00').respond).toMatchObject({
      state: 'breached',
      metAt: wire('2026-11-25T11:01:00'),
    });
  });

  test('a pause across midnight does not count, on any running clock', () => {
    const events = [
      ev('reported', '2026-11-25T23:00:00'),
      ev('accepted', '2026-11-25T23:10:00'),
      ev('paused', '2026-11-25T23:30:00', { note: '等待客户开机', data: { kind: 'customer' } }),
      ev('resumed', '2026-11-26T08:30:00'),
    ];
    // remote fix: 60 min from 23:10; 20 counted before the pause, 40 left after 08:30 → due 09:10
    const c = clock(events, '2026-11-26T08:40:00');
    expect(c.remoteFix).toMatchObject({ state: 'running', dueAt: wire('2026-11-26T09:10:00'), elapsedMinutes: 30 });
    const paused = clock(events.slice(0, 3), '2026-11-26T03:00:00');
    expect(paused.remoteFix).toMatchObject({ state: 'paused', elapsedMinutes: 20 });
    // nothing breaches while paused, however long
    expect(clock(events.slice(0, 3), '2026-11-28T00:00:00').remoteFix.state).toBe('paused');
  });

  test('a milestone met before a pause keeps its deadline, warning time and elapsed minutes', () => {
    // respond met at 10:06 (limit 60 min, due 11:00); the remote fix is then paused for 96 minutes
    const events = [
      ev('reported', '2026-11-25T10:00:00'),
      ev('accepted', '2026-11-25T10:06:00'),
      ev('paused', '2026-11-25T10:20:00', { note: '请开通远程权限', data: { kind: 'customer' } }),
      ev('resumed', '2026-11-25T11:56:00'),
    ];
    const respond = { state: 'met', dueAt: wire('2026-11-25T11:00:00'), warnAt: wire('2026-11-25T10:48:00') };
    expect(clock(events.slice(0, 3), '2026-11-25T11:30:00').respond).toMatchObject(respond);
    const after = clock(events, '2026-11-25T12:00:00');
    expect(after.respond).toMatchObject({ ...respond, metAt: wire('2026-11-25T10:06:00'), elapsedMinutes: 6 });
    expect(after.respond.breachedAt).toBeNull();
    // the running remote fix does move: 14 min before the pause, 46 left from 11:56 → 12:42
    expect(after.remoteFix).toMatchObject({ state: 'running', dueAt: wire('2026-11-25T12:42:00') });
  });

  test('a clock met late or stopped keeps the deadline it had when it ended, whatever pauses follow', () => {
    const late = [
      ev('reported', '2026-11-25T10:00:00'),
      ev('accepted', '2026-11-25T11:10:00'),
      ev('paused', '2026-11-25T11:20:00', { data: { kind: 'parts' } }),
      ev('resumed', '2026-11-25T15:00:00'),
    ];
    expect(clock(late, '2026-11-25T16:00:00').respond).toMatchObject({
      state: 'breached',
      dueAt: wire('2026-11-25T11:00:00'),
      breachedAt: wire('2026-11-25T11:00:00'),
      elapsedMinutes: 70,
    });
    const stopped = [
      ev('reported', '2026-11-25T10:00:00'),
      ev('accepted', '2026-11-25T10:10:00'),
      ev('onsite-started', '2026-11-25T10:30:00'),
      ev('paused', '2026-11-25T10:40:00', { data: { kind: 'customer' } }),
      ev('resumed', '2026-11-25T13:40:00'),
    ];
    const c = clock(stopped, '2026-11-25T14:00:00');
    expect(c.remoteFix).toMatchObject({ state: 'stopped', dueAt: wire('2026-11-25T11:10:00'), elapsedMinutes: 20 });
    // the on-site clock, still running, excludes the pause: 12:00 + 3 h → 15:00
    expect(c.onsite).toMatchObject({ state: 'running', dueAt: wire('2026-11-25T15:00:00') });
  });

  test('a remote-fix failure stops the remote clock and starts the on-site clock, measured from the report', () => {
    const events = [
      ev('reported', '2026-11-25T10:00:00'),
      ev('accepted', '2026-11-25T10:10:00'),
      ev('onsite-started', '2026-11-25T10:50:00'),
    ];
    const before = clock(events.slice(0, 2), '2026-11-25T10:30:00');
    expect(before.onsite.state).toBe('pending');
    expect(before.remoteFix.state).toBe('running');
    const c = clock(events, '2026-11-25T11:00:00');
    expect(c.remoteFix).toMatchObject({ state: 'stopped', stoppedAt: wire('2026-11-25T10:50:00') });
    expect(c.onsite).toMatchObject({ state: 'running', dueAt: wire('2026-11-25T12:00:00') });
    const arrived = clock([...events, ev('arrived', '2026-11-25T11:45:00')], '2026-11-25T13:00:00');
    expect(arrived.onsite.state).toBe('met');
  });

  test('a remote fix in time: met, and the on-site clock never starts', () => {
    const events = [
      ev('reported', '2026-11-25T10:00:00'),
      ev('accepted', '2026-11-25T10:10:00'),
      ev('resolved', '2026-11-25T10:55:00', { data: { mode: 'remote' } }),
    ];
    const c = clock(events, '2026-11-25T20:00:00');
    expect(c.remoteFix.state).toBe('met');
    expect(c.onsite.state).toBe('pending');
  });

  test('reopening after confirmation starts a new round; the first round keeps its history', () => {
    const events = [
      ev('reported', '2026-11-25T10:00:00'),
      ev('accepted', '2026-11-25T10:10:00'),
      ev('resolved', '2026-11-25T10:30:00', { data: { mode: 'remote' } }),
      ev('confirmed', '2026-11-25T11:00:00'),
      ev('reopened', '2026-11-26T09:00:00'),
    ];
    const c = clock(events, '2026-11-26T09:30:00');
    expect(c.respond).toMatchObject({ state: 'running', dueAt: wire('2026-11-26T10:00:00') });
    expect(c.remoteFix.state).toBe('pending');
    const first = computeClocks(DEFAULT_POLICY, 'common', events, bj('2026-11-26T09:30:00'), oracle, 0);
    expect(first.clocks.map((x) => x.state)).toEqual(['met', 'met', 'pending']);
  });

  test('a major fault: 30-minute response and the expert plan within 2 hours', () => {
    const events = [ev('reported', '2026-11-25T10:00:00'), ev('accepted', '2026-11-25T10:20:00')];
    const c = clock(events, '2026-11-25T11:00:00', 'major');
    expect(c.respond.state).toBe('met');
    expect(c.plan).toMatchObject({ state: 'running', dueAt: wire('2026-11-25T12:00:00') });
    const planned = clock([...events, ev('plan-attached', '2026-11-25T11:30:00')], '2026-11-25T13:00:00', 'major');
    expect(planned.plan.state).toBe('met');
  });
});

describe('SLA clocks in contract service hours', () => {
  const hours = slaPolicy(
    { calendar: { kind: 'hours', hours: { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' } } },
    'HT-2026-001',
  );

  test('only service hours count: a report at 17:30 on a Friday is due at 09:30 on Monday', () => {
    // 2026-11-27 is a Friday
    const c = clock([ev('reported', '2026-11-27T17:30:00')], '2026-11-28T12:00:00', 'common', hours);
    expect(c.respond).toMatchObject({ state: 'running', dueAt: wire('2026-11-30T09:30:00'), elapsedMinutes: 30 });
  });

  test('across the National Day holiday and onto the make-up working Saturday', () => {
    // Wednesday 2026-09-30 17:00: 60 min of service time: 17:00–18:00 that day → due 18:00 the same day
    expect(clock([ev('reported', '2026-09-30T17:00:00')], '2026-09-30T17:10:00', 'common', hours).respond.dueAt).toBe(
      wire('2026-09-30T18:00:00'),
    );
    // 17:30: 30 min on 09-30, the holidays 10-01…10-07 skipped, 10-08 (Thursday) 09:00 + 30 → 09:30
    expect(
      clock([ev('reported', '2026-09-30T17:30:00')], '2026-10-03T12:00:00', 'common', hours).respond,
    ).toMatchObject({
      dueAt: wire('2026-10-08T09:30:00'),
      elapsedMinutes: 30,
      state: 'running',
    });
    // Friday 10-09 17:30: 30 min that day, then the make-up working Saturday 10-10 counts → due 10-10 09:30
    expect(clock([ev('reported', '2026-10-09T17:30:00')], '2026-10-09T17:40:00', 'common', hours).respond.dueAt).toBe(
      wire('2026-10-10T09:30:00'),
    );
  });

  test('a pause inside service hours and a night outside them', () => {
    const events = [
      ev('reported', '2026-11-25T17:00:00'),
      ev('accepted', '2026-11-25T17:20:00'),
      ev('paused', '2026-11-25T17:40:00', { data: { kind: 'parts' } }),
      ev('resumed', '2026-11-26T10:00:00'),
    ];
    // remote fix from 17:20: 20 counted to 17:40, paused till 10:00 next day, 40 more → 10:40
    expect(clock(events, '2026-11-26T10:05:00', 'common', hours).remoteFix.dueAt).toBe(wire('2026-11-26T10:40:00'));
  });
});

describe('the escalation ladder', () => {
  const major = [ev('reported', '2026-11-25T10:00:00')];
  const input = (events: TicketEvent[]) => ({
    severity: 'major' as const,
    status: 'reported' as const,
    assigneeId: null,
    offeredAt: null,
    events,
  });
  const plan = (events: TicketEvent[], now: string) => planSla(input(events), DEFAULT_POLICY, oracle, bj(now));
  const marks = (round = 0) => ({ round });

  test('an unaccepted major fault: warning at 24 min, breach and the expert team at 30 min', () => {
    expect(plan(major, '2026-11-25T10:23:00').actions).toEqual([]);
    expect(plan(major, '2026-11-25T10:23:00').nextDueAt).toBe(wire('2026-11-25T10:24:00'));
    const at24 = plan(major, '2026-11-25T10:24:00');
    expect(at24.actions.map((a) => [a.kind, 'milestone' in a ? a.milestone : null])).toEqual([['warn', 'respond']]);
    const warned = [...major, ev('sla-warned', '2026-11-25T10:24:00', { data: { ...marks(), milestone: 'respond' } })];
    expect(plan(warned, '2026-11-25T10:24:00').actions).toEqual([]);
    expect(plan(warned, '2026-11-25T10:24:00').nextDueAt).toBe(wire('2026-11-25T10:30:00'));
    const at30 = plan(warned, '2026-11-25T10:30:00');
    expect(at30.actions).toEqual([expect.objectContaining({ kind: 'breach', milestone: 'respond', level: 2 })]);
  });

  test('unacknowledged, it climbs to the special task force at 2 h; acknowledged, it stops', () => {
    const escalated = [
      ...major,
      ev('sla-warned', '2026-11-25T10:24:00', { data: { ...marks(), milestone: 'respond' } }),
      ev('sla-breached', '2026-11-25T10:30:00', { data: { ...marks(), milestone: 'respond' } }),
      ev('escalated', '2026-11-25T10:30:00', { data: { ...marks(), milestone: 'respond', level: 2 } }),
    ];
    expect(plan(escalated, '2026-11-25T11:59:00').actions.filter((a) => a.kind === 'climb')).toEqual([]);
    const at2h = plan(escalated, '2026-11-25T12:00:00');
    expect(at2h.actions).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'climb', milestone: 'respond', level: 3 })]),
    );
    const acked = [
      ...escalated,
      ev('escalation-acknowledged', '2026-11-25T10:35:00', {
        by: 'e-2901',
        data: { ...marks(), milestone: 'respond', level: 2 },
      }),
    ];
    const ackedAt2h = plan(acked, '2026-11-25T12:00:00');
    expect(ackedAt2h.actions.filter((a) => a.kind === 'climb')).toEqual([]);
    // the plan's own breach at 2 h goes to the expert team; with the first breach owned, not to the task force
    expect(ackedAt2h.actions).toEqual([expect.objectContaining({ kind: 'breach', milestone: 'plan', level: 2 })]);
    // unowned, the second breach is a repeated one: straight to the task force
    expect(at2h.actions).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'breach', milestone: 'plan', level: 3 })]),
    );
    expect(ackedAt2h.escalations.find((e) => e.milestone === 'respond')?.acknowledgedBy).toBe('e-2901');
  });

  test('an offer not accepted within half the respond time left is withdrawn', () => {
    const offered = {
      severity: 'common' as const,
      status: 'assigned' as const,
      assigneeId: 't-2001',
      offeredAt: wire('2026-11-25T10:00:00'),
      events: [ev('reported', '2026-11-25T10:00:00'), ev('offered', '2026-11-25T10:00:00')],
    };
    const early = planSla(offered, DEFAULT_POLICY, oracle, bj('2026-11-25T10:29:00'));
    expect(early.actions).toEqual([]);
    expect(early.nextDueAt).toBe(wire('2026-11-25T10:30:00'));
    const late = planSla(offered, DEFAULT_POLICY, oracle, bj('2026-11-25T10:30:00'));
    expect(late.actions).toEqual([{ kind: 'offer-timeout', technicianId: 't-2001' }]);
  });
});

describe("a remote video session's outcome (bookings.finish)", () => {
  test('fixed by video meets the remote fix; on-site work starts the on-site clock; parts needed moves neither', () => {
    const base = [ev('reported', '2026-11-25T10:00:00'), ev('accepted', '2026-11-25T10:05:00')];
    const ended = (outcome: string) =>
      ev('video-ended', '2026-11-25T10:40:00', { by: 'e-1', data: { outcome, bookingId: 'bk_1' } });
    expect(clock([...base, ended('fixed-remotely')], '2026-11-25T11:30:00').remoteFix).toMatchObject({
      state: 'met',
      metBy: 'e-1',
      metAt: wire('2026-11-25T10:40:00'),
    });
    const onsite = clock([...base, ended('needs-onsite')], '2026-11-25T10:50:00');
    expect(onsite.remoteFix!.state).toBe('stopped');
    expect(onsite.onsite).toMatchObject({ state: 'running', startedAt: wire('2026-11-25T10:40:00') });
    const parts = clock([...base, ended('needs-parts')], '2026-11-25T10:50:00');
    expect(parts.remoteFix!.state).toBe('running');
    expect(parts.onsite!.state).toBe('pending');
  });
});
