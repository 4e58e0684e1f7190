// Where a user's uploads live in CloudBase storage: under their own folder, `uploads/<userId>/…`. The app uploads
// there itself (Taro.cloud.uploadFile), and files.register accepts only a file under the caller's folder, so nobody
// can claim a file another user uploaded, even knowing its id.

/** The caller's folder: every path the app uploads to starts with it. */
export function uploadFolderOf(userId: string): string {
  return `uploads/${encodeURIComponent(userId)}/`;
}

/** The path inside its bucket of a `cloud://<env>.<bucket>/<path>` file id; null for anything else. */
export function cloudPathOf(fileId: string): string | null {
  const m = /^cloud:\/\/[^/\s]+\/([^\s]+)$/.exec(fileId);
  return m ? m[1]! : null;
}

/** Whether the file id names a file under this user's folder (no `.`/`..` or empty segments to climb out of it). */
export function isUploadOf(fileId: string, userId: string): boolean {
  const path = cloudPathOf(fileId);
  if (!path) return false;
  const folder = uploadFolderOf(userId);
  if (!path.startsWith(folder) || path.length === folder.length) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
