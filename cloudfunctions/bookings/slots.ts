// bookings.slots: the half hours a customer can book between two dates (at most 14, within the booking horizon).
import { slotsBetween } from '../../core/booking/slots';
import { BOOKING_RULES } from '../../core/booking/types';
import { API } from '../../core/api';
import { addCalendarDays, calendarDateOf, toWire } from '../../core/time';
import { action } from '../_lib/action';
import { loadSlotWorld } from '../_lib/booking-store';

export const slots = action(API.bookings.slots, async function slots({ from, to }, ctx) {
  const today = calendarDateOf(ctx.now);
  const first = from < today ? today : from;
  const horizon = addCalendarDays(today, BOOKING_RULES.horizonDays);
  const last = to > horizon ? horizon : to;
  if (first > last) return { slots: [], slotMinutes: BOOKING_RULES.slotMinutes };
  const world = await loadSlotWorld(ctx, first, last);
  return {
    slots: slotsBetween(world, first, last, ctx.now).map((s) => ({
      start: toWire(s.start),
      end: toWire(s.end),
      available: s.available,
    })),
    slotMinutes: BOOKING_RULES.slotMinutes,
  };
});
