// tickets.list: the caller's tickets, newest first, a page at a time. Scope narrows by role, never widens it.
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import type { TicketDoc } from '../../core/ticket/types';
import type { Filter } from '../../platform/ports';
import { action } from '../_lib/action';
import type { UserCtx } from '../_lib/ticket-store';
import { viewsOf } from '../_lib/ticket-views';

function scopeFilter(ctx: UserCtx, scope: string | undefined): Filter<TicketDoc> {
  const { caller } = ctx;
  switch (caller.role) {
    case 'customer':
      // a customer's tickets are their organisation's, whatever scope they ask for
      return { customerId: caller.customerId ?? '' };
    case 'technician':
      return { assigneeId: caller.userId };
    case 'expert':
      // the expert team follows every major fault; 'assigned' narrows to the ones they hold
      return scope === 'assigned' || scope === 'mine' ? { assigneeId: caller.userId } : { severity: 'major' };
    default:
      if (scope === 'queue') return { status: { in: ['reported', 'reopened'] } };
      if (scope === 'assigned' || scope === 'mine') return { assigneeId: caller.userId };
      return {};
  }
}

export const list = action(API.tickets.list, async function list(input, ctx) {
  const filter = scopeFilter(ctx, input.scope);
  if (input.status) {
    const statuses = Array.isArray(input.status) ? input.status : [input.status];
    const scoped = filter.status;
    if (scoped && typeof scoped === 'object' && 'in' in scoped) {
      const allowed = statuses.filter((s) => scoped.in.includes(s));
      if (allowed.length === 0) return { items: [], nextCursor: null };
      filter.status = { in: allowed };
    } else {
      filter.status = { in: statuses };
    }
  }
  let page;
  try {
    page = await ctx.db.tickets.find(filter, {
      orderBy: { field: 'createdAt', direction: 'desc' },
      limit: input.limit,
      cursor: input.cursor ?? null,
    });
  } catch (e) {
    if (input.cursor) throw new AppError('VALIDATION_FAILED', '分页游标无效，请刷新列表');
    throw e;
  }
  return { items: await viewsOf(ctx, page.items), nextCursor: page.nextCursor };
});
