// tickets.pause: "waiting for the customer" (or for parts) stops the SLA clocks until resumed; paused time never counts.
import { API } from '../../core/api';
import { decidePause } from '../../core/ticket/moves';
import { action } from '../_lib/action';
import { actorOf, changeTicket, loadVisible } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

export const pause = action(API.tickets.pause, async function pause({ id, kind, reason }, ctx) {
  const outcome = await changeTicket(
    ctx,
    async () => ({ ticket: await loadVisible(ctx, id) }),
    ({ ticket }) => decidePause(ticket, actorOf(ctx), kind, reason),
  );
  await ctx.send(outcome.messages);
  return { ticket: await viewOf(ctx, outcome.after) };
});
