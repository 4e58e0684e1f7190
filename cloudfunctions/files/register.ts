// files.register (CloudBase): the app uploaded a file to cloud storage itself, under the caller's folder; record it as
// the caller's, once the storage confirms the file is there.
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { isUploadOf } from '../../core/files/upload-path';
import { action } from '../_lib/action';
import { checkUpload, recordUpload, requireMayUpload } from './store-upload';

export const register = action(API.files.register, async function register(input, ctx) {
  requireMayUpload(ctx.caller, input.purpose);
  checkUpload(input.purpose, input.contentType, input.size);
  // the path is the claim of ownership: another user's file (or one outside any user's folder) is, for the caller,
  // not there (NOT_FOUND, as for a file that does not exist: nothing tells whether it does)
  if (!isUploadOf(input.fileId, ctx.caller.userId))
    throw new AppError('NOT_FOUND', '文件不存在或不是您上传的，请重新上传');
  if (!(await ctx.files.exists(input.fileId))) throw new AppError('NOT_FOUND', '文件不存在，请重新上传');
  const upload = await recordUpload(ctx, ctx.caller, {
    fileId: input.fileId,
    contentType: input.contentType.toLowerCase(),
    size: input.size,
    purpose: input.purpose,
  });
  return { upload };
});
