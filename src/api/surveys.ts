// The `surveys` function: the customer's satisfaction survey of a resolved ticket (once), and its statistics.
import { call } from './client';
import type { SurveyRequest, SurveyStatsQuery } from './types';

export const surveysApi = {
  submit: (input: SurveyRequest) => call('surveys', 'submit', input),
  get: (ticketId: string) => call('surveys', 'get', { ticketId }),
  /** dispatcher / admin: averages, response rate and CSAT per technician, station or month */
  stats: (query: SurveyStatsQuery) => call('surveys', 'stats', query),
};
