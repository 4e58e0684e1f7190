// bookings.remind (timer, every minute): reads only the bookings whose next step is due (by `dueAt`) — the reminder
// 15 minutes before (both sides, once per start), and the call closing (missed if it never started; else the expert
// is asked for the outcome). Each change is compare-and-set and each message has a dedupe key: running twice sends
// nothing twice.
import { decideSweep, type BookingPeople } from '../../core/booking/moves';
import type { BookingDoc } from '../../core/booking/types';
import { API } from '../../core/api';
import { isAppError } from '../../core/errors';
import { toInstant } from '../../core/time';
import { action } from '../_lib/action';

export const remind = action(API.bookings.remind, async function remind(_input, ctx) {
  const due = await ctx.db.bookings.due(toInstant(ctx.now));
  const [users, customers] = await Promise.all([
    ctx.db.users.byIds(due.flatMap((b) => [b.customerUserId, b.expertId])),
    ctx.db.customers.byIds(due.map((b) => b.customerId)),
  ]);
  const peopleOf = (b: BookingDoc): BookingPeople => {
    const expert = users.find((u) => u.id === b.expertId);
    return {
      customerName: customers.find((c) => c.id === b.customerId)?.name ?? b.customerId,
      customerUser: {
        id: b.customerUserId,
        role: 'customer',
        name: users.find((u) => u.id === b.customerUserId)?.name ?? '客户',
      },
      expert: { id: b.expertId, role: expert?.role ?? 'expert', name: expert?.name ?? '专家' },
      actorName: '系统',
    };
  };
  let reminded = 0;
  let missed = 0;
  for (const b of due) {
    const decision = decideSweep(b, ctx.now, peopleOf(b));
    if (!decision) continue;
    try {
      await ctx.db.bookings.replace(decision.booking, { ifVersion: b.version });
    } catch (e) {
      // changed since it was read (joined, moved, cancelled): the next run looks at it as it is then
      if (isAppError(e) && e.code === 'CONFLICT') continue;
      throw e;
    }
    await ctx.send(decision.messages);
    if (decision.kind === 'reminded' && decision.messages.length) reminded++;
    if (decision.kind === 'missed') missed++;
  }
  return { examined: due.length, reminded, missed };
});
