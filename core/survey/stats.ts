// Satisfaction statistics (满意度统计): per technician, station or month — averages per dimension, response rate
// (surveys ÷ tickets resolved) and CSAT (the share of individual 1–5 scores that are 4 or 5). Pure arithmetic.
import { calendarDateOf } from '../time';

export const DIMENSIONS = ['speed', 'attitude', 'skill', 'result'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Scores = Record<Dimension, number>;

/** One resolved ticket of the period, with its survey if the customer rated it. */
export interface ResolvedTicket {
  ticketId: string;
  resolvedAt: string;
  technicianId: string | null;
  stationId: string | null;
  scores: Scores | null;
}

export type GroupBy = 'technician' | 'station' | 'month';

export interface StatsRow {
  key: string;
  label: string;
  resolved: number;
  surveys: number;
  responseRate: number | null;
  averages: Record<Dimension | 'overall', number | null>;
  csat: number | null;
}

/** Rounded to 2 decimals (averages) or 4 (rates), so 4.125 → 4.13 and 2/3 → 0.6667. */
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function overallOf(scores: Scores): number {
  return round(DIMENSIONS.reduce((sum, d) => sum + scores[d], 0) / DIMENSIONS.length, 2);
}

export function summarize(key: string, label: string, tickets: readonly ResolvedTicket[]): StatsRow {
  const rated = tickets.flatMap((t) => (t.scores ? [t.scores] : []));
  const averages = { speed: null, attitude: null, skill: null, result: null, overall: null } as StatsRow['averages'];
  let high = 0;
  if (rated.length) {
    for (const d of DIMENSIONS) {
      averages[d] = round(rated.reduce((sum, s) => sum + s[d], 0) / rated.length, 2);
      high += rated.filter((s) => s[d] >= 4).length;
    }
    const all = rated.reduce((sum, s) => sum + DIMENSIONS.reduce((x, d) => x + s[d], 0), 0);
    averages.overall = round(all / (rated.length * DIMENSIONS.length), 2);
  }
  return {
    key,
    label,
    resolved: tickets.length,
    surveys: rated.length,
    responseRate: tickets.length ? round(rated.length / tickets.length, 4) : null,
    averages,
    csat: rated.length ? round(high / (rated.length * DIMENSIONS.length), 4) : null,
  };
}

function keyOf(t: ResolvedTicket, groupBy: GroupBy): string {
  if (groupBy === 'month') return calendarDateOf(t.resolvedAt).slice(0, 7);
  return (groupBy === 'technician' ? t.technicianId : t.stationId) ?? '-';
}

/** Rows sorted by key (months chronologically), plus the total over everything. */
export function surveyStats(
  tickets: readonly ResolvedTicket[],
  groupBy: GroupBy,
  labelOf: (key: string) => string,
): { rows: StatsRow[]; total: StatsRow } {
  const groups = new Map<string, ResolvedTicket[]>();
  for (const t of tickets) {
    const key = keyOf(t, groupBy);
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const rows = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, items]) => summarize(key, key === '-' ? '未分配' : labelOf(key), items));
  return { rows, total: summarize('total', '合计', tickets) };
}
