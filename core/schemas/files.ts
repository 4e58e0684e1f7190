// Uploads (photos, a short video, signatures): what may be uploaded, and the `files` function's inputs and outputs.
import { z } from 'zod';

export const UPLOAD_RULES = {
  photo: { types: ['image/jpeg', 'image/png', 'image/webp', 'image/heic'], maxBytes: 10 * 1024 * 1024 },
  video: { types: ['video/mp4', 'video/quicktime'], maxBytes: 50 * 1024 * 1024 },
  signature: { types: ['image/png'], maxBytes: 1024 * 1024 },
} as const;
export type UploadPurpose = keyof typeof UPLOAD_RULES;
export const UploadPurposeSchema = z.enum(['photo', 'video', 'signature']);

/** The upload's type and size against its purpose's rules: the message to show, or null when it is acceptable. */
export function uploadProblem(purpose: UploadPurpose, contentType: string, size: number): string | null {
  const rule = UPLOAD_RULES[purpose];
  if (!(rule.types as readonly string[]).includes(contentType)) {
    return purpose === 'video'
      ? '仅支持 MP4 或 MOV 视频'
      : purpose === 'signature'
        ? '签名须为 PNG 图片'
        : '仅支持 JPG、PNG、WEBP 或 HEIC 图片';
  }
  if (size <= 0) return '文件为空';
  if (size > rule.maxBytes) return `文件不能超过 ${Math.round(rule.maxBytes / 1024 / 1024)} MB`;
  return null;
}

export const UploadView = z.object({
  fileId: z.string(),
  url: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  purpose: UploadPurposeSchema,
});
export type UploadView = z.infer<typeof UploadView>;

/** CloudBase: the app uploads with Taro.cloud.uploadFile, then registers the file id as its own. */
export const FilesRegisterInput = z
  .object({
    fileId: z
      .string()
      .trim()
      .regex(/^cloud:\/\/[^\s]{1,290}$/, { message: '文件 ID 无效' }),
    purpose: UploadPurposeSchema,
    contentType: z.string().trim().min(3).max(100),
    size: z.number().int().min(1).max(UPLOAD_RULES.video.maxBytes),
  })
  .strict();
export const FilesRegisterOutput = z.object({ upload: UploadView });

/**
 * Local host: the bytes of one upload (POST /api/_upload?purpose=…, raw body). Only that route can carry bytes, so a
 * JSON call of files.upload fails validation.
 */
export const FilesUploadInput = z
  .object({
    purpose: UploadPurposeSchema,
    contentType: z.string().trim().min(1).max(100),
    bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: '请通过 /api/_upload 上传文件内容' }),
  })
  .strict();
export const FilesUploadOutput = z.object({ upload: UploadView });
