// bookings.reschedule: moved to another free slot, by the same rules as booking and cancelling. Atomic for the slots:
// the new one is claimed before the booking moves, the old one released only after — never both lost, never two held
// for long. The booking's expert keeps it when free at the new time.
import { decideReschedule, rescheduleRefusal } from '../../core/booking/moves';
import { ticketRescheduled } from '../../core/booking/ticket-effects';
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { action } from '../_lib/action';
import { bookingViewOf, changeBooking, loadBooking, peopleOf, touchTicket } from '../_lib/booking-store';
import { claimCells, releaseCells } from '../_lib/slot-claims';
import { actorOf } from '../_lib/ticket-store';
import { planSlot } from './plan';

export const reschedule = action(API.bookings.reschedule, async function reschedule({ id, start }, ctx) {
  const { booking: current, standing } = await loadBooking(ctx, id);
  const to = new Date(start);
  rescheduleRefusal(current, ctx.now, standing, to);
  const plan = await planSlot(ctx, to, current.expertId);
  for (const expertId of plan.candidates) {
    if (!(await claimCells(ctx, expertId, plan.cells, id))) continue;
    const users = await ctx.db.users.byIds([expertId]);
    const expert = { id: expertId, role: users[0]?.role ?? 'expert', name: users[0]?.name ?? '专家' };
    let outcome;
    try {
      outcome = await changeBooking(
        ctx,
        async () => {
          const loaded = await loadBooking(ctx, id);
          return { ...loaded, people: await peopleOf(ctx, loaded.booking) };
        },
        ({ booking, standing: now, people }) =>
          decideReschedule(booking, actorOf(ctx), now, { ...plan, expert }, people),
      );
    } catch (e) {
      await releaseCells(ctx, expertId, plan.cells, id);
      throw e;
    }
    const { before, after } = outcome;
    await releaseCells(ctx, before.expertId, before.cells, id);
    if (after.ticketId)
      await touchTicket(ctx, after.ticketId, (t) => ticketRescheduled(t, after, before.start, actorOf(ctx)));
    await ctx.send(outcome.messages);
    return { booking: await bookingViewOf(ctx, after) };
  }
  throw new AppError('CONFLICT', '该时段已被预约，请选择其他时段');
});
