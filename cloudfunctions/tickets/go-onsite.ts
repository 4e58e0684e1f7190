// tickets.goOnsite: the remote fix is not possible (or on-site work is needed from the start): the on-site clock runs.
import { GoOnsiteInput, TicketOutput } from '../../core/schemas/tickets';
import { goOnsite as goOnsiteTicket } from '../../core/ticket/lifecycle';
import { action, roles } from '../_lib/action';
import { actorOf, loadVisible, mutateTicket, notifyCustomer, viewOf } from './shared';

export const goOnsite = action(
  {
    input: GoOnsiteInput,
    output: TicketOutput,
    access: roles('technician', 'expert'),
    summary: '改为上门处理：远程无法解决时由处理人发起，开始计算到场时限',
  },
  async ({ id, note }, ctx) => {
    const { after } = await mutateTicket(
      ctx,
      () => loadVisible(ctx, id),
      (t) => goOnsiteTicket(t, actorOf(ctx), note),
    );
    await notifyCustomer(ctx, after, 'ticket.onsite', '工程师将上门处理', `${after.no}：工程师正在前往现场`);
    return { ticket: await viewOf(ctx, after) };
  },
);
