// availability.save: the weekly hours and the exceptions an expert publishes; versioned (compare-and-set), so two
// editors cannot overwrite each other. Bookings already made stand.
import { availabilityProblems } from '../../core/booking/availability';
import type { AvailabilityException, AvailabilityWindow } from '../../core/booking/types';
import { API } from '../../core/api';
import { AppError, isAppError } from '../../core/errors';
import { toInstant } from '../../core/time';
import { action } from '../_lib/action';
import { helperOf } from './target';
import { availabilityView } from './view';

const STALE = '开放时间已被他人修改，请刷新后再保存';

const byTime = (a: AvailabilityWindow, b: AvailabilityWindow) => a.weekday - b.weekday || a.from.localeCompare(b.from);
const byDate = (a: AvailabilityException, b: AvailabilityException) =>
  a.date.localeCompare(b.date) || (a.from ?? '').localeCompare(b.from ?? '');

export const save = action(API.availability.save, async function save(input, ctx) {
  const problems = availabilityProblems(input.weekly, input.exceptions);
  if (problems.length) {
    throw new AppError(
      'VALIDATION_FAILED',
      problems[0]!,
      problems.map((message) => ({ path: 'weekly', message })),
    );
  }
  const user = await helperOf(ctx, input.userId);
  const fields = {
    weekly: [...input.weekly].sort(byTime),
    exceptions: input.exceptions.map((e) => (e.from && e.to ? e : { date: e.date })).sort(byDate),
    updatedBy: ctx.caller.userId,
    updatedAt: toInstant(ctx.now),
  };
  const existing = await ctx.db.availability.get(user.id);
  if (input.version !== undefined && existing?.version !== input.version) throw new AppError('CONFLICT', STALE);
  try {
    const saved = existing
      ? await ctx.db.availability.update(user.id, fields, { ifVersion: existing.version })
      : await ctx.db.availability.insert({ id: user.id, ...fields });
    return { availability: await availabilityView(ctx, user, saved) };
  } catch (e) {
    // saved by someone else between the read and this write
    if (isAppError(e) && e.code === 'CONFLICT') throw new AppError('CONFLICT', STALE);
    throw e;
  }
});
