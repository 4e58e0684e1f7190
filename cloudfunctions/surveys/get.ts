// surveys.get: the survey of a ticket (null when not rated yet), for those who may see the ticket.
import { API } from '../../core/api';
import { action } from '../_lib/action';
import { loadVisible } from '../_lib/ticket-store';
import { surveyIdOf, surveyView } from './view';

export const get = action(API.surveys.get, async function get({ ticketId }, ctx) {
  const ticket = await loadVisible(ctx, ticketId);
  const survey = await ctx.db.surveys.get(surveyIdOf(ticket.id));
  return { survey: survey ? surveyView(survey) : null };
});
