// auth.me: who the caller is — a known user with role and organisation, or an unbound WeChat user.
import { API } from '../../core/api';
import { unboundUserView } from '../../core/identity/user-view';
import { action } from '../_lib/action';
import { loadUserView } from '../_lib/users';

export const me = action(API.auth.me, async function me(_input, ctx) {
  if (ctx.caller.kind !== 'user')
    return { user: unboundUserView(ctx.caller.kind === 'unbound' ? ctx.caller.openid : '') };
  const user = await ctx.db.users.mustGet(ctx.caller.userId, '用户不存在');
  return { user: await loadUserView(ctx.db, user) };
});
