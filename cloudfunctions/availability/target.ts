// Whose published hours an availability action is about: one's own (an expert, a technician who does remote help),
// or anyone's for an admin — and only someone who takes remote video help has any.
import { isRemoteHelper } from '../../core/booking/helpers';
import { AppError } from '../../core/errors';
import type { UserDoc } from '../../core/model';
import type { UserCtx } from '../_lib/ticket-store';

export async function helperOf(ctx: UserCtx, userId: string | undefined): Promise<UserDoc> {
  const { caller } = ctx;
  const id = userId ?? caller.userId;
  if (caller.role !== 'admin' && id !== caller.userId) throw new AppError('FORBIDDEN', '只能查看或修改自己的开放时间');
  if (caller.role === 'admin' && id === caller.userId) {
    throw new AppError('VALIDATION_FAILED', '请指定专家（userId）', [{ path: 'userId', message: '必填' }]);
  }
  const user = await ctx.db.users.get(id);
  if (!user) throw new AppError('NOT_FOUND', '人员不存在');
  if (!isRemoteHelper(user)) {
    if (id === caller.userId) throw new AppError('FORBIDDEN', '您未开通远程视频指导，请联系管理员');
    throw new AppError('CONFLICT', `${user.name} 不是专家，也未开通远程视频指导（或已停用）`);
  }
  return user;
}
