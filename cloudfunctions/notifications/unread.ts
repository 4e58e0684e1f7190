// notifications.unread: the caller's unread count (the badge).
import { API } from '../../core/api';
import { action } from '../_lib/action';

export const unread = action(API.notifications.unread, async function unread(_input, ctx) {
  return { unread: await ctx.db.outbox.unreadCount(ctx.caller.userId) };
});
