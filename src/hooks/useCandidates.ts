// Dispatcher: every technician routing would consider for a ticket now (tickets.candidates), refreshed on show.
import { useCallback, useState } from 'react';
import { ApiError, isApiError, ticketsApi, type RoutingCandidate } from '../api';
import { UNAVAILABLE_MESSAGE } from '../api/api-error';
import type { LoadStatus } from '../store/devices';
import { useRefreshOnShow } from './useOnShow';

export interface CandidatesState {
  items: RoutingCandidate[];
  status: LoadStatus;
  error: ApiError | null;
  reload: () => void;
}

export function useCandidates(ticketId: string, ready: boolean): CandidatesState {
  const [items, setItems] = useState<RoutingCandidate[]>([]);
  const [status, setStatus] = useState<LoadStatus>('idle');
  const [error, setError] = useState<ApiError | null>(null);
  const reload = useCallback(() => {
    setStatus('loading');
    setError(null);
    ticketsApi
      .candidates(ticketId)
      .then(({ candidates }) => {
        setItems(candidates);
        setStatus('ready');
      })
      .catch((e: unknown) => {
        setError(isApiError(e) ? e : new ApiError('UNAVAILABLE', UNAVAILABLE_MESSAGE));
        setStatus('error');
      });
  }, [ticketId]);
  useRefreshOnShow(reload, ready && !!ticketId);
  return { items, status, error, reload };
}
