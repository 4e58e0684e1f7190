// tickets.autoClose (timer, every 10 minutes): a resolved ticket left unrated for the rating window closes by itself.
// Idempotent: a ticket closed once is no longer resolved, so a second run finds nothing.
import { API } from '../../core/api';
import { decideExpired } from '../../core/ticket/moves';
import { toInstant } from '../../core/time';
import { action } from '../_lib/action';
import { changeTicket, systemActor } from '../_lib/ticket-store';

/** The rating window after resolution (service plan): 7 days. */
export const RATING_WINDOW_DAYS = 7;

export const autoClose = action(API.tickets.autoClose, async function autoClose(_input, ctx) {
  const cutoff = toInstant(new Date(ctx.now.getTime() - RATING_WINDOW_DAYS * 86_400_000));
  const due = await ctx.db.tickets.findAll(
    { resolvedAt: { lte: cutoff }, status: { in: ['resolved', 'confirmed'] } },
    { field: 'resolvedAt' },
  );
  let closed = 0;
  for (const t of due) {
    const outcome = await changeTicket(
      ctx,
      async () => ({ ticket: await ctx.db.tickets.mustGet(t.id) }),
      ({ ticket }) => decideExpired(ticket, systemActor(ctx), cutoff),
    );
    if (outcome.decision) closed++;
  }
  return { closed, examined: due.length };
});
