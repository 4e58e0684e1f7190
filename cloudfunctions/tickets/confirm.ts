// tickets.confirm: the reporting customer confirms the fix.
import { API } from '../../core/api';
import { decideConfirm } from '../../core/ticket/moves';
import { action } from '../_lib/action';
import { actorOf, changeTicket, loadVisible } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

export const confirm = action(API.tickets.confirm, async function confirm({ id }, ctx) {
  const outcome = await changeTicket(
    ctx,
    async () => ({ ticket: await loadVisible(ctx, id) }),
    ({ ticket }) => decideConfirm(ticket, actorOf(ctx)),
  );
  await ctx.send(outcome.messages);
  return { ticket: await viewOf(ctx, outcome.after) };
});
