// tickets.accept: the offered technician (or expert) takes the ticket. Of racing accepts exactly one wins.
import { TicketIdInput, TicketOutput } from '../../core/schemas/tickets';
import { accept as acceptTicket } from '../../core/ticket/lifecycle';
import { action, roles } from '../_lib/action';
import { actorOf, loadVisible, mutateTicket, notifyCustomer, viewOf } from './shared';

export const accept = action(
  {
    input: TicketIdInput,
    output: TicketOutput,
    access: roles('technician', 'expert'),
    summary: '接单：仅被派单的工程师/专家；并发接单只有一个成功',
  },
  async ({ id }, ctx) => {
    const { after } = await mutateTicket(
      ctx,
      () => loadVisible(ctx, id),
      (t) => acceptTicket(t, actorOf(ctx)),
    );
    const who = after.assigneeId ? await ctx.db.users.get(after.assigneeId) : null;
    await notifyCustomer(
      ctx,
      after,
      'ticket.accepted',
      '工程师已接单',
      `${after.no}：${who?.name ?? '工程师'} 已接单，将尽快与您联系`,
    );
    return { ticket: await viewOf(ctx, after) };
  },
);
