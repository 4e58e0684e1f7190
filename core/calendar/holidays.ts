// The holiday calendar every decision reads (SLA service hours, rosters, routing's duty labels): for each year, the
// arrangement an admin entered for it, else the maintained data package's (State Council notices), else — a year
// nobody has published yet — the statutory holidays fixed by date. Pure: the service layer loads the entered years and
// wires the package in.
import type { StoredDoc } from '../model';
import type { DayKind, HolidayOracle } from '../sla/calendar';
import { calendarDateStartMs, type CalendarDate, type Instant } from '../time';
import { statutoryHolidayOn, statutoryHolidaysOf } from './statutory';

export interface DayInfo {
  kind: DayKind;
  /** the holiday's name (国庆节), or the make-up day's (国庆节调休); null on ordinary days */
  name: string | null;
}

/** One day of a year's arrangement: a holiday (放假) or a make-up working day (调休上班). */
export interface HolidayDay {
  date: CalendarDate;
  kind: 'holiday' | 'makeup';
  /** 元旦, 春节, 国庆节、中秋节 … */
  name: string;
}

/** A year's arrangement as an admin entered or imported it (collection `holidayYears`, id = the year). */
export interface HolidayYearDoc extends StoredDoc {
  year: number;
  days: HolidayDay[];
  /** where it comes from (国办发明电〔2026〕N 号 …) */
  source: string;
  updatedBy: string;
  updatedAt: Instant;
}

/** Where a year's days come from: the data package, an admin's entry, or only the fixed statutory dates. */
export type HolidayCoverage = 'published' | 'entered' | 'statutory-only';

/** The maintained data package, as the service layer wires it. */
export interface PublishedHolidays {
  /** whether the package has the year's arrangement */
  covers(year: number): boolean;
  dayInfo(date: CalendarDate): DayInfo;
}

export interface HolidayCalendar extends HolidayOracle {
  dayInfo(date: CalendarDate): DayInfo;
  /** the holiday's name on a date (国庆节), or null — what duty labels say */
  holidayName(date: CalendarDate): string | null;
  coverage(year: number): HolidayCoverage;
  /** the year's holidays and make-up days, in date order */
  daysOf(year: number): HolidayDay[];
}

function isWeekend(date: CalendarDate): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

const ordinary = (date: CalendarDate): DayInfo => ({ kind: isWeekend(date) ? 'weekend' : 'workday', name: null });
const makeupName = (name: string) => (/调休|上班/.test(name) ? name : `${name}调休`);

function datesOf(year: number): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 86_400_000) {
    dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  return dates;
}

export function holidayCalendar(
  published: PublishedHolidays,
  entered: readonly Pick<HolidayYearDoc, 'year' | 'days'>[],
): HolidayCalendar {
  const enteredDays = new Map<number, Map<CalendarDate, HolidayDay>>(
    entered.map((y) => [y.year, new Map(y.days.map((d) => [d.date, d]))]),
  );
  const coverage = (year: number): HolidayCoverage =>
    enteredDays.has(year) ? 'entered' : published.covers(year) ? 'published' : 'statutory-only';
  const dayInfo = (date: CalendarDate): DayInfo => {
    const year = Number(date.slice(0, 4));
    const own = enteredDays.get(year);
    if (own) {
      const day = own.get(date);
      if (!day) return ordinary(date);
      return day.kind === 'holiday'
        ? { kind: 'holiday', name: day.name }
        : { kind: 'makeup', name: makeupName(day.name) };
    }
    if (published.covers(year)) return published.dayInfo(date);
    const statutory = statutoryHolidayOn(date);
    return statutory ? { kind: 'holiday', name: statutory } : ordinary(date);
  };
  return {
    dayInfo,
    dayKind: (date) => dayInfo(date).kind,
    holidayName: (date) => {
      const info = dayInfo(date);
      return info.kind === 'holiday' ? info.name : null;
    },
    coverage,
    daysOf: (year) => {
      const own = enteredDays.get(year);
      if (own) return [...own.values()].sort((a, b) => a.date.localeCompare(b.date));
      if (!published.covers(year)) return statutoryHolidaysOf(year).map((d) => ({ ...d, kind: 'holiday' as const }));
      return datesOf(year).flatMap((date) => {
        const info = published.dayInfo(date);
        return info.kind === 'holiday' || info.kind === 'makeup'
          ? [{ date, kind: info.kind, name: info.name ?? '' }]
          : [];
      });
    },
  };
}

/** What is wrong with an entered arrangement for `year` (empty: nothing). */
export function holidayYearProblems(year: number, days: readonly HolidayDay[]): string[] {
  const problems: string[] = [];
  const seen = new Set<CalendarDate>();
  for (const d of days) {
    const real =
      !Number.isNaN(calendarDateStartMs(d.date)) && new Date(`${d.date}T00:00:00Z`).toISOString().startsWith(d.date);
    if (!real) problems.push(`${d.date} 不是有效日期`);
    else if (Number(d.date.slice(0, 4)) !== year) problems.push(`${d.date} 不在 ${year} 年内`);
    else if (d.kind === 'makeup' && !isWeekend(d.date)) problems.push(`${d.date} 是工作日，调休上班日应为周六或周日`);
    if (seen.has(d.date)) problems.push(`${d.date} 重复录入`);
    seen.add(d.date);
  }
  const holidays = new Set(days.filter((d) => d.kind === 'holiday').map((d) => d.date));
  for (const s of statutoryHolidaysOf(year)) {
    if (!holidays.has(s.date)) problems.push(`缺少法定节假日 ${s.date}（${s.name}）`);
  }
  return [...new Set(problems)];
}

/** What the roster page says when a year of the dates shown has no arrangement yet; null when all are covered. */
export function holidayNotice(
  calendar: Pick<HolidayCalendar, 'coverage'>,
  dates: readonly CalendarDate[],
): string | null {
  const missing = [...new Set(dates.map((d) => Number(d.slice(0, 4))))].filter(
    (y) => calendar.coverage(y) === 'statutory-only',
  );
  if (!missing.length) return null;
  return `${missing.join('、')} 年法定节假日安排尚未发布或录入，目前仅按元旦、劳动节、国庆节固定日期计算`;
}
