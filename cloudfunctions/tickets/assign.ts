// tickets.assign: a dispatcher gives the ticket to a technician or expert (or moves it from one to another); with an
// override (强制指派) and its reason, to anyone active whom routing would not offer it to.
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { decideAssign } from '../../core/ticket/routing-moves';
import { action } from '../_lib/action';
import { loadRoutingContext, loadStaff, recordOffer } from '../_lib/routing-inputs';
import { actorOf, changeTicket, loadVisible } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

export const assign = action(API.tickets.assign, async function assign({ id, technicianId, override }, ctx) {
  const technician = await ctx.db.users.get(technicianId);
  if (!technician) throw new AppError('NOT_FOUND', '未找到该工程师');
  const outcome = await changeTicket(
    ctx,
    async () => {
      const ticket = await loadVisible(ctx, id);
      const [routing, staff] = await Promise.all([loadRoutingContext(ctx, ticket), loadStaff(ctx)]);
      return { ticket, routing, staff };
    },
    ({ ticket, routing, staff }) => decideAssign(ticket, actorOf(ctx), technician, routing, staff, override),
  );
  await recordOffer(ctx, outcome.before, outcome.after);
  await ctx.send(outcome.messages);
  return { ticket: await viewOf(ctx, outcome.after) };
});
