// tickets.assign: a dispatcher gives the ticket to a technician or expert (or moves it from one to another).
import { AppError } from '../../core/errors';
import { AssignInput, TicketOutput } from '../../core/schemas/tickets';
import { assign as assignTicket } from '../../core/ticket/lifecycle';
import { action, roles } from '../_lib/action';
import { actorOf, afterRouting, loadVisible, mutateTicket, routingFor, viewOf } from './shared';

export const assign = action(
  {
    input: AssignInput,
    output: TicketOutput,
    access: roles('dispatcher', 'admin'),
    summary: '调度指派：把工单派给指定工程师/专家（可改派），记录派单理由',
  },
  async ({ id, technicianId }, ctx) => {
    const technician = await ctx.db.users.get(technicianId);
    if (!technician || (technician.role !== 'technician' && technician.role !== 'expert')) {
      throw new AppError('NOT_FOUND', '未找到该工程师');
    }
    const { before, after } = await mutateTicket(
      ctx,
      () => loadVisible(ctx, id),
      async (t) => {
        const decision = await routingFor(ctx, t, 'dispatcher');
        const candidate = decision.candidates.find((c) => c.technicianId === technicianId);
        const reasons = candidate?.excluded
          ? [`调度指派 ${technician.name}（自动派单不会选择：${candidate.excluded}）`]
          : [`调度指派 ${technician.name}${candidate ? `：${candidate.reasons.join('，')}` : ''}`];
        return assignTicket(
          { ...t, routing: { ...t.routing, candidates: decision.candidates } },
          actorOf(ctx),
          technicianId,
          reasons,
        );
      },
    );
    await afterRouting(ctx, before, after);
    if (before.assigneeId && before.assigneeId !== technicianId) {
      await ctx.notify({
        to: before.assigneeId,
        template: 'ticket.reassigned',
        title: '工单已改派',
        body: `${after.no} 已由调度改派给 ${technician.name}`,
        data: { ticketId: after.id, no: after.no },
        dedupeKey: `reassigned:${after.id}:${after.events.length}`,
      });
    }
    return { ticket: await viewOf(ctx, after) };
  },
);
