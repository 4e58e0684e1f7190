// Every document matching a filter, page by page (keyset cursors), up to a cap: for reports over a period.
import type { StoredDoc } from '../../core/model';
import { startOfCalendarDate, toInstant, type CalendarDate } from '../../core/time';
import type { Collection, Filter, FindOptions } from '../../platform/ports';

export async function findAll<T extends StoredDoc>(
  collection: Collection<T>,
  filter: Filter<T>,
  orderBy?: FindOptions<T>['orderBy'],
  cap = 50_000,
): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | null = null;
  do {
    const page = await collection.find(filter, { ...(orderBy ? { orderBy } : {}), limit: 1000, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && all.length < cap);
  return all;
}

/** A period of business dates, both inclusive, as the half-open range of instants [from, to). */
export function periodOf(from: CalendarDate, to: CalendarDate): { gte: string; lt: string } {
  return {
    gte: toInstant(startOfCalendarDate(from).toDate()),
    lt: toInstant(startOfCalendarDate(to).add(1, 'day').toDate()),
  };
}
