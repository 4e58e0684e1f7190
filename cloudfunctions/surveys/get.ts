// surveys.get: the survey of a ticket (null when not rated yet), for those who may see the ticket.
import { SurveyGetInput, SurveyGetOutput } from '../../core/schemas/surveys';
import { action, ANY_USER } from '../_lib/action';
import { loadVisible } from '../tickets/shared';
import { surveyIdOf, surveyView } from './view';

export const get = action(
  {
    input: SurveyGetInput,
    output: SurveyGetOutput,
    access: ANY_USER,
    summary: '查看工单的服务评价（未评价为 null）',
  },
  async ({ ticketId }, ctx) => {
    const ticket = await loadVisible(ctx, ticketId);
    const survey = await ctx.db.surveys.get(surveyIdOf(ticket.id));
    return { survey: survey ? surveyView(survey) : null };
  },
);
