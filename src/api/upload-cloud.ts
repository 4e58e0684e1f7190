// Mini-program upload: Taro.cloud.uploadFile to CloudBase storage (with progress), then files.register claims it.
import Taro from '@tarojs/taro';
import { uploadFolderOf } from '../../core/files/upload-path';
import { ApiError, NETWORK_MESSAGE } from './api-error';
import { call } from './client';
import { initCloud } from './transport-cloud';
import type { Upload, UploadPurpose } from './types';

const TYPES_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
};

export interface CloudFile {
  filePath: string;
  extension: string;
  contentType: string;
  size: number;
}

function extensionOf(filePath: string): string {
  const m = /\.([A-Za-z0-9]+)(?:\?.*)?$/.exec(filePath);
  return m ? m[1]!.toLowerCase() : '';
}

/** The temp file's type (by its extension, unless known) and size (from the file system). */
export async function describeCloudFile(filePath: string, contentType?: string): Promise<CloudFile> {
  const extension = extensionOf(filePath);
  const size = await new Promise<number>((resolve) => {
    Taro.getFileSystemManager().getFileInfo({
      filePath,
      success: (res) => resolve(res.size),
      fail: () => resolve(0),
    });
  });
  return { filePath, extension, contentType: contentType || TYPES_BY_EXTENSION[extension] || '', size };
}

/** Under the caller's own folder (core/files/upload-path.ts): files.register accepts nothing else. */
function cloudPathFor(userId: string, purpose: UploadPurpose, extension: string): string {
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  const name = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return `${uploadFolderOf(userId)}${purpose}/${day}/${name}${extension ? `.${extension}` : ''}`;
}

export async function sendCloud(
  file: CloudFile,
  purpose: UploadPurpose,
  onProgress?: (share: number) => void,
): Promise<Upload> {
  initCloud();
  const { user } = await call('auth', 'me', {});
  if (!user.id) throw new ApiError('FORBIDDEN', '请先绑定账号后再上传');
  const userId = user.id;
  const fileId = await new Promise<string>((resolve, reject) => {
    const task = Taro.cloud.uploadFile({
      cloudPath: cloudPathFor(userId, purpose, file.extension),
      filePath: file.filePath,
      success: (res) => resolve(res.fileID),
      fail: (e) =>
        reject(new ApiError('NETWORK', NETWORK_MESSAGE, [{ path: 'cloud.uploadFile', message: String(e.errMsg) }])),
    });
    task.onProgressUpdate((p) => onProgress?.(p.progress / 100));
  });
  const { upload } = await call('files', 'register', {
    fileId,
    purpose,
    contentType: file.contentType,
    size: file.size,
  });
  return upload;
}
