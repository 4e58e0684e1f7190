// A list action's page: a cursor the store cannot read (edited by hand, or from another list) is the caller's
// mistake — VALIDATION_FAILED with words to act on — never an INTERNAL error.
import { AppError, isAppError } from '../../core/errors';

export async function paged<T>(cursor: string | null | undefined, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (cursor && isAppError(e) && e.code === 'VALIDATION_FAILED') {
      throw new AppError('VALIDATION_FAILED', '分页游标无效，请刷新列表', [
        { path: 'cursor', message: '分页游标无效' },
      ]);
    }
    throw e;
  }
}
