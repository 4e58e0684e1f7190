// Business time: Asia/Shanghai is UTC+08:00 all year (no DST since 1991), so a fixed offset is exact and works
// in every JS engine (WeChat's included) without Intl time-zone data.
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

export const BUSINESS_OFFSET_MINUTES = 8 * 60;

/** An instant as stored: ISO-8601 in UTC with milliseconds ("2026-11-25T02:00:00.000Z"); sorts as text. */
export type Instant = string;

/** A calendar date in business time, "YYYY-MM-DD". */
export type CalendarDate = string;

export function toInstant(date: Date): Instant {
  return date.toISOString();
}

const OFFSET_MS = BUSINESS_OFFSET_MINUTES * 60_000;
const DAY_MS = 24 * 60 * 60_000;
/** A full ISO-8601 date-time with a zone (Z or ±HH:MM): parsed the same by Date.parse and dayjs. */
const ZONED_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** years 1000–9999 in business time: toISOString's plain four-digit form */
const MIN_FAST_MS = Date.UTC(1000, 0, 1) - OFFSET_MS;
const MAX_FAST_MS = Date.UTC(10000, 0, 1) - OFFSET_MS;

/**
 * The instant shifted to business time, as "YYYY-MM-DDTHH:mm:ss.sssZ" text whose digits read as Beijing time; null
 * when the input is not a valid Date or zoned instant in years 1000–9999 (the callers then let dayjs decide).
 * The fast path of the functions below: they run for every timestamp of every ticket view.
 */
function businessIso(at: Date | Instant): string | null {
  const ms = typeof at === 'string' ? (ZONED_ISO.test(at) ? Date.parse(at) : NaN) : at.getTime();
  if (!(ms >= MIN_FAST_MS && ms < MAX_FAST_MS)) return null;
  return new Date(ms + OFFSET_MS).toISOString();
}

/** The instant in business time, for date maths and formatting. */
export function inBusinessTime(at: Date | Instant): Dayjs {
  return dayjs(at).utcOffset(BUSINESS_OFFSET_MINUTES);
}

/** The wire form of an instant: ISO-8601 with the business offset ("2026-11-25T10:00:00+08:00"). */
export function toWire(at: Date | Instant): string {
  const iso = businessIso(at);
  return iso ? `${iso.slice(0, 19)}+08:00` : inBusinessTime(at).format('YYYY-MM-DDTHH:mm:ssZ');
}

export function toWireOrNull(at: Date | Instant | null | undefined): string | null {
  return at == null ? null : toWire(at);
}

/** The business-time calendar date an instant falls on. */
export function calendarDateOf(at: Date | Instant): CalendarDate {
  const iso = businessIso(at);
  return iso ? iso.slice(0, 10) : inBusinessTime(at).format('YYYY-MM-DD');
}

/** Midnight (00:00 business time) starting the given calendar date. */
export function startOfCalendarDate(date: CalendarDate): Dayjs {
  return inBusinessTime(`${date}T00:00:00+08:00`);
}

/** Midnight (00:00 business time) starting the given calendar date, in ms since the epoch (NaN if no such date). */
export function calendarDateStartMs(date: CalendarDate): number {
  return Date.parse(`${date}T00:00:00+08:00`);
}

/** The calendar date `days` after `date` (before, if negative): every business day is 24 h long (no DST). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const start = calendarDateStartMs(date);
  if (Number.isNaN(start)) return calendarDateOf(startOfCalendarDate(date).add(days, 'day').toDate());
  return calendarDateOf(new Date(start + days * DAY_MS));
}
