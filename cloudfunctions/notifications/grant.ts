// notifications.grant: the templates the user accepted in WeChat's subscription prompt (each consent allows one send).
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { WECHAT_TEMPLATE_KEYS } from '../../core/notify/templates';
import { toInstant } from '../../core/time';
import { grantCounts, storedGrants } from '../../platform/contract/outbox';
import { action } from '../_lib/action';

const ATTEMPTS = 20;

export const grant = action(API.notifications.grant, async function grant(input, ctx) {
  const userId = ctx.caller.userId;
  const accepted = input.accepted.filter((k) => WECHAT_TEMPLATE_KEYS.includes(k));
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const { doc } = await ctx.db.subscriptions.insertIfAbsent({
      id: userId,
      grants: [],
      updatedAt: toInstant(ctx.now),
    });
    const grants = grantCounts(doc);
    for (const k of accepted) grants[k] = (grants[k] ?? 0) + 1;
    try {
      // stored as a list (no template key with its dot ever becomes a field name); answered per key
      const saved = await ctx.db.subscriptions.update(
        userId,
        { grants: storedGrants(grants), updatedAt: toInstant(ctx.now) },
        { ifVersion: doc.version },
      );
      return { grants: grantCounts(saved) };
    } catch (e) {
      if (attempt === ATTEMPTS) throw e;
    }
  }
  throw new AppError('CONFLICT', '请稍后重试');
});
