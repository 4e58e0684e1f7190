// The service's own time, as the app can tell it: every ticket view and the board say it outright (`sla.at`, `at`).
// Countdowns use it, so a phone with a wrong clock — or the local host's test clock — still counts down to the
// service's deadlines.
import type { Ticket } from './api';

/** The service time a ticket view was computed at. */
export function serviceNowOf(t: Pick<Ticket, 'sla'>): number | null {
  const at = Date.parse(t.sla.at);
  return Number.isFinite(at) ? at : null;
}

/** The new offset (service − device) when `serviceNow` disagrees with the current one by more than `tolerance`. */
export function nextOffset(current: number, serviceNow: number, deviceNow: number, tolerance: number): number {
  const measured = serviceNow - deviceNow;
  return Math.abs(measured - current) > tolerance ? measured : current;
}

/** The service's time at a device time, given the offset measured (service − device). */
export function serviceTime(deviceNow: number, offsetMs: number): Date {
  return new Date(deviceNow + offsetMs);
}
