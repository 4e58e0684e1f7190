// tickets.list: the caller's tickets, newest first, a page at a time. Scope narrows by role, never widens it; 'called'
// is a field engineer's inbox of open tickets calling on them (core/ticket/called), most urgent first.
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { calledPage } from '../../core/ticket/called';
import type { Standing } from '../../core/ticket/permissions';
import { OPEN_STATUSES } from '../../core/ticket/transitions';
import type { TicketDoc } from '../../core/ticket/types';
import type { Filter } from '../../platform/ports';
import { action } from '../_lib/action';
import { standingOf, type UserCtx } from '../_lib/ticket-store';
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
      // the desk may act on every open ticket
      if (scope === 'called') return { status: { in: [...OPEN_STATUSES] } };
      if (scope === 'assigned' || scope === 'mine') return { assigneeId: caller.userId };
      return {};
  }
}

/**
 * Every open ticket that may call on this expert or technician (held, major, escalated, queued in a region they
 * lead): a few small indexed reads, merged. core's callsOn then keeps exactly the ones that do.
 */
async function calledCandidates(ctx: UserCtx, standing: Standing): Promise<TicketDoc[]> {
  const { caller } = ctx;
  const expert = caller.role === 'expert';
  const lists = await Promise.all([
    ctx.db.tickets.openHeldBy(caller.userId),
    expert ? ctx.db.tickets.openMajor() : [],
    // an expert is called from rung 2; a technician from rung 1 (the station lead, the shift's primary)
    ctx.db.tickets.openEscalated(expert ? 2 : 1),
    ctx.db.tickets.queuedIn(standing.leadRegions),
  ]);
  return lists.flat();
}

export const list = action(API.tickets.list, async function list(input, ctx) {
  if (input.scope === 'called' && (ctx.caller.role === 'expert' || ctx.caller.role === 'technician')) {
    const standing = await standingOf(ctx);
    const statuses = input.status ? (Array.isArray(input.status) ? input.status : [input.status]) : null;
    const candidates = (await calledCandidates(ctx, standing)).filter((t) => !statuses || statuses.includes(t.status));
    const page = calledPage(ctx.caller, candidates, standing, { limit: input.limit, cursor: input.cursor });
    return { items: await viewsOf(ctx, page.items), nextCursor: page.nextCursor };
  }
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
