// H5 / local-host upload: the file's raw bytes to POST /api/_upload?purpose=…, with progress (XMLHttpRequest).
import { ApiError, NETWORK_MESSAGE } from './api-error';
import { unwrapEnvelope } from './envelope';
import { readToken } from './token';
import type { Upload, UploadPurpose } from './types';

const API_BASE = process.env.TARO_APP_API_BASE || '';
/** A 50 MB video on a slow uplink: give it time. */
const TIMEOUT_MS = 180_000;

export interface LocalFile {
  contentType: string;
  size: number;
  body: Blob;
}

/** The picked file (a blob: or data: URL on H5) as bytes, with its type and size. */
export async function readLocalFile(filePath: string, contentType?: string): Promise<LocalFile> {
  let body: Blob;
  try {
    body = await (await fetch(filePath)).blob();
  } catch {
    throw new ApiError('VALIDATION_FAILED', '无法读取所选文件，请重新选择');
  }
  return { contentType: contentType || body.type, size: body.size, body };
}

export function sendHttp(
  file: LocalFile,
  purpose: UploadPurpose,
  onProgress?: (share: number) => void,
): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}/api/_upload?purpose=${encodeURIComponent(purpose)}`);
    xhr.setRequestHeader('content-type', file.contentType);
    const token = readToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.timeout = TIMEOUT_MS;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not the service's envelope: unwrapEnvelope says UNAVAILABLE
      }
      try {
        resolve(unwrapEnvelope<{ upload: Upload }>(body, `HTTP ${xhr.status} from /api/_upload`).upload);
      } catch (e) {
        reject(e);
      }
    };
    const failed = (what: string) => () =>
      reject(new ApiError('NETWORK', NETWORK_MESSAGE, [{ path: 'upload', message: what }]));
    xhr.onerror = failed('network error');
    xhr.ontimeout = failed('timeout');
    xhr.send(file.body);
  });
}
