// A ticket's remote video sessions (远程视频指导), read from its timeline: who helps on it by video. The expert of a
// session booked on a ticket sees that ticket (its device, description, photos, timeline), as its handler does.
import type { TicketDoc } from './types';

/** The experts of the ticket's video sessions that are not cancelled (booked, moved to them, held or finished). */
export function videoHelpersOf(t: Pick<TicketDoc, 'events'>): Set<string> {
  const expertOf = new Map<string, string>();
  for (const e of t.events) {
    const bookingId = typeof e.data?.bookingId === 'string' ? e.data.bookingId : null;
    if (!bookingId) continue;
    if ((e.type === 'video-booked' || e.type === 'video-rescheduled') && typeof e.data?.expertId === 'string') {
      expertOf.set(bookingId, e.data.expertId);
    } else if (e.type === 'video-cancelled') {
      expertOf.delete(bookingId);
    }
  }
  return new Set(expertOf.values());
}

/** Whether the timeline already records this event of this session (the effects on a ticket are written once). */
export function hasVideoEvent(t: Pick<TicketDoc, 'events'>, type: string, bookingId: string, key?: string): boolean {
  return t.events.some(
    (e) => e.type === type && e.data?.bookingId === bookingId && (key === undefined || e.data?.key === key),
  );
}
