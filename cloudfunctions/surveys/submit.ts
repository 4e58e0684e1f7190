// surveys.submit: the customer rates a resolved ticket once (four 1–5 scores and a comment); the ticket then closes.
import { AppError } from '../../core/errors';
import { SurveySubmitInput, SurveySubmitOutput } from '../../core/schemas/surveys';
import { close } from '../../core/ticket/lifecycle';
import { toInstant } from '../../core/time';
import { action, roles } from '../_lib/action';
import { actorOf, loadVisible, mutateTicket } from '../tickets/shared';
import { surveyIdOf, surveyView } from './view';

export const submit = action(
  {
    input: SurveySubmitInput,
    output: SurveySubmitOutput,
    access: roles('customer'),
    summary:
      '服务评价：报修客户对已处理的工单评分一次（响应速度、服务态度、专业技能、处理结果 1–5 分），评价后工单关闭',
  },
  async (input, ctx) => {
    const ticket = await loadVisible(ctx, input.ticketId);
    const id = surveyIdOf(ticket.id);
    if (ticket.surveyId) throw new AppError('CONFLICT', '该工单已评价，不能重复评价');
    if (ticket.status !== 'resolved' && ticket.status !== 'confirmed') {
      throw new AppError('CONFLICT', '工单处理完成后才能评价');
    }
    const technicianId = ticket.report?.handlerId ?? ticket.assigneeId;
    const technician = technicianId ? await ctx.db.users.get(technicianId) : null;
    const { doc, created } = await ctx.db.surveys.insertIfAbsent({
      id,
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
    await mutateTicket(
      ctx,
      () => loadVisible(ctx, ticket.id),
      (t) => (t.surveyId ? null : close(t, actorOf(ctx), 'rated', doc.id)),
    );
    if (technicianId) {
      await ctx.notify({
        to: technicianId,
        template: 'survey.received',
        title: '收到服务评价',
        body: `${ticket.no}：综合 ${surveyView(doc).overall} 分`,
        link: `/technician/job/index?id=${ticket.id}`,
        data: { ticketId: ticket.id, no: ticket.no },
        dedupeKey: `survey:${doc.id}`,
      });
    }
    return { survey: surveyView(doc) };
  },
);
