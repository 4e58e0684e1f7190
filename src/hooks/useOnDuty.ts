// 当前值班: the shift now and who is on it at each station (rosters.onDuty), refreshed on show.
import { useCallback, useState } from 'react';
import { ApiError, isApiError, rostersApi, type OnDuty } from '../api';
import { UNAVAILABLE_MESSAGE } from '../api/api-error';
import type { LoadStatus } from '../store/devices';
import { useRefreshOnShow } from './useOnShow';

export interface OnDutyState {
  onDuty: OnDuty | null;
  status: LoadStatus;
  error: ApiError | null;
  reload: () => Promise<void>;
}

export function useOnDuty(ready: boolean): OnDutyState {
  const [onDuty, setOnDuty] = useState<OnDuty | null>(null);
  const [status, setStatus] = useState<LoadStatus>('idle');
  const [error, setError] = useState<ApiError | null>(null);
  const reload = useCallback(async () => {
    setStatus('loading');
    setError(null);
    try {
      setOnDuty(await rostersApi.onDuty());
      setStatus('ready');
    } catch (e) {
      setError(isApiError(e) ? e : new ApiError('UNAVAILABLE', UNAVAILABLE_MESSAGE));
      setStatus('error');
    }
  }, []);
  const refresh = useCallback(() => void reload(), [reload]);
  useRefreshOnShow(refresh, ready);
  return { onDuty, status, error, reload };
}
