// Named sequences (ticket numbers per business day) over the store: insert-if-absent, then compare-and-set increments,
// retried on a lost race, so concurrent reports never share a number on SQLite or CloudBase.
import { AppError, isAppError } from '../../core/errors';
import type { Db } from '../../platform/collections';

const MAX_ATTEMPTS = 200;

export async function nextSequence(db: Db, counterId: string): Promise<number> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    // the day's first number creates the counter (a concurrent creator's counter is the one used)
    const counter =
      (await db.counters.get(counterId)) ?? (await db.counters.insertIfAbsent({ id: counterId, value: 0 })).doc;
    try {
      const next = await db.counters.update(counterId, { value: counter.value + 1 }, { ifVersion: counter.version });
      return next.value;
    } catch (e) {
      if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    }
  }
  throw new AppError('CONFLICT', '系统繁忙，请稍后重试');
}
