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

/** The instant in business time, for date maths and formatting. */
export function inBusinessTime(at: Date | Instant): Dayjs {
  return dayjs(at).utcOffset(BUSINESS_OFFSET_MINUTES);
}

/** The wire form of an instant: ISO-8601 with the business offset ("2026-11-25T10:00:00+08:00"). */
export function toWire(at: Date | Instant): string {
  return inBusinessTime(at).format('YYYY-MM-DDTHH:mm:ssZ');
}

export function toWireOrNull(at: Date | Instant | null | undefined): string | null {
  return at == null ? null : toWire(at);
}

/** The business-time calendar date an instant falls on. */
export function calendarDateOf(at: Date | Instant): CalendarDate {
  return inBusinessTime(at).format('YYYY-MM-DD');
}

/** Midnight (00:00 business time) starting the given calendar date. */
export function startOfCalendarDate(date: CalendarDate): Dayjs {
  return inBusinessTime(`${date}T00:00:00+08:00`);
}
