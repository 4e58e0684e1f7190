// The `surveys` function: the customer's satisfaction survey of a resolved ticket (once).
import { call } from './client';
import type { Survey, SurveyRequest } from './types';

export const surveysApi = {
  submit: (input: SurveyRequest) => call<{ survey: Survey }>('surveys', 'submit', input),
  get: (ticketId: string) => call<{ survey: Survey | null }>('surveys', 'get', { ticketId }),
};
