// The `rosters` function: a station's duty roster week by week, swaps, who is on duty now, and the holiday calendar.
import { call } from './client';
import type { HolidaySave, RosterSave, RosterSwapRequest } from './types';

export const rostersApi = {
  /** `date`: any date of the week (default: this week) */
  week: (stationId: string, date?: string) => call('rosters', 'week', date ? { stationId, date } : { stationId }),
  /** 409 when someone saved the week since it was read */
  save: (input: RosterSave) => call('rosters', 'save', input),
  swap: (input: RosterSwapRequest) => call('rosters', 'swap', input),
  onDuty: () => call('rosters', 'onDuty', {}),
  /** a year's holidays and make-up days, and where they come from (published / entered / statutory-only) */
  holidays: (year: number) => call('rosters', 'holidays', { year }),
  /** admin: 409 when someone saved the year since it was read (ifVersion) */
  saveHolidays: (input: HolidaySave) => call('rosters', 'saveHolidays', input),
  /** admin: read the State Council notice's text into days (nothing is saved) */
  parseHolidayNotice: (year: number, text: string) => call('rosters', 'parseHolidayNotice', { year, text }),
};
