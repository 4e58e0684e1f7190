// bookings.capture: during the call the expert captures a still photo (their own upload, purpose photo) into the
// linked ticket: it joins the ticket's photos with a 'photo-added' event. The same photo twice is kept once.
import { decideCapture } from '../../core/booking/moves';
import { ticketPhotoCaptured } from '../../core/booking/ticket-effects';
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { canSeeTicket } from '../../core/ticket/permissions';
import { action } from '../_lib/action';
import { bookingViewOf, changeBooking, loadBooking, touchTicket } from '../_lib/booking-store';
import { actorOf, standingOf } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';
import { requireOwnUploads } from '../_lib/uploads';

export const capture = action(API.bookings.capture, async function capture({ id, fileId }, ctx) {
  const actor = actorOf(ctx);
  const loadOwn = async () => {
    const { booking, standing } = await loadBooking(ctx, id);
    if (standing !== 'expert') throw new AppError('NOT_FOUND', '视频指导预约不存在或无权查看');
    return { booking };
  };
  await loadOwn();
  await requireOwnUploads(ctx.db, ctx.caller.userId, [fileId], 'photo');
  const outcome = await changeBooking(ctx, loadOwn, ({ booking }) => {
    const next = decideCapture(booking, actor, fileId);
    return next ? { booking: next, messages: [] } : null;
  });
  const b = outcome.after;
  const ticket = await touchTicket(ctx, b.ticketId!, (t) => ticketPhotoCaptured(t, b, fileId, actor));
  const visible = canSeeTicket(ctx.caller, ticket, await standingOf(ctx));
  return { booking: await bookingViewOf(ctx, b), ...(visible ? { ticket: await viewOf(ctx, ticket) } : {}) };
});
