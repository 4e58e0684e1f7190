// Chinese statutory holidays and make-up working days from the maintained `chinese-days` data package (State Council
// notices, one file per year). Years the package has no data for yet are treated as ordinary weeks, and said so.
import { getDayDetail } from 'chinese-days';
import type { DayKind, HolidayOracle } from '../../core/sla/calendar';
import type { CalendarDate } from '../../core/time';

export interface DayInfo {
  kind: DayKind;
  /** the holiday's Chinese name (国庆节), for holidays and make-up days */
  name: string | null;
}

const cache = new Map<string, DayInfo>();

function isWeekend(date: CalendarDate): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** The years the data package covers (e.g. 2004…2026). */
export function holidayDataCovers(year: number): boolean {
  // Every covered year has New Year's Day as a named holiday.
  const detail = getDayDetail(`${year}-01-01`);
  return detail.work === false && /元旦|New Year/.test(detail.name);
}

export function dayInfo(date: CalendarDate): DayInfo {
  const hit = cache.get(date);
  if (hit) return hit;
  const detail = getDayDetail(date);
  const chinese = detail.name.split(',')[1] ?? null;
  const weekend = isWeekend(date);
  let info: DayInfo;
  if (!detail.work && chinese) info = { kind: 'holiday', name: chinese };
  else if (detail.work && weekend) info = { kind: 'makeup', name: chinese ? `${chinese}调休` : '调休上班' };
  else info = { kind: weekend ? 'weekend' : 'workday', name: null };
  if (cache.size > 5000) cache.clear();
  cache.set(date, info);
  return info;
}

export const holidayOracle: HolidayOracle = { dayKind: (date) => dayInfo(date).kind };

/** The statutory holiday's name on a date (国庆节), or null. */
export const holidayNameOf = (date: CalendarDate): string | null => {
  const info = dayInfo(date);
  return info.kind === 'holiday' ? info.name : null;
};
