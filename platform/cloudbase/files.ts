// CloudBase file storage: cloud storage under uploads/, under random names (never the content's hash, so a known
// picture cannot be found by it), read back through temporary URLs.
import { randomBytes } from 'node:crypto';
import { extname } from 'node:path';
import { AppError } from '../../core/errors';
import type { FileStorage, StoredFile } from '../ports';
import type { CloudbaseApp } from './sdk';

export type CloudbaseStorageApi = Pick<CloudbaseApp, 'uploadFile' | 'downloadFile' | 'getTempFileURL'>;

/**
 * How long a URL from url() stays valid, seconds: as short as the local host's signed links (10 minutes), so a link
 * given to someone who since lost access to the record stops working soon (docs/decisions.md). Views are asked for
 * again all the time (the ticket page refreshes itself), each with fresh links.
 */
export const TEMP_URL_SECONDS = 10 * 60;

/** The most files one getTempFileURL call may name (CloudBase's limit). */
export const TEMP_URL_BATCH = 50;

// Cloud storage keeps no content type we can read back through the SDK; the extension names it.
const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.mp3': 'audio/mpeg',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Only a short alphanumeric extension of the given name is kept; the name itself never becomes a path. */
function extensionOf(path: string): string {
  const ext = extname(path).toLowerCase();
  return /^\.[a-z0-9]{1,8}$/.test(ext) ? ext : '';
}

function isMissing(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 'STORAGE_FILE_NONEXIST';
}

export function createCloudbaseFiles(api: CloudbaseStorageApi, folder = 'uploads'): FileStorage {
  return {
    async put(path, bytes, contentType): Promise<StoredFile> {
      const cloudPath = `${folder}/f_${randomBytes(16).toString('hex')}${extensionOf(path)}`;
      const res = await api.uploadFile({ cloudPath, fileContent: bytes });
      return { fileId: res.fileID, contentType, size: bytes.length };
    },
    async get(fileId) {
      try {
        const res = await api.downloadFile({ fileID: fileId });
        if (res.fileContent === undefined) return null;
        const bytes = Buffer.isBuffer(res.fileContent) ? res.fileContent : Buffer.from(res.fileContent);
        return { bytes, contentType: TYPES[extensionOf(fileId)] ?? 'application/octet-stream' };
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
    },
    async exists(fileId) {
      const res = await api.getTempFileURL({ fileList: [{ fileID: fileId, maxAge: 60 }] });
      return res.fileList[0]?.code === 'SUCCESS';
    },
    async url(fileId) {
      const res = await api.getTempFileURL({ fileList: [{ fileID: fileId, maxAge: TEMP_URL_SECONDS }] });
      const entry = res.fileList[0];
      if (!entry || entry.code !== 'SUCCESS') throw new AppError('NOT_FOUND', '文件不存在');
      return entry.tempFileURL;
    },
    async urls(fileIds) {
      const unique = [...new Set(fileIds)];
      const batches: string[][] = [];
      for (let i = 0; i < unique.length; i += TEMP_URL_BATCH) batches.push(unique.slice(i, i + TEMP_URL_BATCH));
      const found = new Map<string, string | null>(unique.map((id) => [id, null]));
      await Promise.all(
        batches.map(async (batch) => {
          const res = await api.getTempFileURL({
            fileList: batch.map((fileID) => ({ fileID, maxAge: TEMP_URL_SECONDS })),
          });
          // a missing file answers with its own code in its entry (STORAGE_FILE_NONEXIST): the rest still come back
          for (const entry of res.fileList) {
            if (entry.code === 'SUCCESS' && found.has(entry.fileID)) found.set(entry.fileID, entry.tempFileURL);
          }
        }),
      );
      return found;
    },
  };
}
