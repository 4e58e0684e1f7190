// 当前值班: the shift now and who is on it at each station (rosters.onDuty), refreshed on show.
import { useCallback } from 'react';
import { rostersApi, type ApiError, type OnDuty } from '../api';
import type { LoadStatus } from '../store/resource';
import { useRefreshOnShow } from './useOnShow';
import { useResource } from './useResource';

export interface OnDutyState {
  onDuty: OnDuty | null;
  status: LoadStatus;
  error: ApiError | null;
  reload: () => Promise<void>;
}

const request = () => rostersApi.onDuty();

export function useOnDuty(ready: boolean): OnDutyState {
  const { data, status, error, reload } = useResource(request);
  const refresh = useCallback(() => void reload(), [reload]);
  useRefreshOnShow(refresh, ready);
  return { onDuty: data, status, error, reload };
}
