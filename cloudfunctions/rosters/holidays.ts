// rosters.holidays: a year's statutory holidays and make-up working days, and where they come from.
import { API } from '../../core/api';
import { action } from '../_lib/action';
import { holidaysView } from './holidays-view';

export const holidays = action(API.rosters.holidays, async function holidays({ year }, ctx) {
  return holidaysView(ctx, year);
});
