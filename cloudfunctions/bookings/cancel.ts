// bookings.cancel: the customer (not within 30 minutes of the start), the expert or the desk cancels; the slot is
// released at once, the other side told, the ticket's timeline notes it.
import { decideCancel } from '../../core/booking/moves';
import { ticketCancelled } from '../../core/booking/ticket-effects';
import { API } from '../../core/api';
import { action } from '../_lib/action';
import { bookingViewOf, changeBooking, loadBooking, peopleOf, touchTicket } from '../_lib/booking-store';
import { releaseCells } from '../_lib/slot-claims';
import { actorOf } from '../_lib/ticket-store';

export const cancel = action(API.bookings.cancel, async function cancel({ id, reason }, ctx) {
  const outcome = await changeBooking(
    ctx,
    async () => {
      const loaded = await loadBooking(ctx, id);
      return { ...loaded, people: await peopleOf(ctx, loaded.booking) };
    },
    ({ booking, standing, people }) => decideCancel(booking, actorOf(ctx), standing, reason, people),
  );
  const b = outcome.after;
  await releaseCells(ctx, b.expertId, b.cells, b.id);
  if (b.ticketId) await touchTicket(ctx, b.ticketId, (t) => ticketCancelled(t, b, actorOf(ctx)));
  await ctx.send(outcome.messages);
  return { booking: await bookingViewOf(ctx, b) };
});
