// An expert's published hours: what is wrong with a save, and the bookable spans of one business date — the weekly
// hours of its weekday, closed on statutory holidays, unless an exception for that date says otherwise.
import type { DayInfo } from '../calendar/holidays';
import type { Span } from '../sla/calendar';
import { calendarDateStartMs, type CalendarDate } from '../time';
import type { AvailabilityException, AvailabilityWindow } from './types';

const MINUTE = 60_000;
export const WEEKDAY_LABELS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

/** "HH:mm" → minutes after midnight ("24:00" = 1440). */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

export function isoWeekday(date: CalendarDate): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

function realDate(date: CalendarDate): boolean {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(date);
}

type Window = { from: string; to: string };

/** Overlapping windows of one day, named ("周一 09:00–12:00 与 11:00–13:00 重叠"). */
function overlaps(label: string, windows: readonly Window[]): string[] {
  const sorted = [...windows].sort((a, b) => minutesOf(a.from) - minutesOf(b.from));
  const problems: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    if (minutesOf(b.from) < minutesOf(a.to)) {
      problems.push(`${label} ${a.from}–${a.to} 与 ${b.from}–${b.to} 重叠`);
    }
  }
  return problems;
}

/** What is wrong with published hours (empty: nothing); each problem in words. */
export function availabilityProblems(
  weekly: readonly AvailabilityWindow[],
  exceptions: readonly AvailabilityException[],
): string[] {
  const problems: string[] = [];
  for (const w of weekly) {
    if (minutesOf(w.from) >= minutesOf(w.to)) {
      problems.push(`${WEEKDAY_LABELS[w.weekday]} ${w.from}–${w.to}：结束时间须晚于开始时间`);
    }
  }
  for (let day = 1; day <= 7; day++) {
    problems.push(
      ...overlaps(
        WEEKDAY_LABELS[day]!,
        weekly.filter((w) => w.weekday === day),
      ),
    );
  }
  const byDate = new Map<CalendarDate, AvailabilityException[]>();
  for (const e of exceptions) {
    if (!realDate(e.date)) {
      problems.push(`${e.date} 不是有效日期`);
      continue;
    }
    if (e.from && e.to && minutesOf(e.from) >= minutesOf(e.to)) {
      problems.push(`${e.date} ${e.from}–${e.to}：结束时间须晚于开始时间`);
    }
    byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
  }
  for (const [date, list] of byDate) {
    const open = list.filter((e): e is AvailabilityException & Window => Boolean(e.from && e.to));
    if (open.length && open.length < list.length) problems.push(`${date} 不能既停止预约又开放时段`);
    else if (open.length < list.length && list.length > 1) problems.push(`${date} 重复设置了停止预约`);
    problems.push(...overlaps(date, open));
  }
  return [...new Set(problems)];
}

/** Merges touching or overlapping spans (sorted by start). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const [s, e] of sorted) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** The parts of `a` that lie within `b` (both merged and sorted). */
export function intersectSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const [s, e] of a) {
    while (j < b.length && b[j]![1] <= s) j++;
    for (let k = j; k < b.length && b[k]![0] < e; k++) {
      const from = Math.max(s, b[k]![0]);
      const to = Math.min(e, b[k]![1]);
      if (to > from) out.push([from, to]);
    }
  }
  return out;
}

const spanOf = (date: CalendarDate, w: Window): Span => {
  const start = calendarDateStartMs(date);
  return [start + minutesOf(w.from) * MINUTE, start + minutesOf(w.to) * MINUTE];
};

/**
 * The published hours on one business date: the date's exceptions if it has any (closed, or the hours they open —
 * a holiday included), else none on a statutory holiday, else the weekly hours of its weekday (a make-up working
 * day, 调休上班, keeps its own weekday's hours: an expert opens it with an exception).
 */
export function publishedSpansOn(
  availability: { weekly: readonly AvailabilityWindow[]; exceptions: readonly AvailabilityException[] },
  date: CalendarDate,
  dayInfo: (date: CalendarDate) => Pick<DayInfo, 'kind'>,
): Span[] {
  const exceptions = availability.exceptions.filter((e) => e.date === date);
  if (exceptions.length) {
    return mergeSpans(exceptions.filter((e) => e.from && e.to).map((e) => spanOf(date, e as Window)));
  }
  if (dayInfo(date).kind === 'holiday') return [];
  const weekday = isoWeekday(date);
  return mergeSpans(availability.weekly.filter((w) => w.weekday === weekday).map((w) => spanOf(date, w)));
}
