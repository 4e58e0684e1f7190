// auth.devLogin: sign in as a demo user (or as a not-yet-bound WeChat user) — local host only.
import { AppError } from '../../core/errors';
import { unboundUserView } from '../../core/identity/user-view';
import { DevLoginInput, DevLoginOutput } from '../../core/schemas/auth';
import { toWire } from '../../core/time';
import { action } from '../_lib/action';
import { loadUserView } from '../_lib/users';

export const devLogin = action(
  {
    input: DevLoginInput,
    output: DevLoginOutput,
    access: { kind: 'public' },
    summary: '本地主机：以演示用户或未绑定的微信用户身份登录',
  },
  async (input, ctx) => {
    if (!ctx.identity.issueDevToken) throw new AppError('FORBIDDEN', '演示登录仅在本地主机可用');
    if ('userId' in input) {
      const user = await ctx.db.users.mustGet(input.userId, '用户不存在');
      const issued = await ctx.identity.issueDevToken({ userId: user.id });
      return { token: issued.token, expiresAt: toWire(issued.expiresAt), user: await loadUserView(ctx.db, user) };
    }
    const bound = await ctx.db.users.findOne({ openid: input.openid });
    const issued = await ctx.identity.issueDevToken({ openid: input.openid });
    const user = bound ? await loadUserView(ctx.db, bound) : unboundUserView(input.openid);
    return { token: issued.token, expiresAt: toWire(issued.expiresAt), user };
  },
);
