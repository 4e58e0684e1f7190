// An expert's published hours as the app shows them, with the holidays and make-up days of the coming weeks (a
// holiday is closed unless an exception opens it; a make-up working day keeps its weekday's hours).
import type { AvailabilityDoc } from '../../core/booking/types';
import type { UserDoc } from '../../core/model';
import type { AvailabilityView } from '../../core/schemas/bookings';
import { addCalendarDays, calendarDateOf, toWire } from '../../core/time';
import { holidaysOf } from '../_lib/holidays';
import type { UserCtx } from '../_lib/ticket-store';

/** how far ahead the holidays are listed */
const UPCOMING_DAYS = 60;

export async function availabilityView(
  ctx: UserCtx,
  user: UserDoc,
  doc: AvailabilityDoc | null,
): Promise<AvailabilityView> {
  const [holidays, editor] = await Promise.all([
    holidaysOf(ctx),
    doc ? ctx.db.users.get(doc.updatedBy) : Promise.resolve(null),
  ]);
  const today = calendarDateOf(ctx.now);
  const until = addCalendarDays(today, UPCOMING_DAYS);
  const years = [...new Set([Number(today.slice(0, 4)), Number(until.slice(0, 4))])];
  const upcomingDays = years
    .flatMap((y) => holidays.daysOf(y))
    .filter((d) => d.date >= today && d.date <= until)
    .map((d) => ({ date: d.date, kind: d.kind, name: d.name }));
  return {
    userId: user.id,
    name: user.name,
    role: user.role,
    weekly: doc?.weekly ?? [],
    exceptions: doc?.exceptions ?? [],
    version: doc?.version ?? null,
    updatedAt: doc ? toWire(doc.updatedAt) : null,
    updatedByName: doc ? (editor?.name ?? doc.updatedBy) : null,
    upcomingDays,
  };
}
