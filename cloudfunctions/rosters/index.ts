// The `rosters` function: the duty roster (值班制度) per station, edited week by week, with holiday marks and swaps, and
// the holiday years an admin enters.
import { holidays } from './holidays';
import { onDuty } from './on-duty';
import { parseHolidayNotice } from './parse-holiday-notice';
import { save } from './save';
import { saveHolidays } from './save-holidays';
import { swap } from './swap';
import { week } from './week';

export const actions = { week, save, swap, onDuty, holidays, saveHolidays, parseHolidayNotice };
