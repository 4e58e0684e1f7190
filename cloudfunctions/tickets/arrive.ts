// tickets.arrive: the assignee checks in on site (with their location when the phone gives it).
import { API } from '../../core/api';
import { decideArrive } from '../../core/ticket/moves';
import { action } from '../_lib/action';
import { actorOf, changeTicket, loadVisible } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

export const arrive = action(API.tickets.arrive, async function arrive({ id, location }, ctx) {
  const outcome = await changeTicket(
    ctx,
    async () => ({ ticket: await loadVisible(ctx, id) }),
    ({ ticket }) => decideArrive(ticket, actorOf(ctx), location),
  );
  await ctx.send(outcome.messages);
  return { ticket: await viewOf(ctx, outcome.after) };
});
