// The `surveys` function: the customer's satisfaction survey of a resolved ticket (once), and its statistics.
import { call } from './client';
import type { Survey, SurveyRequest, SurveyStats, SurveyStatsQuery } from './types';

export const surveysApi = {
  submit: (input: SurveyRequest) => call<{ survey: Survey }>('surveys', 'submit', input),
  get: (ticketId: string) => call<{ survey: Survey | null }>('surveys', 'get', { ticketId }),
  /** dispatcher / admin: averages, response rate and CSAT per technician, station or month */
  stats: (query: SurveyStatsQuery) => call<SurveyStats>('surveys', 'stats', query),
};
