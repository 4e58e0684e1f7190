// uploadFile: a photo, video or signature to the service — checked against the upload rules first, with progress.
import { uploadProblem } from '../../core/schemas/files';
import { ApiError } from './api-error';
import { describeCloudFile, sendCloud } from './upload-cloud';
import { readLocalFile, sendHttp } from './upload-http';
import type { Upload, UploadPurpose } from './types';

export interface UploadOptions {
  /** 0–1 as the bytes go out */
  onProgress?: (share: number) => void;
}

/**
 * filePath: what Taro.chooseMedia / canvasToTempFilePath gave (a temp path on weapp, a blob: or data: URL on H5).
 * Rejects with an ApiError whose message can be shown as is (wrong type, too large, network).
 */
export async function uploadFile(
  filePath: string,
  purpose: UploadPurpose,
  contentType?: string,
  options: UploadOptions = {},
): Promise<Upload> {
  // A build-time constant: each build keeps only its own transport.
  if (process.env.TARO_ENV === 'weapp') {
    const file = await describeCloudFile(filePath, contentType);
    assertAcceptable(purpose, file.contentType, file.size);
    return sendCloud(file, purpose, options.onProgress);
  }
  const file = await readLocalFile(filePath, contentType);
  assertAcceptable(purpose, file.contentType, file.size);
  return sendHttp(file, purpose, options.onProgress);
}

function assertAcceptable(purpose: UploadPurpose, contentType: string, size: number): void {
  const problem = uploadProblem(purpose, contentType, size);
  if (problem) throw new ApiError('VALIDATION_FAILED', problem);
}
