// One station's roster week on the desk: loaded, edited as a draft, 复制上周, saved with its version, swapped.
import { useCallback, useState } from 'react';
import { ApiError, isApiError, rostersApi, type RosterEntry, type RosterWeek } from '../api';
import { UNAVAILABLE_MESSAGE } from '../api/api-error';
import { addDays, shiftedEntries } from '../roster-grid';
import type { LoadStatus } from '../store/devices';
import { useRefreshOnShow } from './useOnShow';

export interface RosterWeekState {
  week: RosterWeek | null;
  /** the entries on screen (the saved ones until edited) */
  entries: RosterEntry[];
  dirty: boolean;
  status: LoadStatus;
  error: ApiError | null;
  reload: () => Promise<void>;
  edit: (entries: RosterEntry[]) => void;
  /** last week's entries a week on, as an unsaved draft; false when last week has none */
  copyLastWeek: () => Promise<boolean>;
  /** rejects with the ApiError (409: someone saved since; 400: a problem in Chinese) */
  save: () => Promise<void>;
  swap: (
    date: string,
    shift: RosterEntry['shift'],
    fromUserId: string,
    toUserId: string,
    reason: string,
  ) => Promise<void>;
}

function asApiError(e: unknown): ApiError {
  return isApiError(e) ? e : new ApiError('UNAVAILABLE', UNAVAILABLE_MESSAGE);
}

export function useRosterWeek(stationId: string, date: string, ready: boolean): RosterWeekState {
  const [week, setWeek] = useState<RosterWeek | null>(null);
  const [draft, setDraft] = useState<RosterEntry[] | null>(null);
  const [status, setStatus] = useState<LoadStatus>('idle');
  const [error, setError] = useState<ApiError | null>(null);

  const show = (next: RosterWeek) => {
    setWeek(next);
    setDraft(null);
    setStatus('ready');
  };
  const reload = useCallback(async () => {
    setStatus('loading');
    setError(null);
    try {
      const next = await rostersApi.week(stationId, date);
      setWeek(next);
      setDraft(null);
      setStatus('ready');
    } catch (e) {
      setError(asApiError(e));
      setStatus('error');
    }
  }, [stationId, date]);
  // A show must not throw away unsaved edits: refresh on show only while nothing is being edited.
  const refresh = useCallback(() => {
    if (draft === null) void reload();
  }, [reload, draft]);
  useRefreshOnShow(refresh, ready && !!stationId);

  const copyLastWeek = async () => {
    if (!week) return false;
    const last = await rostersApi.week(stationId, addDays(week.weekStart, -7));
    const members = new Set(week.members.map((m) => m.id));
    const copied = shiftedEntries(last.entries, 7, members);
    if (copied.length === 0) return false;
    setDraft(copied);
    return true;
  };
  const save = async () => {
    if (!week) return;
    const saved = await rostersApi.save({
      stationId,
      weekStart: week.weekStart,
      entries: draft ?? week.entries,
      ...(week.version ? { version: week.version } : {}),
    });
    show(saved);
  };
  const swap = async (
    swapDate: string,
    shift: RosterEntry['shift'],
    fromUserId: string,
    toUserId: string,
    reason: string,
  ) => {
    const next = await rostersApi.swap({
      stationId,
      date: swapDate,
      shift,
      fromUserId,
      toUserId,
      ...(reason ? { reason } : {}),
    });
    show(next);
  };
  return {
    week,
    entries: draft ?? week?.entries ?? [],
    dirty: draft !== null,
    status,
    error,
    reload,
    edit: setDraft,
    copyLastWeek,
    save,
    swap,
  };
}
