// Named sequences (ticket numbers per business day and customer code): the store's atomic increment, so concurrent reports never share
// a number (one upsert statement on SQLite, compare-and-set retried on CloudBase).
import type { Db } from '../../platform/collections';

export async function nextSequence(db: Db, counterId: string): Promise<number> {
  return (await db.counters.increment(counterId, 'value')).value;
}
