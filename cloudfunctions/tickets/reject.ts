// tickets.reject: the offered technician declines with a reason; the ticket goes to the next candidate, never back.
import { RejectInput, TicketOutput } from '../../core/schemas/tickets';
import { reject as rejectTicket } from '../../core/ticket/lifecycle';
import { action, roles } from '../_lib/action';
import { actorOf, afterRouting, mutateTicket, routeAndApply, viewOf } from './shared';
import { requireTicketVisible } from '../../core/ticket/permissions';

export const reject = action(
  {
    input: RejectInput,
    output: TicketOutput,
    access: roles('technician', 'expert'),
    summary: '拒单（须填原因）：自动改派给下一位候选工程师，不会再派回拒单人',
  },
  async ({ id, reason }, ctx) => {
    const { before, after } = await mutateTicket(
      ctx,
      async () => requireTicketVisible(ctx.caller, await ctx.db.tickets.get(id)),
      (t) => routeAndApply(ctx, rejectTicket(t, actorOf(ctx), reason), 'reject'),
    );
    await afterRouting(ctx, before, after);
    // The one who rejected no longer sees the ticket: answer with what they may still see of it.
    return { ticket: await viewOf(ctx, after) };
  },
);
