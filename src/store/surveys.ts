// Surveys store: the customer's satisfaction survey of each ticket (surveys.get / surveys.submit, once).
import { create } from 'zustand';
import { surveysApi, type Survey, type SurveyRequest } from '../api';
import { IDLE, keyedLoaders, type Resource } from './resource';
import { useTicketsStore } from './tickets';

/** `data` null once ready: not rated yet. */
export type SurveyEntry = Resource<Survey | null>;

interface SurveysState {
  byTicketId: Record<string, SurveyEntry>;
  load: (ticketId: string) => Promise<void>;
  /** submits once; the ticket is fetched again (rated, closed) */
  submit: (input: SurveyRequest) => Promise<Survey>;
  reset: () => void;
}

export const useSurveysStore = create<SurveysState>()((set, get) => {
  const surveys = keyedLoaders<Survey | null>(
    (ticketId) => get().byTicketId[ticketId],
    (ticketId, patch) =>
      set((s) => ({
        byTicketId: { ...s.byTicketId, [ticketId]: { ...(s.byTicketId[ticketId] ?? IDLE), ...patch } },
      })),
  );
  return {
    byTicketId: {},
    load: async (ticketId) => {
      await surveys.of(ticketId).load(async () => (await surveysApi.get(ticketId)).survey);
    },
    submit: async (input) => {
      const { survey } = await surveysApi.submit(input);
      surveys.of(input.ticketId).put(survey);
      void useTicketsStore.getState().load(input.ticketId);
      return survey;
    },
    reset: () => {
      surveys.reset();
      set({ byTicketId: {} });
    },
  };
});
