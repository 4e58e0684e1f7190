// Which uploads a user may attach: only their own, for the right purpose (a ticket cannot reference others' files).
import { createHash } from 'node:crypto';
import { AppError } from '../../core/errors';
import type { UploadDoc } from '../../core/model';
import type { Db } from '../../platform/collections';

/** One record per (owner, file): the same file uploaded twice by one user is one record. */
export function uploadIdOf(ownerId: string, fileId: string): string {
  return `up_${createHash('sha256').update(`${ownerId}\n${fileId}`).digest('hex').slice(0, 32)}`;
}

export async function requireOwnUploads(
  db: Db,
  ownerId: string,
  fileIds: readonly string[],
  purpose: UploadDoc['purpose'] | readonly UploadDoc['purpose'][],
): Promise<void> {
  const purposes: readonly string[] = typeof purpose === 'string' ? [purpose] : purpose;
  for (const fileId of fileIds) {
    const upload = await db.uploads.get(uploadIdOf(ownerId, fileId));
    if (!upload || !purposes.includes(upload.purpose)) {
      throw new AppError('VALIDATION_FAILED', '附件无效：请重新上传', [{ path: 'files', message: fileId }]);
    }
  }
}
