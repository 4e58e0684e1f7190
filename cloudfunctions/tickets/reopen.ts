// tickets.reopen: not fixed after all — the reporting customer reopens a resolved ticket; it is routed and clocked anew.
import { API } from '../../core/api';
import { decideReopen } from '../../core/ticket/routing-moves';
import { action } from '../_lib/action';
import { loadRoutingContext, loadStaff, recordOffer } from '../_lib/routing-inputs';
import { actorOf, changeTicket, loadVisible } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

export const reopen = action(API.tickets.reopen, async function reopen({ id, reason }, ctx) {
  const outcome = await changeTicket(
    ctx,
    async () => {
      const ticket = await loadVisible(ctx, id);
      const [routing, staff] = await Promise.all([loadRoutingContext(ctx, ticket), loadStaff(ctx)]);
      return { ticket, routing, staff };
    },
    ({ ticket, routing, staff }) => decideReopen(ticket, actorOf(ctx), reason, routing, staff),
  );
  await recordOffer(ctx, { ...outcome.before, assigneeId: null }, outcome.after);
  await ctx.send(outcome.messages);
  return { ticket: await viewOf(ctx, outcome.after) };
});
