// rosters.parseHolidayNotice: the import — reads the State Council notice an admin pasted into days off and make-up
// working days, with what could not be read; nothing is stored (the admin checks it, then saves it).
import { API } from '../../core/api';
import { parseHolidayNotice as parse } from '../../core/calendar/notice';
import { action } from '../_lib/action';

export const parseHolidayNotice = action(API.rosters.parseHolidayNotice, async function parseHolidayNotice(input) {
  return { year: input.year, ...parse(input.year, input.text) };
});
