// bookings.finish: the expert records what came of the session, once. Its linked ticket moves first (each step once,
// so a retry converges): fixed remotely meets the remote-fix milestone — the expert takes a ticket nobody had
// accepted — needs on site starts the on-site clock, needs parts pauses a held ticket for parts. A remote fix asks the
// follow-ups for a return visit (core/booking/return-visit.ts: stored on the booking as `returnVisit`).
import { decideFinish } from '../../core/booking/moves';
import { returnVisitFor } from '../../core/booking/return-visit';
import { ticketSessionEnded } from '../../core/booking/ticket-effects';
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { canSeeTicket } from '../../core/ticket/permissions';
import { action } from '../_lib/action';
import { bookingViewOf, changeBooking, loadBooking, touchTicket } from '../_lib/booking-store';
import { actorOf, standingOf } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

export const finish = action(API.bookings.finish, async function finish({ id, outcome, notes }, ctx) {
  const actor = actorOf(ctx);
  const decide = (booking: Parameters<typeof decideFinish>[0]) =>
    decideFinish(
      booking,
      actor,
      outcome,
      notes,
      { id: booking.customerUserId, role: 'customer' },
      outcome === 'fixed-remotely' ? returnVisitFor(booking, ctx.now) : null,
    );
  const loadOwn = async () => {
    const { booking, standing } = await loadBooking(ctx, id);
    if (standing !== 'expert') throw new AppError('NOT_FOUND', '视频指导预约不存在或无权查看');
    return { booking };
  };
  // decided once up front: a session that cannot be finished changes nothing, the ticket included
  const first = decide((await loadOwn()).booking);
  let ticket = null;
  if (first.booking.ticketId) {
    const me = await ctx.db.users.mustGet(ctx.caller.userId, '用户不存在');
    ticket = await touchTicket(ctx, first.booking.ticketId, (t, staff) =>
      ticketSessionEnded(
        t,
        first.booking,
        { actor, name: me.name, role: me.role, ...(me.phone ? { phone: me.phone } : {}) },
        staff,
      ),
    );
  }
  const saved = await changeBooking(ctx, loadOwn, ({ booking }) => decide(booking));
  await ctx.send(saved.messages);
  const visible = ticket && canSeeTicket(ctx.caller, ticket, await standingOf(ctx));
  return {
    booking: await bookingViewOf(ctx, saved.after),
    ...(ticket && visible ? { ticket: await viewOf(ctx, ticket) } : {}),
  };
});
