// files.register (CloudBase): the app uploaded a file to cloud storage itself; record it as the caller's, once the
// storage confirms the file is there.
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { action } from '../_lib/action';
import { checkUpload, recordUpload, requireMayUpload } from './store-upload';

export const register = action(API.files.register, async function register(input, ctx) {
  requireMayUpload(ctx.caller, input.purpose);
  checkUpload(input.purpose, input.contentType, input.size);
  if (!(await ctx.files.exists(input.fileId))) throw new AppError('NOT_FOUND', '文件不存在，请重新上传');
  const upload = await recordUpload(ctx, ctx.caller, {
    fileId: input.fileId,
    contentType: input.contentType.toLowerCase(),
    size: input.size,
    purpose: input.purpose,
  });
  return { upload };
});
