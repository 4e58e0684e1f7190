// The seam between remote video help and the follow-ups (回访): a fault fixed by video is called back the next
// business morning, to hear whether it stayed fixed. bookings.finish stores this request on the booking
// (`booking.returnVisit`); the follow-ups open their `return-visit` call from it.
import { addCalendarDays, calendarDateOf, toInstant } from '../time';
import type { BookingDoc, ReturnVisitRequest } from './types';

/** The return visit a remote fix asks for, or null (no ticket to call back about). Due 10:00 the next day. */
export function returnVisitFor(
  b: Pick<BookingDoc, 'ticketId' | 'customerId' | 'expertId'>,
  now: Date,
): ReturnVisitRequest | null {
  if (!b.ticketId) return null;
  const nextDay = addCalendarDays(calendarDateOf(now), 1);
  return {
    ticketId: b.ticketId,
    customerId: b.customerId,
    byExpertId: b.expertId,
    requestedAt: toInstant(now),
    dueAt: toInstant(new Date(`${nextDay}T10:00:00+08:00`)),
    reason: '远程视频指导已解决，回访确认设备运行正常',
  };
}
