// Slot maths (pure): which half hours a customer can book. A helper (an expert, or a technician who does remote help)
// is bookable where their published hours meet their shifts on the station roster — a week without a roster counts
// the published hours alone, as routing falls back when nobody drew one up — statutory holidays closed unless an
// exception opens them, and not where a booking of theirs already sits. A slot is available while at least one
// qualified helper is free then; who takes it is the least booked of them that day.
import type { DayInfo } from '../calendar/holidays';
import { weekStartOf, type RosterDoc, type ShiftName } from '../roster/roster';
import type { Span } from '../sla/calendar';
import { addCalendarDays, calendarDateOf, calendarDateStartMs, type CalendarDate, type Instant } from '../time';
import { intersectSpans, mergeSpans, publishedSpansOn } from './availability';
import { BOOKING_RULES, type AvailabilityException, type AvailabilityWindow } from './types';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface Helper {
  id: string;
  /** whose roster decides the shifts; none: published hours alone */
  stationId?: string;
  availability: { weekly: readonly AvailabilityWindow[]; exceptions: readonly AvailabilityException[] };
}

/** Time a helper is taken (an active booking). */
export interface BusyTime {
  expertId: string;
  start: Instant;
  end: Instant;
}

export interface SlotWorld {
  helpers: readonly Helper[];
  /** the rosters of the weeks the dates touch, the week before included (a Sunday's night shift runs into Monday) */
  rosters: readonly RosterDoc[];
  dayInfo: (date: CalendarDate) => Pick<DayInfo, 'kind'>;
  /** active bookings overlapping the dates (for fairness: the whole day of a slot being booked) */
  busy: readonly BusyTime[];
}

export interface SlotRules {
  slotMinutes: number;
  /** slots start every this many minutes from business midnight */
  stepMinutes: number;
  leadMinutes: number;
}

export const DEFAULT_SLOT_RULES: SlotRules = {
  slotMinutes: BOOKING_RULES.slotMinutes,
  stepMinutes: BOOKING_RULES.slotMinutes,
  leadMinutes: BOOKING_RULES.leadMinutes,
};

export interface Slot {
  start: Instant;
  end: Instant;
  available: boolean;
  /** the helpers free then, least booked that day first */
  free: string[];
}

/** Why a date range cannot be asked for (null: it can): `to` not before `from`, at most `maxDays` days. */
export function rangeProblem(from: CalendarDate, to: CalendarDate, maxDays: number = BOOKING_RULES.maxRangeDays) {
  const days = Math.round((calendarDateStartMs(to) - calendarDateStartMs(from)) / DAY) + 1;
  if (!(days >= 1)) return '结束日期不能早于开始日期';
  if (days > maxDays) return `一次最多查询 ${maxDays} 天`;
  return null;
}

function shiftSpan(date: CalendarDate, shift: ShiftName): Span {
  const start = calendarDateStartMs(date);
  return shift === 'day'
    ? [start + 8 * 60 * MINUTE, start + 20 * 60 * MINUTE]
    : [start + 20 * 60 * MINUTE, start + DAY + 8 * 60 * MINUTE];
}

/**
 * When the helper is on shift between the dates (both inclusive): each day and night shift their station's roster
 * gives them, and every shift of a week for which the station has no roster. Contiguous shifts merge, so a slot
 * across a shift change is theirs only if they work both shifts.
 */
export function shiftCover(
  rosters: readonly RosterDoc[],
  helper: Pick<Helper, 'id' | 'stationId'>,
  from: CalendarDate,
  to: CalendarDate,
): Span[] {
  const rangeStart = calendarDateStartMs(from);
  const rangeEnd = calendarDateStartMs(to) + DAY;
  if (!helper.stationId) return [[rangeStart, rangeEnd]];
  const spans: Span[] = [];
  for (let d = addCalendarDays(from, -1); d <= to; d = addCalendarDays(d, 1)) {
    const roster = rosters.find((r) => r.stationId === helper.stationId && r.weekStart === weekStartOf(d));
    for (const shift of ['day', 'night'] as const) {
      const covered =
        !roster || roster.entries.some((e) => e.date === d && e.shift === shift && e.userId === helper.id);
      if (covered) spans.push(shiftSpan(d, shift));
    }
  }
  return intersectSpans(mergeSpans(spans), [[rangeStart, rangeEnd]]);
}

