// Service time: which minutes an SLA clock counts. 7×24 by default (the plan's holiday service); a contract may set
// service hours instead, and then only those hours count, skipping statutory holidays and working the make-up days.
// Holidays come from an injected oracle (the service layer wires the maintained `chinese-days` data package).
import { addCalendarDays, calendarDateOf, calendarDateStartMs, type CalendarDate } from '../time';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup';

export interface HolidayOracle {
  /** workday, weekend, statutory holiday (法定节假日) or make-up working day (调休上班) */
  dayKind(date: CalendarDate): DayKind;
}

export interface ServiceHours {
  /** ISO weekdays served, 1 = Monday … 7 = Sunday */
  days: number[];
  /** "HH:mm" business time; `to` may be "24:00" */
  from: string;
  to: string;
}

export type SlaCalendar = { kind: '24x7' } | { kind: 'hours'; hours: ServiceHours };

export const ALWAYS: SlaCalendar = { kind: '24x7' };

/** A half-open interval of epoch milliseconds. */
export type Span = [number, number];

const MINUTE = 60_000;
/** A deadline further than this is not a deadline (a calendar with no service hours at all). */
const MAX_DAYS = 800;

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

function isoWeekday(date: CalendarDate): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The service spans of one business date (none on a holiday; make-up days are served like a weekday). */
export function serviceSpansOn(calendar: SlaCalendar, oracle: HolidayOracle, date: CalendarDate): Span[] {
  const start = calendarDateStartMs(date);
  if (calendar.kind === '24x7') return [[start, start + 24 * 60 * MINUTE]];
  const kind = oracle.dayKind(date);
  const served = kind === 'makeup' || (kind !== 'holiday' && calendar.hours.days.includes(isoWeekday(date)));
  if (!served) return [];
  return [[start + minutesOf(calendar.hours.from) * MINUTE, start + minutesOf(calendar.hours.to) * MINUTE]];
}

function nextDate(date: CalendarDate): CalendarDate {
  return addCalendarDays(date, 1);
}

/** Removes the pauses from a span: what is left of it, in order. */
function subtract(span: Span, pauses: readonly Span[]): Span[] {
  let parts: Span[] = [span];
  for (const [ps, pe] of pauses) {
    parts = parts.flatMap(([s, e]) => {
      if (pe <= s || ps >= e) return [[s, e] as Span];
      const out: Span[] = [];
      if (ps > s) out.push([s, ps]);
      if (pe < e) out.push([pe, e]);
      return out;
    });
  }
  return parts;
}

/** Counted milliseconds between two instants: service time only, pauses excluded. */
export function countedMs(
  calendar: SlaCalendar,
  oracle: HolidayOracle,
  from: number,
  to: number,
  pauses: readonly Span[] = [],
): number {
  if (to <= from) return 0;
  let total = 0;
  let date = calendarDateOf(new Date(from));
  for (let i = 0; i < MAX_DAYS; i++) {
    const dayStart = calendarDateStartMs(date);
    if (dayStart >= to) break;
    for (const [s, e] of serviceSpansOn(calendar, oracle, date)) {
      const clipped: Span = [Math.max(s, from), Math.min(e, to)];
      if (clipped[1] <= clipped[0]) continue;
      for (const [a, b] of subtract(clipped, pauses)) total += b - a;
    }
    date = nextDate(date);
  }
  return total;
}

/**
 * The instant at which `withinMs` of service time, pauses excluded, has passed since `from`; null if the calendar
 * never gets there (no service hours). A pause still open is given as ending at +∞ by the caller when it wants
 * "not before the pause ends", or at `now` to project as if it ended now.
 */
export function addCounted(
  calendar: SlaCalendar,
  oracle: HolidayOracle,
  from: number,
  withinMs: number,
  pauses: readonly Span[] = [],
): number | null {
  let left = withinMs;
  let date = calendarDateOf(new Date(from));
  for (let i = 0; i < MAX_DAYS; i++) {
    for (const [s, e] of serviceSpansOn(calendar, oracle, date)) {
      const clipped: Span = [Math.max(s, from), e];
      if (clipped[1] <= clipped[0]) continue;
      for (const [a, b] of subtract(clipped, pauses)) {
        if (b - a >= left) return a + left;
        left -= b - a;
      }
    }
    date = nextDate(date);
  }
  return null;
}

/** A calendar in words (for the ticket page and the evidence pack). */
export function describeCalendar(calendar: SlaCalendar): string {
  if (calendar.kind === '24x7') return '7×24 小时（含节假日）';
  const names = ['', '一', '二', '三', '四', '五', '六', '日'];
  const days = calendar.hours.days.map((d) => names[d]).join('、');
  return `服务时间：周${days} ${calendar.hours.from}–${calendar.hours.to}（法定节假日除外，调休上班日照常）`;
}
