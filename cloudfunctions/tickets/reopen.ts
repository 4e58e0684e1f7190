// tickets.reopen: not fixed after all — the customer reopens with a reason; a new round starts and is routed again.
import { ReopenInput, TicketOutput } from '../../core/schemas/tickets';
import { reopen as reopenTicket } from '../../core/ticket/lifecycle';
import { action, roles } from '../_lib/action';
import { actorOf, afterRouting, loadVisible, mutateTicket, routeAndApply, viewOf } from './shared';

export const reopen = action(
  {
    input: ReopenInput,
    output: TicketOutput,
    access: roles('customer'),
    summary: '重新打开（须填原因）：仅报修客户，待确认状态下；重新派单并重新计时',
  },
  async ({ id, reason }, ctx) => {
    const { before, after } = await mutateTicket(
      ctx,
      () => loadVisible(ctx, id),
      (t) => routeAndApply(ctx, reopenTicket(t, actorOf(ctx), reason), 'reopen'),
    );
    await afterRouting(ctx, { ...before, assigneeId: null }, after);
    return { ticket: await viewOf(ctx, after) };
  },
);
