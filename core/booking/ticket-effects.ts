// What a video session does to the ticket it is about: each step of the session is an event in the ticket's timeline
// (written once per session and step), and its outcome moves the SLA clocks — fixed by video meets the remote-fix
// milestone ('video-ended' fires 'remote-resolved', core/sla/clocks), on-site work starts the on-site clock
// ('onsite-started'), parts needed pauses the clocks for parts while someone holds the ticket.
import type { Message } from '../notify/messages';
import * as say from '../notify/messages';
import type { Role } from '../model';
import type { Decision } from '../ticket/decision';
import * as lifecycle from '../ticket/lifecycle';
import { recipientOf, type Staff } from '../ticket/staff';
import { appendEvent, OPEN_STATUSES, type Actor } from '../ticket/transitions';
import type { TicketDoc, TicketStatus } from '../ticket/types';
import { hasVideoEvent } from '../ticket/video-sessions';
import { OUTCOME_LABELS, type BookingDoc } from './types';

const quiet = (ticket: TicketDoc): Decision => ({ ticket, messages: [] });

/** The session is booked (or called at once) on the ticket: its expert now follows the ticket. */
export function ticketBooked(t: TicketDoc, b: BookingDoc, actor: Actor): Decision | null {
  if (hasVideoEvent(t, 'video-booked', b.id)) return null;
  return quiet(
    appendEvent(t, actor, {
      type: 'video-booked',
      data: { bookingId: b.id, expertId: b.expertId, start: b.start, live: b.live },
    }),
  );
}

/** Moved to another time (and perhaps another expert). */
export function ticketRescheduled(t: TicketDoc, b: BookingDoc, previousStart: string, actor: Actor): Decision | null {
  if (hasVideoEvent(t, 'video-rescheduled', b.id, b.start)) return null;
  return quiet(
    appendEvent(t, actor, {
      type: 'video-rescheduled',
      data: { bookingId: b.id, key: b.start, expertId: b.expertId, start: b.start, previousStart },
    }),
  );
}

export function ticketCancelled(t: TicketDoc, b: BookingDoc, actor: Actor): Decision | null {
  if (hasVideoEvent(t, 'video-cancelled', b.id)) return null;
  const reason = b.cancellation?.reason;
  return quiet(
    appendEvent(t, actor, {
      type: 'video-cancelled',
      ...(reason ? { note: reason } : {}),
      data: { bookingId: b.id, expertId: b.expertId, start: b.start },
    }),
  );
}

/** Both sides joined: the call started. */
export function ticketCallStarted(t: TicketDoc, b: BookingDoc, at: Date): Decision | null {
  if (hasVideoEvent(t, 'video-started', b.id)) return null;
  return quiet(
    appendEvent(
      t,
      { by: 'system', byRole: 'system', at },
      {
        type: 'video-started',
        data: { bookingId: b.id, expertId: b.expertId, participants: b.call.participants.map((p) => p.userId) },
      },
    ),
  );
}

/** The expert captured a still photo during the call: it joins the ticket's photos. */
export function ticketPhotoCaptured(t: TicketDoc, b: BookingDoc, fileId: string, actor: Actor): Decision | null {
  if (t.photos.includes(fileId)) return null;
  const next = appendEvent(t, actor, { type: 'photo-added', data: { bookingId: b.id, fileId, via: 'video' } });
  return quiet({ ...next, photos: [...t.photos, fileId] });
}

/** Waiting for someone to take it: a remote fix by video makes the expert its handler (accepted at once). */
const UNHELD: readonly TicketStatus[] = ['reported', 'assigned', 'reopened'];

export interface SessionExpert {
  actor: Actor;
  name: string;
  role: Role;
  phone?: string;
}

/**
 * The session ended with its outcome ('video-ended', with the call's start, length and who took part):
 * - fixed remotely: the remote-fix milestone is met; a ticket nobody had accepted yet is the expert's from now on
 *   (taken: accepted at once — they fixed it, they write its fault report), the customer and a previous offeree told;
 * - needs on site: the on-site clock starts; a held ticket is switched to on-site work (its handler can check in);
 * - needs parts: a held ticket's clocks pause for parts (its handler resumes them when the parts arrive); one nobody
 *   holds only records it (the response time must keep running until someone takes it).
 * The handler, when it is someone else, is told.
 */
export function ticketSessionEnded(t: TicketDoc, b: BookingDoc, expert: SessionExpert, staff: Staff): Decision | null {
  if (hasVideoEvent(t, 'video-ended', b.id) || !b.outcome) return null;
  const { actor } = expert;
  const outcome = b.outcome.kind;
  const messages: Message[] = [];
  let next = t;
  if (outcome === 'fixed-remotely' && UNHELD.includes(t.status)) {
    const previous = t.assigneeId;
    next = lifecycle.take(next, actor, [`远程视频指导解决：${expert.name}`]);
    messages.push(...say.taken(next, { name: expert.name, role: expert.role, phone: expert.phone }));
    if (previous && previous !== actor.by) messages.push(say.takenFrom(next, previous, expert.name));
  }
  const startedAt = b.call.startedAt;
  const minutes = startedAt ? Math.max(1, Math.round((actor.at.getTime() - Date.parse(startedAt)) / 60_000)) : null;
  next = appendEvent(next, actor, {
    type: 'video-ended',
    note: b.outcome.notes,
    data: {
      bookingId: b.id,
      expertId: b.expertId,
      outcome,
      label: OUTCOME_LABELS[outcome],
      startedAt,
      minutes,
      participants: b.call.participants.map((p) => p.userId),
    },
  });
  const held = next.status === 'accepted' || next.status === 'onsite';
  if (outcome === 'needs-onsite' && next.status === 'accepted' && next.mode !== 'onsite') {
    next = { ...next, mode: 'onsite' };
  }
  let pausedForParts = false;
  if (outcome === 'needs-parts' && held && !lifecycle.openPause(next)) {
    next = appendEvent(next, actor, {
      type: 'paused',
      note: `视频诊断需更换配件：${b.outcome.notes}`.slice(0, 200),
      data: { kind: 'parts', bookingId: b.id },
    });
    pausedForParts = true;
  }
  const handler = OPEN_STATUSES.includes(next.status) ? next.assigneeId : null;
  if (handler && handler !== actor.by) {
    messages.push(
      say.sessionOutcomeForHandler(
        next,
        recipientOf(staff, handler),
        b.id,
        outcome,
        expert.name,
        b.outcome.notes,
        pausedForParts,
      ),
    );
  }
  return { ticket: next, messages };
}
