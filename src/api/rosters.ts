// The `rosters` function: a station's duty roster week by week, swaps, and who is on duty now.
import { call } from './client';
import type { RosterSave, RosterSwapRequest } from './types';

export const rostersApi = {
  /** `date`: any date of the week (default: this week) */
  week: (stationId: string, date?: string) => call('rosters', 'week', date ? { stationId, date } : { stationId }),
  /** 409 when someone saved the week since it was read */
  save: (input: RosterSave) => call('rosters', 'save', input),
  swap: (input: RosterSwapRequest) => call('rosters', 'swap', input),
  onDuty: () => call('rosters', 'onDuty', {}),
};
