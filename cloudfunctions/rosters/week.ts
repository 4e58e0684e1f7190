// rosters.week: a station's duty roster for one week (statutory holidays and make-up working days marked).
import { API } from '../../core/api';
import { weekStartOf } from '../../core/roster/roster';
import { calendarDateOf } from '../../core/time';
import { action } from '../_lib/action';
import { requireStationAccess, weekView } from './week-view';

export const week = action(API.rosters.week, async function week(input, ctx) {
  requireStationAccess(ctx, input.stationId, false);
  return weekView(ctx, input.stationId, weekStartOf(input.date ?? calendarDateOf(ctx.now)));
});
