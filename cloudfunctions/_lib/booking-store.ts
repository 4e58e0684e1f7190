// Loading and saving video bookings: the booking the caller may act on, what slot maths needs (the helpers, their
// hours, the rosters, the holidays, what is booked), a compare-and-set save that decides again on a lost race, the
// linked ticket's timeline, and the caller's views. The rules are core's (core/booking); this file only loads and saves.
import { createHash } from 'node:crypto';
import { isRemoteHelper } from '../../core/booking/helpers';
import { requireStanding, type BookingDecision, type BookingPeople } from '../../core/booking/moves';
import type { BusyTime, Helper, SlotWorld } from '../../core/booking/slots';
import type { BookingDoc } from '../../core/booking/types';
import { bookingView } from '../../core/booking/view';
import { AppError, isAppError } from '../../core/errors';
import type { UserDoc } from '../../core/model';
import type { BookingView } from '../../core/schemas/bookings';
import { weekStartOf } from '../../core/roster/roster';
import type { Decision } from '../../core/ticket/decision';
import { canSeeTicket } from '../../core/ticket/permissions';
import type { Staff } from '../../core/ticket/staff';
import type { TicketDoc } from '../../core/ticket/types';
import { addCalendarDays, calendarDateStartMs, type CalendarDate } from '../../core/time';
import type { ActionContext } from './context';
import { holidaysOf } from './holidays';
import { loadStaff } from './routing-inputs';
import { changeTicket, standingOf, type UserCtx } from './ticket-store';

/** (caller, clientRequestId) names one booking: the same request twice is the same booking. */
export function bookingIdOf(userId: string, clientRequestId: string): string {
  return `bk_${createHash('sha256').update(`booking\n${userId}\n${clientRequestId}`).digest('hex').slice(0, 24)}`;
}

/** The booking and the caller's standing to it (its customer's side, its expert, the desk), or NOT_FOUND. */
export async function loadBooking(ctx: UserCtx, id: string) {
  return requireStanding(await ctx.db.bookings.get(id), ctx.caller);
}

const HOUR = 60 * 60_000;

/** Who takes remote video help (experts; technicians flagged remoteHelp) and has published hours. */
export async function loadHelpers(ctx: ActionContext): Promise<{ users: UserDoc[]; helpers: Helper[] }> {
  const users = (await ctx.db.users.withRoles(['expert', 'technician'])).filter(isRemoteHelper);
  const hours = new Map((await ctx.db.availability.byIds(users.map((u) => u.id))).map((a) => [a.id, a]));
  const helpers = users.flatMap((u) => {
    const a = hours.get(u.id);
    return a ? [{ id: u.id, ...(u.stationId ? { stationId: u.stationId } : {}), availability: a }] : [];
  });
  return { users, helpers };
}

/** Active bookings overlapping the business dates (both inclusive), as busy time. */
export async function busyBetween(ctx: ActionContext, from: CalendarDate, to: CalendarDate): Promise<BusyTime[]> {
  const start = calendarDateStartMs(from);
  const end = calendarDateStartMs(addCalendarDays(to, 1));
  // a booking lasts at most an hour: one that starts before the dates may still reach into them
  const found = await ctx.db.bookings.activeStartingBetween(
    new Date(start - HOUR).toISOString(),
    new Date(end).toISOString(),
  );
  return found
    .filter((b) => Date.parse(b.end) > start)
    .map((b) => ({ expertId: b.expertId, start: b.start, end: b.end }));
}

/** Everything slot maths needs for the dates: the helpers and their hours, the weeks' rosters, holidays, bookings. */
export async function loadSlotWorld(ctx: ActionContext, from: CalendarDate, to: CalendarDate): Promise<SlotWorld> {
  const weeks: CalendarDate[] = [];
  for (let w = weekStartOf(addCalendarDays(from, -1)); w <= to; w = addCalendarDays(w, 7)) weeks.push(w);
  const [{ helpers }, rosters, holidays, busy] = await Promise.all([
    loadHelpers(ctx),
    Promise.all(weeks.map((w) => ctx.db.rosters.ofWeek(w))).then((r) => r.flat()),
    holidaysOf(ctx),
    busyBetween(ctx, from, to),
  ]);
  return { helpers, rosters, dayInfo: holidays.dayInfo, busy };
}

const MAX_ATTEMPTS = 50;

/**
 * Load → decide → save (compare-and-set), retried on a concurrent write: a change no longer allowed on the fresh
 * booking fails with the decision's CONFLICT and writes nothing. `decide` returns null to leave the booking as it is.
 */
