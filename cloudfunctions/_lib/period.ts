// A period of business dates, both inclusive, as the half-open range of instants [from, to) the store filters by.
import { startOfCalendarDate, toInstant, type CalendarDate } from '../../core/time';

export function periodOf(from: CalendarDate, to: CalendarDate): { gte: string; lt: string } {
  return {
    gte: toInstant(startOfCalendarDate(from).toDate()),
    lt: toInstant(startOfCalendarDate(to).add(1, 'day').toDate()),
  };
}
