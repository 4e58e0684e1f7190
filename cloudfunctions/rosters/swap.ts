// rosters.swap: another member of the station covers someone's shift (换班), kept in the roster's log.
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { rosterIdOf, swapEntries, weekStartOf } from '../../core/roster/roster';
import { toInstant } from '../../core/time';
import { action } from '../_lib/action';
import { stationAndMembers, weekView } from './week-view';

export const swap = action(API.rosters.swap, async function swap(input, ctx) {
  const { members } = await stationAndMembers(ctx, input.stationId);
  if (!members.some((m) => m.id === input.toUserId)) throw new AppError('VALIDATION_FAILED', '顶班人员须为本站人员');
  const weekStart = weekStartOf(input.date);
  const id = rosterIdOf(input.stationId, weekStart);
  for (let attempt = 0; attempt < 10; attempt++) {
    const roster = await ctx.db.rosters.mustGet(id, '该周尚无值班表');
    const entries = swapEntries(roster.entries, input);
    if (!entries) throw new AppError('CONFLICT', '该人员不在此班次');
    try {
      await ctx.db.rosters.update(
        id,
        {
          entries,
          swaps: [...roster.swaps, { at: toInstant(ctx.now), by: ctx.caller.userId, ...input }],
          updatedBy: ctx.caller.userId,
          updatedAt: toInstant(ctx.now),
        },
        { ifVersion: roster.version },
      );
      return weekView(ctx, input.stationId, weekStart);
    } catch (e) {
      if (attempt === 9) throw e;
    }
  }
  throw new AppError('CONFLICT', '请稍后重试');
});
