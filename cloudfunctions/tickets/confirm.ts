// tickets.confirm: the customer confirms the fault is fixed.
import { TicketIdInput, TicketOutput } from '../../core/schemas/tickets';
import { confirm as confirmTicket } from '../../core/ticket/lifecycle';
import { action, roles } from '../_lib/action';
import { actorOf, loadVisible, mutateTicket, viewOf } from './shared';

export const confirm = action(
  {
    input: TicketIdInput,
    output: TicketOutput,
    access: roles('customer'),
    summary: '确认修复：仅报修客户',
  },
  async ({ id }, ctx) => {
    const { after } = await mutateTicket(
      ctx,
      () => loadVisible(ctx, id),
      (t) => confirmTicket(t, actorOf(ctx)),
    );
    return { ticket: await viewOf(ctx, after) };
  },
);
