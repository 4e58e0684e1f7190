// tickets.candidates: how routing would score every technician for this ticket now — shown beside each name on assign.
import { API } from '../../core/api';
import { routingFor } from '../../core/routing/context';
import { action } from '../_lib/action';
import { loadRoutingContext } from '../_lib/routing-inputs';
import { loadVisible } from '../_lib/ticket-store';

export const candidates = action(API.tickets.candidates, async function candidates({ id }, ctx) {
  const ticket = await loadVisible(ctx, id);
  const routing = await loadRoutingContext(ctx, ticket);
  return { candidates: routingFor(ticket, routing, 'dispatcher', ctx.now).candidates };
});
