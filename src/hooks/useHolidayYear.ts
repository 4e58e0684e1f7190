// One year of the holiday calendar on the desk: where it comes from (rosters.holidays), the admin's import of the
// State Council notice (rosters.parseHolidayNotice — nothing saved) and the save over the version read
// (rosters.saveHolidays; a 409 means someone saved the year meanwhile).
import { useCallback } from 'react';
import { rostersApi, type ApiError, type HolidayDay, type HolidayYear, type ParsedHolidayNotice } from '../api';
import type { LoadStatus } from '../store/resource';
import { useRefreshOnShow } from './useOnShow';
import { useResource } from './useResource';

export interface HolidayYearState {
  data: HolidayYear | null;
  status: LoadStatus;
  error: ApiError | null;
  reload: () => Promise<void>;
  parse: (text: string) => Promise<ParsedHolidayNotice>;
  /** rejects with the ApiError (409 stale, 400 with every problem in `details`) */
  save: (days: HolidayDay[], source: string) => Promise<HolidayYear>;
}

/** `active`: load (and reload on show) — not while an edit is on screen, which a reload must not replace. */
export function useHolidayYear(year: number, ready: boolean, active: boolean): HolidayYearState {
  const request = useCallback(() => rostersApi.holidays(year), [year]);
  const { data, status, error, reload, put } = useResource(request);
  const refresh = useCallback(() => {
    if (active) void reload();
  }, [reload, active]);
  useRefreshOnShow(refresh, ready);
  // what is on screen belongs to the year asked for (a year switched: the last one's data is not this one's)
  const current = data && data.year === year ? data : null;

  const parse = (text: string) => rostersApi.parseHolidayNotice(year, text);
  const save = async (days: HolidayDay[], source: string) => {
    const version = current?.version ?? undefined;
    const saved = await rostersApi.saveHolidays({ year, days, source, ...(version ? { ifVersion: version } : {}) });
    put(saved);
    return saved;
  };
  return { data: current, status, error, reload, parse, save };
}
