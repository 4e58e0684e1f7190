// The service's time implied by a ticket's clocks, and when a new measurement moves the offset.
import type { Ticket } from './api';
import { nextOffset, serviceNowOf } from './service-clock';
import type { SlaClock } from './sla-words';

const base: SlaClock = {
  name: 'respond',
  label: '响应',
  state: 'running',
  warned: false,
  withinMinutes: 30,
  startedAt: '2026-11-25T18:10:00+08:00',
  dueAt: '2026-11-25T18:40:00+08:00',
  metAt: null,
  breachedAt: null,
  elapsedMinutes: 10,
  remainingMinutes: 20,
};
const ticket = (...clocks: SlaClock[]) => ({ sla: { clocks } }) as unknown as Pick<Ticket, 'sla' | 'events'>;

test('a running wall-time clock tells the service time to within a minute', () => {
  const at = serviceNowOf(ticket(base))!;
  expect(new Date(at).toISOString()).toBe('2026-11-25T10:20:30.000Z');
});

test('an overdue clock still tells it; paused, met or service-hours clocks do not', () => {
  expect(serviceNowOf(ticket({ ...base, state: 'breached', remainingMinutes: -1 }))).toBe(
    Date.parse('2026-11-25T18:41:30+08:00'),
  );
  expect(serviceNowOf(ticket({ ...base, state: 'paused' }))).toBeNull();
  expect(serviceNowOf(ticket({ ...base, state: 'met', metAt: base.startedAt, remainingMinutes: null }))).toBeNull();
  expect(serviceNowOf(ticket({ ...base, dueAt: '2026-11-26T09:20:00+08:00' }))).toBeNull();
});

test('a clock that paused and went on still tells it: its due time moved by the pause', () => {
  const t = {
    ...ticket({ ...base, dueAt: '2026-11-25T18:45:00+08:00' }),
    events: [
      { type: 'paused', at: '2026-11-25T18:12:00+08:00' },
      { type: 'resumed', at: '2026-11-25T18:17:00+08:00' },
    ],
  } as unknown as Pick<Ticket, 'sla' | 'events'>;
  expect(serviceNowOf(t)).toBe(Date.parse('2026-11-25T18:25:30+08:00'));
  expect(serviceNowOf({ ...t, events: [] })).toBeNull();
});

test('the offset moves only when a measurement disagrees by more than the tolerance', () => {
  expect(nextOffset(0, 1_000_030_000, 1_000_000_000, 90_000)).toBe(0);
  expect(nextOffset(0, 1_001_860_000, 1_000_000_000, 90_000)).toBe(1_860_000);
});
