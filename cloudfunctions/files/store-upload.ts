// Recording an upload as its uploader's (type and size checked against its purpose): the local host's upload endpoint
// stores bytes and calls this; on CloudBase the app uploads to cloud storage itself and files.register calls this.
import { AppError } from '../../core/errors';
import type { UserCaller } from '../../core/identity/caller';
import type { Role } from '../../core/model';
import { uploadProblem, type UploadPurpose, type UploadView } from '../../core/schemas/files';
import { toInstant } from '../../core/time';
import type { Db } from '../../platform/collections';
import type { FileStorage } from '../../platform/ports';
import { uploadIdOf } from '../_lib/uploads';

/**
 * Who uploads what: customers attach photos and videos to their reports; technicians and experts photograph their
 * work and sign fault reports; at an acceptance (devices.accept) a technician or an admin uploads the installation's
 * photos and the customer's signature drawn on their phone; the desk signs.
 */
const MAY_UPLOAD: Record<UploadPurpose, readonly Role[]> = {
  photo: ['customer', 'technician', 'expert', 'admin'],
  video: ['customer', 'technician', 'expert'],
  signature: ['technician', 'expert', 'dispatcher', 'admin'],
};

export function requireMayUpload(caller: UserCaller, purpose: UploadPurpose): void {
  if (!MAY_UPLOAD[purpose].includes(caller.role)) throw new AppError('FORBIDDEN', '当前角色不能上传此类文件');
}

export function checkUpload(purpose: UploadPurpose, contentType: string, size: number): void {
  const problem = uploadProblem(purpose, contentType.split(';')[0]!.trim().toLowerCase(), size);
  if (problem) throw new AppError('VALIDATION_FAILED', problem);
}

export async function recordUpload(
  deps: { db: Db; files: FileStorage; now: Date },
  caller: UserCaller,
  file: { fileId: string; contentType: string; size: number; purpose: UploadPurpose },
): Promise<UploadView> {
  const { doc } = await deps.db.uploads.insertIfAbsent({
    id: uploadIdOf(caller.userId, file.fileId),
    fileId: file.fileId,
    ownerId: caller.userId,
    contentType: file.contentType,
    size: file.size,
    purpose: file.purpose,
    createdAt: toInstant(deps.now),
  });
  return {
    fileId: doc.fileId,
    url: await deps.files.url(doc.fileId),
    contentType: doc.contentType,
    size: doc.size,
    purpose: doc.purpose,
  };
}

/** Local host: store the bytes, then record them as the caller's. */
export async function storeUpload(
  deps: { db: Db; files: FileStorage; now: Date },
  caller: UserCaller,
  purpose: UploadPurpose,
  contentType: string,
  bytes: Buffer,
): Promise<UploadView> {
  requireMayUpload(caller, purpose);
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  checkUpload(purpose, type, bytes.length);
  const stored = await deps.files.put(`${purpose}.${type.split('/')[1] ?? 'bin'}`, bytes, type);
  return recordUpload(deps, caller, { fileId: stored.fileId, contentType: type, size: bytes.length, purpose });
}
