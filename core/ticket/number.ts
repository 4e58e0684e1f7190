// Human-readable ticket numbers: GD + the business date + a 4-digit daily sequence (GD20261125-0001).
import { calendarDateOf } from '../time';

export function ticketNumber(at: Date, sequence: number): string {
  return `GD${calendarDateOf(at).replace(/-/g, '')}-${String(sequence).padStart(4, '0')}`;
}

/** The counter that numbers one business day's tickets. */
export function ticketCounterId(at: Date): string {
  return `ticket-no-${calendarDateOf(at)}`;
}
