// One station's roster week on the desk: loaded, edited as a draft, 复制上周, saved with its version, swapped.
import { useCallback, useState } from 'react';
import { rostersApi, type ApiError, type RosterEntry, type RosterWeek } from '../api';
import { addDays, shiftedEntries } from '../roster-grid';
import type { LoadStatus } from '../store/resource';
import { useRefreshOnShow } from './useOnShow';
import { useResource } from './useResource';

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

interface Draft {
  /** the week on screen when editing began, and the station and week asked for */
  of: RosterWeek;
  request: () => Promise<RosterWeek>;
  entries: RosterEntry[];
}

export function useRosterWeek(stationId: string, date: string, ready: boolean): RosterWeekState {
  const request = useCallback(() => rostersApi.week(stationId, date), [stationId, date]);
  const { data: week, status, error, reload, put } = useResource(request);
  const [draft, setDraft] = useState<Draft | null>(null);
  // Edits belong to the week they were made on: a week that lands after them (saved, swapped, reloaded, another
  // station or week) replaces them.
  const edited = draft && draft.of === week && draft.request === request ? draft.entries : null;
  const dirty = edited !== null;

  // A show must not throw away unsaved edits: refresh on show only while nothing is being edited.
  const refresh = useCallback(() => {
    if (!dirty) void reload();
  }, [reload, dirty]);
  useRefreshOnShow(refresh, ready && !!stationId);

  const edit = (entries: RosterEntry[]) => {
    if (week) setDraft({ of: week, request, entries });
  };
  const copyLastWeek = async () => {
    if (!week) return false;
    const last = await rostersApi.week(stationId, addDays(week.weekStart, -7));
    const members = new Set(week.members.map((m) => m.id));
    const copied = shiftedEntries(last.entries, 7, members);
    if (copied.length === 0) return false;
    setDraft({ of: week, request, entries: copied });
    return true;
  };
  const save = async () => {
    if (!week) return;
    put(
      await rostersApi.save({
        stationId,
        weekStart: week.weekStart,
        entries: edited ?? week.entries,
        ...(week.version ? { version: week.version } : {}),
      }),
    );
  };
  const swap = async (
    swapDate: string,
    shift: RosterEntry['shift'],
    fromUserId: string,
    toUserId: string,
    reason: string,
  ) => {
    put(
      await rostersApi.swap({
        stationId,
        date: swapDate,
        shift,
        fromUserId,
        toUserId,
        ...(reason ? { reason } : {}),
      }),
    );
  };
  return {
    week,
    entries: edited ?? week?.entries ?? [],
    dirty,
    status,
    error,
    reload,
    edit,
    copyLastWeek,
    save,
    swap,
  };
}
