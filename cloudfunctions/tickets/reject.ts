// tickets.reject: the offered technician declines with a reason; the ticket goes to the next candidate, never back.
import { API } from '../../core/api';
import { decideReject } from '../../core/ticket/routing-moves';
import { action } from '../_lib/action';
import { loadRoutingContext, loadStaff, recordOffer } from '../_lib/routing-inputs';
import { actorOf, changeTicket, loadVisible } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

export const reject = action(API.tickets.reject, async function reject({ id, reason }, ctx) {
  const outcome = await changeTicket(
    ctx,
    async () => {
      const ticket = await loadVisible(ctx, id);
      const [routing, staff] = await Promise.all([loadRoutingContext(ctx, ticket), loadStaff(ctx)]);
      return { ticket, routing, staff };
    },
    ({ ticket, routing, staff }) => decideReject(ticket, actorOf(ctx), reason, routing, staff),
  );
  await recordOffer(ctx, outcome.before, outcome.after);
  await ctx.send(outcome.messages);
  // the one who rejected no longer sees the ticket: they get what they may still see of it
  return { ticket: await viewOf(ctx, outcome.after) };
});
