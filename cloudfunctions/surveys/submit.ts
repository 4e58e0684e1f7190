// surveys.submit: the customer rates a resolved ticket once (four 1–5 scores and a comment); the ticket then closes.
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { surveyReceived } from '../../core/notify/messages';
import { decideRated } from '../../core/ticket/moves';
import { recipientOf } from '../../core/ticket/staff';
import { toInstant } from '../../core/time';
import { action } from '../_lib/action';
import { loadStaff } from '../_lib/routing-inputs';
import { actorOf, changeTicket, loadVisible } from '../_lib/ticket-store';
import { surveyIdOf, surveyView } from './view';

export const submit = action(API.surveys.submit, async function submit(input, ctx) {
  const ticket = await loadVisible(ctx, input.ticketId);
  if (ticket.surveyId) throw new AppError('CONFLICT', '该工单已评价，不能重复评价');
  if (ticket.status !== 'resolved' && ticket.status !== 'confirmed') {
    throw new AppError('CONFLICT', '工单处理完成后才能评价');
  }
  const technicianId = ticket.report?.handlerId ?? ticket.assigneeId;
  const [technician, staff] = await Promise.all([technicianId ? ctx.db.users.get(technicianId) : null, loadStaff(ctx)]);
  const { doc, created } = await ctx.db.surveys.insertIfAbsent({
    id: surveyIdOf(ticket.id),
    ticketId: ticket.id,
    customerId: ticket.customerId,
    technicianId,
    stationId: technician?.stationId ?? null,
    scores: input.scores,
    ...(input.comment ? { comment: input.comment } : {}),
    submittedBy: ctx.caller.userId,
    submittedAt: toInstant(ctx.now),
  });
  if (!created && doc.submittedBy !== ctx.caller.userId) throw new AppError('CONFLICT', '该工单已评价，不能重复评价');
  // Close the ticket (also completes a submit whose first attempt stored the survey but not the ticket).
  await changeTicket(
    ctx,
    async () => ({ ticket: await loadVisible(ctx, ticket.id) }),
    ({ ticket: t }) => decideRated(t, actorOf(ctx), doc.id),
  );
  const survey = surveyView(doc);
  if (technicianId) await ctx.send([surveyReceived(ticket, recipientOf(staff, technicianId), doc.id, survey.overall)]);
  return { survey };
});
