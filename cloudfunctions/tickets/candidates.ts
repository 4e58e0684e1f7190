// tickets.candidates: how routing would score every technician for this ticket now — shown beside each name on assign —
// and the active experts (routing never offers them a ticket; the desk force-assigns one with a reason).
import { API } from '../../core/api';
import { routingFor } from '../../core/routing/context';
import { expertOptions } from '../../core/routing/experts';
import { action } from '../_lib/action';
import { loadRoutingContext } from '../_lib/routing-inputs';
import { loadVisible } from '../_lib/ticket-store';

export const candidates = action(API.tickets.candidates, async function candidates({ id }, ctx) {
  const ticket = await loadVisible(ctx, id);
  const [routing, experts] = await Promise.all([loadRoutingContext(ctx, ticket), ctx.db.users.withRoles(['expert'])]);
  const openLoad: Record<string, number> = {};
  await Promise.all(experts.map(async (e) => (openLoad[e.id] = await ctx.db.tickets.openLoadOf(e.id))));
  return {
    candidates: routingFor(ticket, routing, 'dispatcher', ctx.now).candidates,
    experts: expertOptions({
      experts,
      rosters: routing.rosters,
      openLoad,
      holidayName: routing.holidayName,
      now: ctx.now,
    }),
  };
});
