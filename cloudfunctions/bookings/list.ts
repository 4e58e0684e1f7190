// bookings.list: the caller's video sessions a page at a time — a customer's organisation's, an expert's own, the
// desk's all; `upcoming` for those still to come or running, soonest first (else newest first).
import { ACTIVE_BOOKING_STATUSES, type BookingDoc } from '../../core/booking/types';
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { toInstant } from '../../core/time';
import type { Filter } from '../../platform/ports';
import { action } from '../_lib/action';
import { bookingViewsOf } from '../_lib/booking-store';
import type { UserCtx } from '../_lib/ticket-store';

function whose(ctx: UserCtx): Filter<BookingDoc> {
  const { caller } = ctx;
  if (caller.role === 'customer') return { customerId: caller.customerId ?? '' };
  // the desk sees every session whatever scope it asks; experts and technicians their own
  if (caller.role === 'dispatcher' || caller.role === 'admin') return {};
  return { expertId: caller.userId };
}

export const list = action(API.bookings.list, async function list(input, ctx) {
  const filter = whose(ctx);
  const asked = input.status ? (Array.isArray(input.status) ? input.status : [input.status]) : null;
  const statuses = input.upcoming
    ? (asked ?? ACTIVE_BOOKING_STATUSES).filter((s) => ACTIVE_BOOKING_STATUSES.includes(s))
    : asked;
  if (statuses && !statuses.length) return { items: [], nextCursor: null };
  if (statuses) filter.status = { in: [...statuses] };
  if (input.upcoming) filter.end = { gt: toInstant(ctx.now) };
  let page;
  try {
    page = await ctx.db.bookings.find(filter, {
      orderBy: { field: 'start', direction: input.upcoming ? 'asc' : 'desc' },
      limit: input.limit,
      cursor: input.cursor ?? null,
    });
  } catch (e) {
    if (input.cursor) throw new AppError('VALIDATION_FAILED', '分页游标无效，请刷新列表');
    throw e;
  }
  return { items: await bookingViewsOf(ctx, page.items), nextCursor: page.nextCursor };
});
