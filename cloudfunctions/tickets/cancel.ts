// tickets.cancel: the customer withdraws a report before a technician accepted it.
import { CancelInput, TicketOutput } from '../../core/schemas/tickets';
import { cancel as cancelTicket } from '../../core/ticket/lifecycle';
import { action, roles } from '../_lib/action';
import { actorOf, loadVisible, mutateTicket, viewOf } from './shared';

export const cancel = action(
  {
    input: CancelInput,
    output: TicketOutput,
    access: roles('customer', 'dispatcher', 'admin'),
    summary: '取消报修：接单前，报修客户或调度/管理员',
  },
  async ({ id, reason }, ctx) => {
    const { before, after } = await mutateTicket(
      ctx,
      () => loadVisible(ctx, id),
      (t) => cancelTicket(t, actorOf(ctx), reason),
    );
    if (before.assigneeId) {
      await ctx.notify({
        to: before.assigneeId,
        template: 'ticket.cancelled',
        title: '工单已取消',
        body: `${after.no} 已被取消${reason ? `：${reason}` : ''}`,
        data: { ticketId: after.id, no: after.no },
        dedupeKey: `cancelled:${after.id}`,
      });
    }
    return { ticket: await viewOf(ctx, after) };
  },
);
