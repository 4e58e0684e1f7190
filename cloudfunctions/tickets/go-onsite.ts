// tickets.goOnsite: a remote fix is not possible; the technician goes on site and the on-site clock starts.
import { API } from '../../core/api';
import { decideGoOnsite } from '../../core/ticket/moves';
import { action } from '../_lib/action';
import { actorOf, changeTicket, loadVisible } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

export const goOnsite = action(API.tickets.goOnsite, async function goOnsite({ id, note }, ctx) {
  const outcome = await changeTicket(
    ctx,
    async () => ({ ticket: await loadVisible(ctx, id) }),
    ({ ticket }) => decideGoOnsite(ticket, actorOf(ctx), note),
  );
  await ctx.send(outcome.messages);
  return { ticket: await viewOf(ctx, outcome.after) };
});
