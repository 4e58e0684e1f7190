// bookings.book: a customer books a half hour of remote video help (or, for a major fault, calls the expert on duty
// at once). Idempotent by clientRequestId; of customers racing for one slot exactly one gets it (slot claims), the
// others CONFLICT.
import { bookedMessages, newBooking } from '../../core/booking/moves';
import { ticketBooked } from '../../core/booking/ticket-effects';
import type { BookingDoc } from '../../core/booking/types';
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { toInstant } from '../../core/time';
import { action } from '../_lib/action';
import { bookingIdOf, bookingViewOf, peopleOf, touchTicket } from '../_lib/booking-store';
import { claimCells, holdsCells, releaseCells } from '../_lib/slot-claims';
import { actorOf, type UserCtx } from '../_lib/ticket-store';
import { requireOwnUploads } from '../_lib/uploads';
import { ownOpenTicket, planLive, planSlot } from './plan';

/** What follows storing a booking (also on a replay, each step once): the ticket's timeline, the expert told. */
async function announce(ctx: UserCtx, b: BookingDoc): Promise<void> {
  const ticket = b.ticketId ? await touchTicket(ctx, b.ticketId, (t) => ticketBooked(t, b, actorOf(ctx))) : null;
  const people = await peopleOf(ctx, b);
  await ctx.send(bookedMessages(b, people.expert, people.customerName, ticket?.no ?? null));
}

export const book = action(API.bookings.book, async function book(input, ctx) {
  const id = bookingIdOf(ctx.caller.userId, input.clientRequestId);
  const replayed = await ctx.db.bookings.get(id);
  if (replayed) {
    await announce(ctx, replayed);
    return { booking: await bookingViewOf(ctx, replayed) };
  }
  const ticket = input.ticketId ? await ownOpenTicket(ctx, input.ticketId) : null;
  if (input.now && ticket?.severity !== 'major') {
    throw new AppError('CONFLICT', '仅重大故障可立即发起视频指导，一般故障请预约时段');
  }
  await requireOwnUploads(ctx.db, ctx.caller.userId, input.photos, 'photo');
  const plan = input.now ? await planLive(ctx, ticket!) : await planSlot(ctx, new Date(input.start!));
  for (const expertId of plan.candidates) {
    if (!(await claimCells(ctx, expertId, plan.cells, id))) continue;
    const draft = newBooking(
      {
        id,
        live: input.now === true,
        customerId: ctx.caller.customerId ?? '',
        customerUserId: ctx.caller.userId,
        expertId,
        start: plan.start,
        end: plan.end,
        cells: plan.cells,
        topic: input.topic ?? `重大故障远程视频指导：${ticket!.no}`,
        ticketId: ticket?.id ?? null,
        photos: input.photos,
        clientRequestId: input.clientRequestId,
      },
      actorOf(ctx),
    );
    const { doc, created } = await ctx.db.bookings.insertIfAbsent(draft);
    if (!created && doc.expertId !== expertId) await releaseCells(ctx, expertId, plan.cells, id);
    if (created && !(await holdsCells(ctx, expertId, plan.cells, id))) {
      // a claim was taken over while this request stood still past its grace: the slot is someone else's after all
      const at = toInstant(ctx.now);
      await ctx.db.bookings.update(id, {
        status: 'cancelled',
        dueAt: null,
        cancellation: { at, by: 'system', byRole: 'system', reason: '时段冲突，未能预约' },
      });
      throw new AppError('CONFLICT', '该时段已被预约，请选择其他时段');
    }
    await announce(ctx, doc);
    return { booking: await bookingViewOf(ctx, doc) };
  }
  throw new AppError(
    'CONFLICT',
    input.now ? '值班专家正在通话中，请稍后重试、预约时段或拨打服务热线' : '该时段已被预约，请选择其他时段',
  );
});
