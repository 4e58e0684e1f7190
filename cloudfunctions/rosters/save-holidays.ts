// rosters.saveHolidays: an admin enters (or corrects) a year's arrangement — for a year the data package does not
// know yet. It wins over the package for that year, in SLA service hours, rosters and routing from the next request.
import { API } from '../../core/api';
import { holidayYearProblems, type HolidayYearDoc } from '../../core/calendar/holidays';
import { AppError, isAppError } from '../../core/errors';
import { toInstant } from '../../core/time';
import { action } from '../_lib/action';
import { holidaysView } from './holidays-view';

const STALE = '该年度的节假日安排已被他人修改，请刷新后再保存';

export const saveHolidays = action(API.rosters.saveHolidays, async function saveHolidays(input, ctx) {
  const problems = holidayYearProblems(input.year, input.days);
  if (problems.length) {
    throw new AppError(
      'VALIDATION_FAILED',
      problems[0]!,
      problems.map((message) => ({ path: 'days', message })),
    );
  }
  const id = String(input.year);
  const entry = {
    year: input.year,
    days: [...input.days].sort((a, b) => a.date.localeCompare(b.date)),
    source: input.source,
    updatedBy: ctx.caller.userId,
    updatedAt: toInstant(ctx.now),
  };
  const existing = await ctx.db.holidayYears.get(id);
  let saved: HolidayYearDoc;
  if (!existing) {
    if (input.ifVersion) throw new AppError('CONFLICT', '该年度的节假日录入已不存在，请刷新');
    const { doc, created } = await ctx.db.holidayYears.insertIfAbsent({ id, ...entry });
    if (!created) throw new AppError('CONFLICT', STALE);
    saved = doc;
  } else {
    if (input.ifVersion !== existing.version) throw new AppError('CONFLICT', STALE);
    saved = await ctx.db.holidayYears.update(id, entry, { ifVersion: existing.version }).catch((e: unknown) => {
      throw isAppError(e) && e.code === 'CONFLICT' ? new AppError('CONFLICT', STALE) : e;
    });
  }
  return holidaysView(ctx, input.year, saved);
});
