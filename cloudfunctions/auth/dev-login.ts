// auth.devLogin: sign in as a demo user (or as a not-yet-bound WeChat user) — local host in demo mode only.
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { unboundUserView } from '../../core/identity/user-view';
import { isActive } from '../../core/model';
import { toWire } from '../../core/time';
import { action } from '../_lib/action';
import { loadUserView } from '../_lib/users';
import { DEMO_OFF_MESSAGE } from './demo-off';

export const devLogin = action(API.auth.devLogin, async function devLogin(input, ctx) {
  if (!ctx.identity.issueDevToken) throw new AppError('FORBIDDEN', DEMO_OFF_MESSAGE);
  if ('userId' in input) {
    const user = await ctx.db.users.mustGet(input.userId, '用户不存在');
    if (!isActive(user)) throw new AppError('FORBIDDEN', '账号已停用，请联系管理员');
    const issued = await ctx.identity.issueDevToken({ userId: user.id });
    return { token: issued.token, expiresAt: toWire(issued.expiresAt), user: await loadUserView(ctx.db, user) };
  }
  const bound = await ctx.db.users.byOpenid(input.openid);
  if (bound && !isActive(bound)) throw new AppError('FORBIDDEN', '账号已停用，请联系管理员');
  const issued = await ctx.identity.issueDevToken({ openid: input.openid });
  const user = bound ? await loadUserView(ctx.db, bound) : unboundUserView(input.openid);
  return { token: issued.token, expiresAt: toWire(issued.expiresAt), user };
});
