// bookings.join: the booking's customer or expert joins the call (from 10 minutes before the start until it closes):
// recorded on the booking — the call starts when both sides are in, and the ticket's timeline says so — and answered
// with what the platform's call provider needs (the local host's WebRTC signalling, or TRTC on CloudBase).
import { decideJoin } from '../../core/booking/moves';
import { ticketCallStarted } from '../../core/booking/ticket-effects';
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { action } from '../_lib/action';
import { bookingViewOf, changeBooking, loadBooking, touchTicket } from '../_lib/booking-store';
import { actorOf } from '../_lib/ticket-store';

export const join = action(API.bookings.join, async function join({ id }, ctx) {
  const outcome = await changeBooking(
    ctx,
    async () => {
      const { booking, standing } = await loadBooking(ctx, id);
      // the desk follows sessions; only the two people of the booking are in the call
      if (standing === 'desk') throw new AppError('NOT_FOUND', '视频指导预约不存在或无权查看');
      return { booking, seat: standing };
    },
    ({ booking, seat }) => ({ booking: decideJoin(booking, seat, actorOf(ctx)).booking, messages: [] }),
  );
  const b = outcome.after;
  const seat = ctx.caller.role === 'customer' ? 'customer' : 'expert';
  if (b.call.startedAt && b.ticketId) await touchTicket(ctx, b.ticketId, (t) => ticketCallStarted(t, b, ctx.now));
  const call = await ctx.calls.join({ roomId: b.id, seat, userId: ctx.caller.userId });
  return { call, booking: await bookingViewOf(ctx, b) };
});
