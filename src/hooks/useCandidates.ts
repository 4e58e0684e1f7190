// Dispatcher: every technician routing would consider for a ticket now, and the active experts (tickets.candidates),
// refreshed on show.
import { useCallback } from 'react';
import { ticketsApi, type ApiError, type ExpertOption, type RoutingCandidate } from '../api';
import type { LoadStatus } from '../store/resource';
import { useRefreshOnShow } from './useOnShow';
import { useResource } from './useResource';

export interface CandidatesState {
  items: RoutingCandidate[];
  experts: ExpertOption[];
  status: LoadStatus;
  error: ApiError | null;
  reload: () => void;
}

const NO_CANDIDATES: RoutingCandidate[] = [];
const NO_EXPERTS: ExpertOption[] = [];

export function useCandidates(ticketId: string, ready: boolean): CandidatesState {
  const request = useCallback(() => ticketsApi.candidates(ticketId), [ticketId]);
  const { data, status, error, reload } = useResource(request);
  const refresh = useCallback(() => void reload(), [reload]);
  useRefreshOnShow(refresh, ready && !!ticketId);
  return {
    items: data?.candidates ?? NO_CANDIDATES,
    experts: data?.experts ?? NO_EXPERTS,
    status,
    error,
    reload: refresh,
  };
}
