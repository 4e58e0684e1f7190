// rosters.save: a station's week of shifts (primary and backup, day and night); versioned, so two editors cannot overwrite each other.
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { rosterIdOf, rosterProblems, weekStartOf } from '../../core/roster/roster';
import { toInstant } from '../../core/time';
import { action } from '../_lib/action';
import { stationAndMembers, weekView } from './week-view';

export const save = action(API.rosters.save, async function save(input, ctx) {
  if (weekStartOf(input.weekStart) !== input.weekStart) throw new AppError('VALIDATION_FAILED', 'weekStart 须为周一');
  const { members } = await stationAndMembers(ctx, input.stationId);
  const problems = rosterProblems(input.weekStart, input.entries, new Set(members.map((m) => m.id)));
  if (problems.length) {
    throw new AppError(
      'VALIDATION_FAILED',
      problems[0]!,
      problems.map((message) => ({ path: 'entries', message })),
    );
  }
  const id = rosterIdOf(input.stationId, input.weekStart);
  const existing = await ctx.db.rosters.get(id);
  const at = toInstant(ctx.now);
  if (!existing) {
    if (input.version) throw new AppError('CONFLICT', '值班表已被删除或尚未创建，请刷新');
    await ctx.db.rosters.insert({
      id,
      stationId: input.stationId,
      weekStart: input.weekStart,
      entries: input.entries,
      swaps: [],
      updatedBy: ctx.caller.userId,
      updatedAt: at,
    });
  } else {
    if (input.version !== existing.version) throw new AppError('CONFLICT', '值班表已被他人修改，请刷新后再保存');
    await ctx.db.rosters.update(
      id,
      { entries: input.entries, updatedBy: ctx.caller.userId, updatedAt: at },
      { ifVersion: existing.version },
    );
  }
  return weekView(ctx, input.stationId, input.weekStart);
});
