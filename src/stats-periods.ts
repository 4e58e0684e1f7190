// The periods the statistics page offers (本周 · 本月 · 近 90 天), as business dates ending today.
import { inBusinessTime } from '../core/time';

export type PeriodKey = 'week' | 'month' | 'quarter';

export const PERIODS: { key: PeriodKey; label: string }[] = [
  { key: 'week', label: '本周' },
  { key: 'month', label: '本月' },
  { key: 'quarter', label: '近 90 天' },
];

/** From the Monday of this week, the 1st of this month, or 89 days back, to today (inclusive). */
export function periodRange(key: PeriodKey, now: Date): { from: string; to: string } {
  const today = inBusinessTime(now).startOf('day');
  const to = today.format('YYYY-MM-DD');
  switch (key) {
    case 'week': {
      const isoDay = today.day() === 0 ? 7 : today.day();
      return { from: today.subtract(isoDay - 1, 'day').format('YYYY-MM-DD'), to };
    }
    case 'month':
      return { from: today.startOf('month').format('YYYY-MM-DD'), to };
    case 'quarter':
      return { from: today.subtract(89, 'day').format('YYYY-MM-DD'), to };
  }
}

/** "87%" · "—" when nothing was measured. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}
