// What a stored ticket carries beside its own story, recomputed from it on every write: the SLA summary (promised
// times, board state, when the timer looks next — indexed) and whose open load it counts in (indexed).
import type { HolidayOracle } from '../sla/calendar';
import { slaSummary } from '../sla/summary';
import { loadHolder } from './load';
import type { TicketDoc } from './types';

export function withDerivedFields<T extends TicketDoc>(t: T, oracle: HolidayOracle, now: Date): T {
  return { ...t, loadOf: loadHolder(t), sla: slaSummary(t, oracle, now) };
}
