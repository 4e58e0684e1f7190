// auth.bootstrap: the first admin of a new deployment, without hand-made documents — the unbound WeChat user who
// calls while no admin exists becomes it. Once: the admin's record has one fixed id, so of two racing callers exactly
// one is stored; after that (or when any admin exists) the call is refused and every other user joins by invitation.
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { toInstant } from '../../core/time';
import { action } from '../_lib/action';
import { loadUserView } from '../_lib/users';

/** The first admin's record id (fixed: what makes "only once" hold across concurrent calls). */
export const FIRST_ADMIN_ID = 'u-first-admin';

const DONE = '系统已有管理员，首次设置已完成：请向管理员索取邀请码';

export const bootstrap = action(API.auth.bootstrap, async function bootstrap(input, ctx) {
  if (ctx.caller.kind !== 'unbound') throw new AppError('CONFLICT', '当前微信已绑定账号，不能再做首次设置');
  if ((await ctx.db.users.withRoles(['admin'])).length > 0) throw new AppError('CONFLICT', DONE);
  const { doc, created } = await ctx.db.users.insertIfAbsent({
    id: FIRST_ADMIN_ID,
    name: input.name,
    role: 'admin',
    phone: input.phone,
    openid: ctx.caller.openid,
    active: true,
    createdAt: toInstant(ctx.now),
  });
  if (!created) throw new AppError('CONFLICT', DONE);
  ctx.log.info({ msg: 'first admin bound', userId: doc.id });
  return { user: await loadUserView(ctx.db, doc) };
});
