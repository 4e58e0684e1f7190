// tickets.resume: the customer's answer (or the parts arriving, or the desk) starts the SLA clocks again.
import { API } from '../../core/api';
import { decideResume } from '../../core/ticket/moves';
import { action } from '../_lib/action';
import { loadStaff } from '../_lib/routing-inputs';
import { actorOf, changeTicket, loadVisible } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

export const resume = action(API.tickets.resume, async function resume({ id, note }, ctx) {
  const outcome = await changeTicket(
    ctx,
    async () => ({ ticket: await loadVisible(ctx, id), staff: await loadStaff(ctx) }),
    ({ ticket, staff }) => decideResume(ticket, actorOf(ctx), note, staff),
  );
  await ctx.send(outcome.messages);
  return { ticket: await viewOf(ctx, outcome.after) };
});
