// The statutory holidays fixed by calendar date (《全国年节及纪念日放假办法》, as revised by 国务院令第 795 号 from
// 2025): 元旦 1 January, 劳动节 1–2 May (1 May only before 2025), 国庆节 1–3 October. They are holidays every year,
// before the State Council publishes that year's arrangement (调休 and the lunar festivals come with it).
import type { CalendarDate } from '../time';

export interface StatutoryHoliday {
  date: CalendarDate;
  name: string;
}

/** [month-day, name, first year] */
const FIXED: readonly (readonly [string, string, number])[] = [
  ['01-01', '元旦', 0],
  ['05-01', '劳动节', 0],
  ['05-02', '劳动节', 2025],
  ['10-01', '国庆节', 0],
  ['10-02', '国庆节', 0],
  ['10-03', '国庆节', 0],
];

export function statutoryHolidaysOf(year: number): StatutoryHoliday[] {
  return FIXED.filter(([, , from]) => year >= from).map(([md, name]) => ({ date: `${year}-${md}`, name }));
}

/** The fixed statutory holiday on a date (元旦), or null. */
export function statutoryHolidayOn(date: CalendarDate): string | null {
  const year = Number(date.slice(0, 4));
  const hit = FIXED.find(([md, , from]) => date.slice(5) === md && year >= from);
  return hit ? hit[1] : null;
}