/** Where the helper can be booked between the dates: published hours (holidays closed) met with their shifts. */
export function bookableSpans(helper: Helper, world: SlotWorld, from: CalendarDate, to: CalendarDate): Span[] {
  const published: Span[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) {
    published.push(...publishedSpansOn(helper.availability, d, world.dayInfo));
  }
  return intersectSpans(mergeSpans(published), shiftCover(world.rosters, helper, from, to));
}

const within = (spans: readonly Span[], s: number, e: number) => spans.some(([a, b]) => a <= s && e <= b);
const overlapping = (busy: BusyTime, s: number, e: number) => Date.parse(busy.start) < e && s < Date.parse(busy.end);

/** Helpers publishing [s, e) — and of those, the free ones, least booked on that business date first (then by id). */
function helpersAt(world: SlotWorld, spans: ReadonlyMap<string, Span[]>, s: number, e: number) {
  const publishing = world.helpers.filter((h) => within(spans.get(h.id) ?? [], s, e)).map((h) => h.id);
  const date = calendarDateOf(new Date(s));
  const bookedThatDay = (id: string) =>
    world.busy.filter((b) => b.expertId === id && calendarDateOf(b.start) === date).length;
  const free = publishing
    .filter((id) => !world.busy.some((b) => b.expertId === id && overlapping(b, s, e)))
    .sort((a, b) => bookedThatDay(a) - bookedThatDay(b) || a.localeCompare(b));
  return { publishing, free };
}

function spansByHelper(world: SlotWorld, from: CalendarDate, to: CalendarDate): Map<string, Span[]> {
  return new Map(world.helpers.map((h) => [h.id, bookableSpans(h, world, from, to)]));
}

/**
 * Every slot between the dates (inclusive) that some helper publishes, from `now` plus the lead time on: available
 * while one of them is free. Slots nobody publishes are not listed; slots all of them are booked for are, as taken.
 */
export function slotsBetween(
  world: SlotWorld,
  from: CalendarDate,
  to: CalendarDate,
  now: Date,
  rules: SlotRules = DEFAULT_SLOT_RULES,
): Slot[] {
  const spans = spansByHelper(world, from, to);
  const earliest = now.getTime() + rules.leadMinutes * MINUTE;
  const slots: Slot[] = [];
  const end = calendarDateStartMs(to) + DAY;
  for (let s = calendarDateStartMs(from); s < end; s += rules.stepMinutes * MINUTE) {
    if (s < earliest) continue;
    const e = s + rules.slotMinutes * MINUTE;
    const { publishing, free } = helpersAt(world, spans, s, e);
    if (!publishing.length) continue;
    slots.push({ start: new Date(s).toISOString(), end: new Date(e).toISOString(), available: free.length > 0, free });
  }
  return slots;
}

export interface SlotCandidates {
  /** helpers whose published hours and shifts cover the slot */
  publishing: string[];
  /** of those, the ones free then: least booked that day first */
  free: string[];
}

/** Who could take the slot starting at `start` (its helpers, and the free ones in the order to try). */
export function candidatesFor(world: SlotWorld, start: Date, rules: SlotRules = DEFAULT_SLOT_RULES): SlotCandidates {
  const s = start.getTime();
  const e = s + rules.slotMinutes * MINUTE;
  const date = calendarDateOf(start);
  // the slot may end past midnight: the next date's hours count for its end
  const spans = spansByHelper(world, date, calendarDateOf(new Date(e - 1)));
  return helpersAt(world, spans, s, e);
}

/** Whether an instant is a slot start on the grid (business midnight + a whole number of steps). */
export function isOnGrid(start: Date, stepMinutes: number = DEFAULT_SLOT_RULES.stepMinutes): boolean {
  const fromMidnight = start.getTime() - calendarDateStartMs(calendarDateOf(start));
  return fromMidnight % (stepMinutes * MINUTE) === 0;
}

/** The grid slots [start, end) overlaps: what a booking claims for its expert (one each, race-safe). */
export function cellsOf(start: Date, end: Date, stepMinutes: number = DEFAULT_SLOT_RULES.stepMinutes): Instant[] {
  const step = stepMinutes * MINUTE;
  const midnight = calendarDateStartMs(calendarDateOf(start));
  const cells: Instant[] = [];
  for (let c = midnight + Math.floor((start.getTime() - midnight) / step) * step; c < end.getTime(); c += step) {
    cells.push(new Date(c).toISOString());
  }
  return cells;
}
