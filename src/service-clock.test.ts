// The service's time from a ticket view, and when a new measurement moves the offset.
import type { Ticket } from './api';
import { nextOffset, serviceNowOf } from './service-clock';

const ticket = (at: string) => ({ sla: { at } }) as unknown as Pick<Ticket, 'sla'>;

test('a ticket view states the service time its clocks were computed at', () => {
  expect(serviceNowOf(ticket('2026-11-25T18:25:30+08:00'))).toBe(Date.parse('2026-11-25T10:25:30Z'));
  expect(serviceNowOf(ticket('not a time'))).toBeNull();
});

test('the offset moves only when a measurement disagrees by more than the tolerance', () => {
  expect(nextOffset(0, 1_000_003_000, 1_000_000_000, 5_000)).toBe(0);
  expect(nextOffset(0, 1_001_860_000, 1_000_000_000, 5_000)).toBe(1_860_000);
});
