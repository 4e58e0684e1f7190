// notifications.read: marks some of the caller's messages (or all of them) as read; others' ids are simply not there.
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { toInstant } from '../../core/time';
import { action } from '../_lib/action';

export const read = action(API.notifications.read, async function read(input, ctx) {
  const me = ctx.caller.userId;
  const at = toInstant(ctx.now);
  const targets = input.ids ? await ctx.db.outbox.byIds(input.ids) : await ctx.db.outbox.unreadOf(me);
  const mine = targets.filter((m) => m.to === me);
  if (input.ids && mine.length === 0) throw new AppError('NOT_FOUND', '消息不存在');
  for (const m of mine) if (m.readAt === null) await ctx.db.outbox.update(m.id, { readAt: at });
  return { unread: await ctx.db.outbox.unreadCount(me) };
});
