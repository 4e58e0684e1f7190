// Dispatcher: every technician routing would consider for a ticket now (tickets.candidates), refreshed on show.
import { useCallback } from 'react';
import { ticketsApi, type ApiError, type RoutingCandidate } from '../api';
import type { LoadStatus } from '../store/resource';
import { useRefreshOnShow } from './useOnShow';
import { useResource } from './useResource';

export interface CandidatesState {
  items: RoutingCandidate[];
  status: LoadStatus;
  error: ApiError | null;
  reload: () => void;
}

const NONE: RoutingCandidate[] = [];

export function useCandidates(ticketId: string, ready: boolean): CandidatesState {
  const request = useCallback(async () => (await ticketsApi.candidates(ticketId)).candidates, [ticketId]);
  const { data, status, error, reload } = useResource(request);
  const refresh = useCallback(() => void reload(), [reload]);
  useRefreshOnShow(refresh, ready && !!ticketId);
  return { items: data ?? NONE, status, error, reload: refresh };
}
