// SLA attainment (达标率): per milestone, of the clocks that finished (met, or breached) in a period, the share met in
// time — overall and per station or technician. Pure arithmetic over clocks computed from each ticket's events.
import type { TicketDoc } from '../ticket/types';
import type { HolidayOracle } from './calendar';
import { chargedTo } from './charge';
import { computeClocks, roundsOf, type Clock } from './clocks';
import type { MilestoneName } from './policy';

export interface FinishedClock {
  milestone: MilestoneName;
  /** station or technician id ('-' when none) */
  group: string;
  state: Clock['state'];
}

export interface AttainmentCell {
  milestone: MilestoneName;
  measured: number;
  met: number;
  breached: number;
  /** met ÷ measured, 0–1, four decimals; null when nothing was measured */
  rate: number | null;
}

export interface AttainmentRow {
  key: string;
  label: string;
  cells: AttainmentCell[];
  measured: number;
  rate: number | null;
}

const MILESTONES: MilestoneName[] = ['respond', 'plan', 'remoteFix', 'onsite'];
const rate = (met: number, measured: number) => (measured ? Math.round((met / measured) * 10_000) / 10_000 : null);

/** Only finished clocks count: met (in time) or breached (late or still overdue). Pending, running, stopped do not. */
export const isMeasured = (c: Pick<Clock, 'state'>) => c.state === 'met' || c.state === 'breached';

/**
 * A ticket's finished clocks, every round, each in the group of whom it is charged to (core/sla/charge): `groupOf`
 * maps that user (or '-') to the row — the user itself, or their station.
 */
export function finishedClocksOf(
  t: Pick<TicketDoc, 'severity' | 'slaPolicy' | 'events'>,
  oracle: HolidayOracle,
  now: Date,
  groupOf: (userId: string) => string,
): FinishedClock[] {
  const finished: FinishedClock[] = [];
  roundsOf(t.events).forEach((_, round) => {
    for (const c of computeClocks(t.slaPolicy, t.severity, t.events, now, oracle, round).clocks) {
      if (isMeasured(c)) finished.push({ milestone: c.name, group: groupOf(chargedTo(c, t.events)), state: c.state });
    }
  });
  return finished;
}

function row(key: string, label: string, clocks: readonly FinishedClock[]): AttainmentRow {
  const cells = MILESTONES.map((milestone) => {
    const mine = clocks.filter((c) => c.milestone === milestone);
    const met = mine.filter((c) => c.state === 'met').length;
    return { milestone, measured: mine.length, met, breached: mine.length - met, rate: rate(met, mine.length) };
  }).filter((c) => c.measured > 0);
  const measured = clocks.length;
  return { key, label, cells, measured, rate: rate(clocks.filter((c) => c.state === 'met').length, measured) };
}

export function attainment(
  clocks: readonly FinishedClock[],
  labelOf: (key: string) => string,
): { rows: AttainmentRow[]; total: AttainmentRow } {
  const measured = clocks.filter(isMeasured);
  const groups = new Map<string, FinishedClock[]>();
  for (const c of measured) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  const rows = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, list]) => row(key, key === '-' ? '未分配' : labelOf(key), list));
  return { rows, total: row('total', '合计', measured) };
}
