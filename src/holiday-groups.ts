// A year's holidays and make-up working days as a person reads the State Council notice: one line per festival —
// 国庆节：10月1日（周四）至10月8日（周四）放假，共 8 天；9月27日（周日）、10月10日（周六）上班.
import type { HolidayDay } from './api';

export interface HolidayRange {
  from: string;
  to: string;
  days: number;
}

export interface HolidayGroup {
  /** 春节 · 国庆节、中秋节 (a make-up day's "春节调休" joins 春节) */
  name: string;
  off: HolidayRange[];
  makeup: string[];
}

const DAY_MS = 86_400_000;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The festival a day belongs to: "春节调休" and "春节" are one group. */
export const festivalOf = (name: string) => name.trim().replace(/调休$/, '') || name;

/** "10月1日（周四）" */
export function dayWords(date: string): string {
  const d = new Date(dayMs(date));
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日（${WEEKDAYS[d.getUTCDay()]}）`;
}

/** Consecutive dates as ranges, in order. */
function rangesOf(dates: string[]): HolidayRange[] {
  const ranges: HolidayRange[] = [];
  for (const date of [...dates].sort()) {
    const last = ranges[ranges.length - 1];
    if (last && dayMs(date) - dayMs(last.to) === DAY_MS) {
      last.to = date;
      last.days += 1;
    } else ranges.push({ from: date, to: date, days: 1 });
  }
  return ranges;
}

/** One group per festival, in the order of its first day. */
export function holidayGroups(days: readonly Pick<HolidayDay, 'date' | 'kind' | 'name'>[]): HolidayGroup[] {
  const byName = new Map<string, { off: string[]; makeup: string[]; first: string }>();
  for (const d of days) {
    const name = festivalOf(d.name);
    const g = byName.get(name) ?? { off: [], makeup: [], first: d.date };
    (d.kind === 'holiday' ? g.off : g.makeup).push(d.date);
    if (d.date < g.first) g.first = d.date;
    byName.set(name, g);
  }
  return [...byName.entries()]
    .sort((a, b) => a[1].first.localeCompare(b[1].first))
    .map(([name, g]) => ({ name, off: rangesOf(g.off), makeup: [...g.makeup].sort() }));
}

/** "10月1日（周四）至10月8日（周四）放假，共 8 天" · "5月1日（周五）放假" */
export function rangeWords(r: HolidayRange): string {
  return r.days === 1 ? `${dayWords(r.from)}放假` : `${dayWords(r.from)}至${dayWords(r.to)}放假，共 ${r.days} 天`;
}

/** "9月27日（周日）、10月10日（周六）调休上班" */
export function makeupWords(dates: readonly string[]): string {
  return `${dates.map(dayWords).join('、')}调休上班`;
}