export async function changeBooking<S extends { booking: BookingDoc }>(
  ctx: ActionContext,
  load: () => Promise<S>,
  decide: (snapshot: S) => BookingDecision | null,
): Promise<{ before: BookingDoc; after: BookingDoc; messages: BookingDecision['messages']; changed: boolean }> {
  for (let attempt = 1; ; attempt++) {
    const snapshot = await load();
    const before = snapshot.booking;
    const decision = decide(snapshot);
    if (!decision) return { before, after: before, messages: [], changed: false };
    try {
      const after = await ctx.db.bookings.replace(decision.booking, { ifVersion: before.version });
      return { before, after, messages: decision.messages, changed: true };
    } catch (e) {
      if (isAppError(e) && e.code === 'CONFLICT' && attempt < MAX_ATTEMPTS) continue;
      if (isAppError(e) && e.code === 'CONFLICT') throw new AppError('CONFLICT', '预约正被他人修改，请刷新后重试');
      throw e;
    }
  }
}

/**
 * Writes a session's step into the linked ticket's timeline (compare-and-set, decided again on a lost race; each step
 * once) and sends what it causes. The booking has authorised the caller; the ticket's own visibility does not apply.
 */
export async function touchTicket(
  ctx: ActionContext,
  ticketId: string,
  decide: (ticket: TicketDoc, staff: Staff) => Decision | null,
): Promise<TicketDoc> {
  const outcome = await changeTicket(
    ctx,
    async () => {
      const [ticket, staff] = await Promise.all([ctx.db.tickets.mustGet(ticketId, '工单不存在'), loadStaff(ctx)]);
      return { ticket, staff };
    },
    ({ ticket, staff }) => decide(ticket, staff),
  );
  await ctx.send(outcome.messages);
  return outcome.after;
}

/** The two sides' names and how messages reach them, and the caller's name. */
export async function peopleOf(ctx: UserCtx, b: BookingDoc): Promise<BookingPeople> {
  const [users, customer] = await Promise.all([
    ctx.db.users.byIds([b.customerUserId, b.expertId, ctx.caller.userId]),
    ctx.db.customers.get(b.customerId),
  ]);
  const user = (id: string) => users.find((u) => u.id === id);
  const expert = user(b.expertId);
  return {
    customerName: customer?.name ?? b.customerId,
    customerUser: { id: b.customerUserId, role: 'customer', name: user(b.customerUserId)?.name ?? '客户' },
    expert: { id: b.expertId, role: expert?.role ?? 'expert', name: expert?.name ?? '专家' },
    actorName: user(ctx.caller.userId)?.name ?? '',
  };
}

/** The caller's views of these bookings: names, file links and the linked tickets they may see, looked up in bulk. */
export async function bookingViewsOf(ctx: UserCtx, bookings: readonly BookingDoc[]): Promise<BookingView[]> {
  const ids = new Set<string>();
  for (const b of bookings) {
    ids.add(b.customerUserId).add(b.expertId);
    for (const e of b.events) if (e.by !== 'system') ids.add(e.by);
    for (const p of b.call.participants) ids.add(p.userId);
  }
  const ticketIds = bookings.flatMap((b) => (b.ticketId ? [b.ticketId] : []));
  const [users, customers, tickets, standing] = await Promise.all([
    ctx.db.users.byIds([...ids]),
    ctx.db.customers.byIds(bookings.map((b) => b.customerId)),
    ctx.db.tickets.byIds(ticketIds),
    standingOf(ctx),
  ]);
  const people = new Map(users.map((u) => [u.id, { name: u.name, ...(u.phone ? { phone: u.phone } : {}) }]));
  const customerName = new Map(customers.map((c) => [c.id, c.name]));
  const ticketOf = new Map(tickets.filter((t) => canSeeTicket(ctx.caller, t, standing)).map((t) => [t.id, t]));
  const fileIds = new Set(bookings.flatMap((b) => [...b.photos, ...b.captures.map((c) => c.fileId)]));
  const urls = new Map<string, string>();
  await Promise.all([...fileIds].map(async (id) => urls.set(id, await ctx.files.url(id))));
  return bookings.map((b) =>
    bookingView(b, {
      person: (id) => people.get(id),
      customerName: customerName.get(b.customerId) ?? b.customerId,
      ticket: b.ticketId ? (ticketOf.get(b.ticketId) ?? null) : null,
      fileUrl: (id) => urls.get(id) ?? id,
      now: ctx.now,
      standing: requireStanding(b, ctx.caller).standing,
    }),
  );
}

export async function bookingViewOf(ctx: UserCtx, b: BookingDoc): Promise<BookingView> {
  const [view] = await bookingViewsOf(ctx, [b]);
  return view!;
}
