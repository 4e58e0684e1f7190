// files.register (CloudBase): the app uploaded a file to cloud storage itself; record it as the caller's.
import { AppError } from '../../core/errors';
import { FilesRegisterInput, FilesRegisterOutput } from '../../core/schemas/files';
import { action, ANY_USER } from '../_lib/action';
import { checkUpload, recordUpload, requireMayUpload } from './store-upload';

export const register = action(
  {
    input: FilesRegisterInput,
    output: FilesRegisterOutput,
    access: ANY_USER,
    summary: '登记已上传到云存储的文件（照片、视频、签名），之后才能在报修或处理报告中引用',
  },
  async (input, ctx) => {
    if (ctx.platform !== 'cloudbase') throw new AppError('VALIDATION_FAILED', '本地主机请使用上传接口 /api/_upload');
    requireMayUpload(ctx.caller, input.purpose);
    checkUpload(input.purpose, input.contentType, input.size);
    const upload = await recordUpload(ctx, ctx.caller, {
      fileId: input.fileId,
      contentType: input.contentType.toLowerCase(),
      size: input.size,
      purpose: input.purpose,
    });
    return { upload };
  },
);
