// Desk statistics for a period: SLA attainment (sla.attainment) and satisfaction (surveys.stats), loaded together.
import { useCallback } from 'react';
import { slaApi, surveysApi, type ApiError, type AttainmentReport, type SurveyStats } from '../api';
import type { LoadStatus } from '../store/resource';
import { useRefreshOnShow } from './useOnShow';
import { useResource } from './useResource';

export type StatsGroupBy = 'station' | 'technician';

export interface StatsState {
  attainment: AttainmentReport | null;
  satisfaction: SurveyStats | null;
  status: LoadStatus;
  error: ApiError | null;
  reload: () => Promise<void>;
}

export function useStats(from: string, to: string, groupBy: StatsGroupBy, ready: boolean): StatsState {
  const request = useCallback(async () => {
    const [attainment, satisfaction] = await Promise.all([
      slaApi.attainment({ from, to, groupBy }),
      surveysApi.stats({ from, to, groupBy }),
    ]);
    return { attainment, satisfaction };
  }, [from, to, groupBy]);
  const { data, status, error, reload } = useResource(request);
  const refresh = useCallback(() => void reload(), [reload]);
  useRefreshOnShow(refresh, ready);
  return {
    attainment: data?.attainment ?? null,
    satisfaction: data?.satisfaction ?? null,
    status,
    error,
    reload,
  };
}
