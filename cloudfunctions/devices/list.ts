// devices.list: a customer's own devices, or every device for staff, each with its warranty status now. `{}` answers
// every device at once (the contract); a search (pieces of serial, name, model), a customer, a site, a warranty
// state or the state narrow it, and `cursor` / `limit` page it (then nextCursor).
import { API } from '../../core/api';
import { searchTokenOf } from '../../core/masterdata/search-keys';
import { addCalendarDays, calendarDateOf } from '../../core/time';
import { EXPIRING_WITHIN_DAYS, type WarrantyState } from '../../core/warranty/status';
import { action } from '../_lib/action';
import { deviceViewsOf } from '../_lib/device-views';
import { paged } from '../_lib/paging';

/** A warranty state today as a range of last covered days (the indexed warrantyLastDay); null: not accepted. */
function lastDayRange(state: WarrantyState | undefined, now: Date): { gte?: string; lt?: string } | null | undefined {
  if (!state) return undefined;
  const today = calendarDateOf(now);
  const expiringUntil = addCalendarDays(today, EXPIRING_WITHIN_DAYS);
  switch (state) {
    case 'not-accepted':
      return null;
    case 'out':
      return { lt: today };
    case 'expiring':
      return { gte: today, lt: expiringUntil };
    case 'in':
      return { gte: expiringUntil };
  }
}

export const list = action(API.devices.list, async function list(input, ctx) {
  const own = ctx.caller.role === 'customer' ? (ctx.caller.customerId ?? '') : null;
  // a customer's list is its own, whatever it asks for
  if (own !== null && input.customerId && input.customerId !== own) {
    return input.cursor !== undefined || input.limit !== undefined ? { items: [], nextCursor: null } : { items: [] };
  }
  const filter = ctx.db.devices.filterOf({
    token: input.q ? searchTokenOf(input.q) : null,
    active: input.active,
    customerId: own ?? input.customerId,
    siteId: input.siteId,
    lastDay: lastDayRange(input.warranty, ctx.now),
  });
  if (input.cursor === undefined && input.limit === undefined) {
    return { items: await deviceViewsOf(ctx, await ctx.db.devices.listAll(filter)) };
  }
  const page = await paged(input.cursor, () =>
    ctx.db.devices.listPage(filter, { limit: input.limit ?? 20, cursor: input.cursor }),
  );
  return { items: await deviceViewsOf(ctx, page.items), nextCursor: page.nextCursor };
});
