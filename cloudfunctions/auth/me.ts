// auth.me: who the caller is — a known user with role and organisation, or an unbound WeChat user.
import { unboundUserView } from '../../core/identity/user-view';
import { MeInput, MeOutput } from '../../core/schemas/auth';
import { action } from '../_lib/action';
import { loadUserView } from '../_lib/users';

export const me = action(
  {
    input: MeInput,
    output: MeOutput,
    access: { kind: 'identified' },
    summary: '当前用户：角色、单位或服务站；未绑定的微信用户返回 bound: false',
  },
  async (_input, ctx) => {
    if (ctx.caller.kind !== 'user')
      return { user: unboundUserView(ctx.caller.kind === 'unbound' ? ctx.caller.openid : '') };
    const user = await ctx.db.users.mustGet(ctx.caller.userId, '用户不存在');
    return { user: await loadUserView(ctx.db, user) };
  },
);
