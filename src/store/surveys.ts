// Surveys store: the customer's satisfaction survey of each ticket (surveys.get / surveys.submit, once).
import { create } from 'zustand';
import { ApiError, isApiError, surveysApi, type Survey, type SurveyRequest } from '../api';
import { UNAVAILABLE_MESSAGE } from '../api/api-error';
import type { LoadStatus } from './devices';
import { useTicketsStore } from './tickets';

export interface SurveyEntry {
  /** null: not rated yet */
  survey: Survey | null;
  status: LoadStatus;
  error: ApiError | null;
}

interface SurveysState {
  byTicketId: Record<string, SurveyEntry>;
  load: (ticketId: string) => Promise<void>;
  /** submits once; the ticket is fetched again (rated, closed) */
  submit: (input: SurveyRequest) => Promise<Survey>;
  reset: () => void;
}

export const EMPTY_SURVEY_ENTRY: SurveyEntry = { survey: null, status: 'idle', error: null };

export const useSurveysStore = create<SurveysState>()((set) => {
  const patchEntry = (ticketId: string, patch: Partial<SurveyEntry>) =>
    set((s) => ({
      byTicketId: { ...s.byTicketId, [ticketId]: { ...(s.byTicketId[ticketId] ?? EMPTY_SURVEY_ENTRY), ...patch } },
    }));
  return {
    byTicketId: {},
    load: async (ticketId) => {
      patchEntry(ticketId, { status: 'loading', error: null });
      try {
        const { survey } = await surveysApi.get(ticketId);
        patchEntry(ticketId, { survey, status: 'ready' });
      } catch (e) {
        patchEntry(ticketId, {
          status: 'error',
          error: isApiError(e) ? e : new ApiError('UNAVAILABLE', UNAVAILABLE_MESSAGE),
        });
      }
    },
    submit: async (input) => {
      const { survey } = await surveysApi.submit(input);
      patchEntry(input.ticketId, { survey, status: 'ready', error: null });
      void useTicketsStore.getState().load(input.ticketId);
      return survey;
    },
    reset: () => set({ byTicketId: {} }),
  };
});
