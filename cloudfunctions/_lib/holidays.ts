// The holiday calendar an action passes to core: the maintained `chinese-days` data package (State Council notices,
// one file per year), an admin's entry for a year the package does not know yet (collection `holidayYears`, which
// wins for its year), and the statutory dates fixed by law for a year nobody has published (core/calendar).
//
// Loaded once per request (`holidaysOf(ctx)`): one read of the entered years — a cached read on the local host
// (READ_CACHED), a small query on CloudBase — so every decision of the request sees the same, current days and none
// reads the store. The calendar built from them is kept across requests while the entered years are unchanged
// (their ids and versions), so a request pays the read, never the rebuild.
import { getDayDetail } from 'chinese-days';
import {
  holidayCalendar,
  type DayInfo,
  type HolidayCalendar,
  type HolidayYearDoc,
  type PublishedHolidays,
} from '../../core/calendar/holidays';
import type { CalendarDate } from '../../core/time';
import type { ActionContext } from './context';

const days = new Map<CalendarDate, DayInfo>();
const years = new Map<number, boolean>();

function isWeekend(date: CalendarDate): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** The data package, as core reads it. */
export const publishedHolidays: PublishedHolidays = {
  covers(year) {
    let hit = years.get(year);
    if (hit === undefined) {
      // Every covered year has New Year's Day as a named holiday.
      const detail = getDayDetail(`${year}-01-01`);
      hit = detail.work === false && /元旦|New Year/.test(detail.name);
      years.set(year, hit);
    }
    return hit;
  },
  dayInfo(date) {
    const hit = days.get(date);
    if (hit) return hit;
    const detail = getDayDetail(date);
    const chinese = detail.name.split(',')[1] ?? null;
    const weekend = isWeekend(date);
    let info: DayInfo;
    if (!detail.work && chinese) info = { kind: 'holiday', name: chinese };
    else if (detail.work && weekend) info = { kind: 'makeup', name: chinese ? `${chinese}调休` : '调休上班' };
    else info = { kind: weekend ? 'weekend' : 'workday', name: null };
    if (days.size > 5000) days.clear();
    days.set(date, info);
    return info;
  },
};

/** The package and the fixed statutory dates only, without entered years: for code that runs outside a request. */
export const packageHolidays: HolidayCalendar = holidayCalendar(publishedHolidays, []);

const perRequest = new WeakMap<object, Promise<HolidayCalendar>>();
let built: { key: string; calendar: HolidayCalendar } | null = null;

async function load(ctx: Pick<ActionContext, 'db'>): Promise<HolidayCalendar> {
  const entered: HolidayYearDoc[] = await ctx.db.holidayYears.entered();
  const key = entered
    .map((y) => `${y.id}@${y.version}`)
    .sort()
    .join(',');
  if (built?.key !== key) built = { key, calendar: holidayCalendar(publishedHolidays, entered) };
  return built.calendar;
}

/** This request's holiday calendar (loaded on first use, then shared by everything the request decides). */
export function holidaysOf(ctx: Pick<ActionContext, 'db'>): Promise<HolidayCalendar> {
  let calendar = perRequest.get(ctx.db);
  if (!calendar) {
    calendar = load(ctx);
    perRequest.set(ctx.db, calendar);
  }
  return calendar;
}
