// notifications.list: the caller's notification centre, newest first, with the unread count.
import { API } from '../../core/api';
import { toWire } from '../../core/time';
import { action } from '../_lib/action';
import { notificationView } from './view';

export const list = action(API.notifications.list, async function list(input, ctx) {
  const page = await ctx.db.outbox.find(
    { to: ctx.caller.userId, ...(input.unreadOnly ? { readAt: null } : {}) },
    { orderBy: { field: 'createdAt', direction: 'desc' }, limit: input.limit, cursor: input.cursor ?? null },
  );
  return {
    items: page.items.map(notificationView),
    nextCursor: page.nextCursor,
    unread: await ctx.db.outbox.unreadCount(ctx.caller.userId),
    at: toWire(ctx.now),
  };
});
