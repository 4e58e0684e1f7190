// 当前值班: the shift now and who is on it at each station (rosters.onDuty), refreshed on show; its `at` is the
// service's time, which sets the service clock.
import { useCallback } from 'react';
import { rostersApi, type ApiError, type OnDuty } from '../api';
import type { LoadStatus } from '../store/resource';
import { useServiceClockStore } from '../store/service-clock';
import { useRefreshOnShow } from './useOnShow';
import { useResource } from './useResource';

export interface OnDutyState {
  onDuty: OnDuty | null;
  status: LoadStatus;
  error: ApiError | null;
  reload: () => Promise<void>;
}

const request = async () => {
  const onDuty = await rostersApi.onDuty();
  useServiceClockStore.getState().syncExact(onDuty.at);
  return onDuty;
};

export function useOnDuty(ready: boolean): OnDutyState {
  const { data, status, error, reload } = useResource(request);
  const refresh = useCallback(() => void reload(), [reload]);
  useRefreshOnShow(refresh, ready);
  return { onDuty: data, status, error, reload };
}
