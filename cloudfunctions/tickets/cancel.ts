// tickets.cancel: the reporting customer (or the desk) withdraws a report before anyone accepted it.
import { API } from '../../core/api';
import { decideCancel } from '../../core/ticket/moves';
import { action } from '../_lib/action';
import { actorOf, changeTicket, loadVisible } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

export const cancel = action(API.tickets.cancel, async function cancel({ id, reason }, ctx) {
  const outcome = await changeTicket(
    ctx,
    async () => ({ ticket: await loadVisible(ctx, id) }),
    ({ ticket }) => decideCancel(ticket, actorOf(ctx), reason),
  );
  await ctx.send(outcome.messages);
  return { ticket: await viewOf(ctx, outcome.after) };
});
