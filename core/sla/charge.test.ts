import type { TicketEvent } from '../ticket/types';
import { finishedClocksOf } from './attainment';
import { chargedTo, holderAt } from './charge';
import { computeClocks } from './clocks';
import { DEFAULT_POLICY } from './policy';

const bj = (local: string) => new Date(`${local}+08:00`);
let seq = 0;
function ev(type: string, local: string, extra: Partial<TicketEvent> = {}): TicketEvent {
  return { seq: ++seq, at: bj(local).toISOString(), by: 'system', byRole: 'system', type, ...extra };
}
const oracle = { dayKind: () => 'workday' as const };
const offered = (who: string, local: string) =>
  ev('offered', local, { from: 'reported', to: 'assigned', data: { technicianId: who } });
const accepted = (who: string, local: string) =>
  ev('accepted', local, { by: who, byRole: 'technician', from: 'assigned', to: 'accepted' });
const clocks = (events: TicketEvent[], now: string, severity: 'common' | 'major' = 'common') =>
  Object.fromEntries(computeClocks(DEFAULT_POLICY, severity, events, bj(now), oracle).clocks.map((c) => [c.name, c]));

describe('whom a clock is charged to', () => {
  // offered to t-1, who let the offer time out; offered to t-2, who held it when the response time ran out at 11:00;
  // the desk then gave it to t-3, who accepted late
  const events = [
    ev('reported', '2026-11-25T10:00:00', { by: 'c-1', byRole: 'customer' }),
    offered('t-1', '2026-11-25T10:00:00'),
    ev('offer-timeout', '2026-11-25T10:30:00', { data: { technicianId: 't-1' } }),
    ev('offered', '2026-11-25T10:30:00', { from: 'assigned', to: 'assigned', data: { technicianId: 't-2' } }),
    ev('assigned', '2026-11-25T11:10:00', {
      by: 'd-1',
      byRole: 'dispatcher',
      from: 'assigned',
      to: 'assigned',
      data: { technicianId: 't-3', previousAssigneeId: 't-2' },
    }),
    accepted('t-3', '2026-11-25T11:15:00'),
  ];

  test('who held the ticket at an instant: the assignee then (offered or accepted), null in the queue', () => {
    expect(holderAt(events, bj('2026-11-25T10:10:00').getTime())).toBe('t-1');
    expect(holderAt(events, bj('2026-11-25T11:00:00').getTime())).toBe('t-2');
    expect(holderAt(events, bj('2026-11-25T11:20:00').getTime())).toBe('t-3');
    const queued = [events[0]!, ev('queued', '2026-11-25T10:00:00', { data: { trigger: 'report' } })];
    expect(holderAt(queued, bj('2026-11-25T11:00:00').getTime())).toBeNull();
  });

  test('a breach goes to whoever held the clock when it breached, not to whoever took the ticket later', () => {
    const respond = clocks(events, '2026-11-25T12:00:00').respond!;
    expect(respond).toMatchObject({ state: 'breached', metAt: bj('2026-11-25T11:15:00').toISOString() });
    expect(chargedTo(respond, events)).toBe('t-2');
  });

  test('a breach while the ticket waited in the queue is charged to nobody ("-")', () => {
    const queued = [
      ev('reported', '2026-11-25T10:00:00', { by: 'c-1', byRole: 'customer' }),
      ev('queued', '2026-11-25T10:00:00', { data: { trigger: 'report' } }),
      ev('assigned', '2026-11-25T11:30:00', {
        by: 'd-1',
        from: 'reported',
        to: 'assigned',
        data: { technicianId: 't-3' },
      }),
    ];
    expect(chargedTo(clocks(queued, '2026-11-25T12:00:00').respond!, queued)).toBe('-');
  });

  test('a clock met in time is charged to whoever met it: the expert who attached the plan, not the assignee', () => {
    const major = [
      ev('reported', '2026-11-25T10:00:00', { by: 'c-1', byRole: 'customer' }),
      offered('t-1', '2026-11-25T10:00:00'),
      accepted('t-1', '2026-11-25T10:10:00'),
      ev('plan-attached', '2026-11-25T11:00:00', { by: 'e-1', byRole: 'expert' }),
    ];
    const c = clocks(major, '2026-11-25T12:00:00', 'major');
    expect(chargedTo(c.respond!, major)).toBe('t-1');
    expect(chargedTo(c.plan!, major)).toBe('e-1');
  });

  test('attainment rows take the charge per clock and round', () => {
    const finished = finishedClocksOf(
      { severity: 'common', slaPolicy: DEFAULT_POLICY, events },
      oracle,
      bj('2026-11-25T12:00:00'),
      (holder) => holder,
    );
    expect(finished).toEqual([{ milestone: 'respond', group: 't-2', state: 'breached' }]);
  });
});
