// tickets.accept: the offered technician (or expert) takes the ticket. Of racing accepts exactly one wins.
import { API } from '../../core/api';
import { decideAccept } from '../../core/ticket/moves';
import { action } from '../_lib/action';
import { actorOf, changeTicket, loadVisible } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

export const accept = action(API.tickets.accept, async function accept({ id }, ctx) {
  const outcome = await changeTicket(
    ctx,
    async () => ({ ticket: await loadVisible(ctx, id), me: await ctx.db.users.get(ctx.caller.userId) }),
    ({ ticket, me }) => decideAccept(ticket, actorOf(ctx), me?.name ?? null),
  );
  await ctx.send(outcome.messages);
  return { ticket: await viewOf(ctx, outcome.after) };
});
