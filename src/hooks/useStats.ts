// Desk statistics for a period: SLA attainment (sla.attainment) and satisfaction (surveys.stats), loaded together.
import { useCallback, useState } from 'react';
import { ApiError, isApiError, slaApi, surveysApi, type AttainmentReport, type SurveyStats } from '../api';
import { UNAVAILABLE_MESSAGE } from '../api/api-error';
import type { LoadStatus } from '../store/devices';
import { useRefreshOnShow } from './useOnShow';

export type StatsGroupBy = 'station' | 'technician';

export interface StatsState {
  attainment: AttainmentReport | null;
  satisfaction: SurveyStats | null;
  status: LoadStatus;
  error: ApiError | null;
  reload: () => Promise<void>;
}

export function useStats(from: string, to: string, groupBy: StatsGroupBy, ready: boolean): StatsState {
  const [attainment, setAttainment] = useState<AttainmentReport | null>(null);
  const [satisfaction, setSatisfaction] = useState<SurveyStats | null>(null);
  const [status, setStatus] = useState<LoadStatus>('idle');
  const [error, setError] = useState<ApiError | null>(null);
  const reload = useCallback(async () => {
    setStatus('loading');
    setError(null);
    try {
      const [a, s] = await Promise.all([
        slaApi.attainment({ from, to, groupBy }),
        surveysApi.stats({ from, to, groupBy }),
      ]);
      setAttainment(a);
      setSatisfaction(s);
      setStatus('ready');
    } catch (e) {
      setError(isApiError(e) ? e : new ApiError('UNAVAILABLE', UNAVAILABLE_MESSAGE));
      setStatus('error');
    }
  }, [from, to, groupBy]);
  const refresh = useCallback(() => void reload(), [reload]);
  useRefreshOnShow(refresh, ready);
  return { attainment, satisfaction, status, error, reload };
}
