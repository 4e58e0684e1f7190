// Local file storage under <dataDir>/files: blobs under random ids (a file cannot be found from its content) and their
// type; url() is a short-lived signed link (file-links.ts), the only way the host serves a file.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { FileStorage, StoredFile } from '../ports';
import type { FileLinks } from './file-links';

// The id names the file on disk, so only ids of these exact shapes are ever opened: no path from a client reaches fs.
// New ids are `f_` + 128 random bits; files stored before that are named by the SHA-256 of their content and still
// read back under those names.
const FILE_ID = /^(f_[0-9a-f]{32}|[0-9a-f]{64})(\.[a-z0-9]{1,8})?$/;
const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(;[ -~]*)?$/i;
const FALLBACK_TYPE = 'application/octet-stream';

interface FileMeta {
  contentType: string;
  size: number;
}

export function isLocalFileId(fileId: string): boolean {
  return FILE_ID.test(fileId);
}

/** Only the extension of the given name is kept (lower case, letters and digits): it helps a browser, nothing more. */
function extensionOf(path: string): string {
  const ext = extname(path).toLowerCase();
  return /^\.[a-z0-9]{1,8}$/.test(ext) ? ext : '';
}

function safeContentType(contentType: string): string {
  const t = contentType.trim();
  return t.length <= 100 && CONTENT_TYPE.test(t) ? t : FALLBACK_TYPE;
}

/** Write to a temporary name, then rename: a reader never sees half a file. */
function writeAtomically(file: string, bytes: Buffer | string): void {
  const temp = `${file}.${randomUUID()}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, file);
}

function readOrNull(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** A fresh file id: unguessable, and another one for the same bytes uploaded again. */
export function newLocalFileId(extension: string): string {
  return `f_${randomBytes(16).toString('hex')}${extension}`;
}

export function createLocalFiles(dir: string, links: Pick<FileLinks, 'url'>): FileStorage {
  const metaDir = join(dir, '.meta');
  mkdirSync(metaDir, { recursive: true });

  return {
    async put(path, bytes, contentType): Promise<StoredFile> {
      const fileId = newLocalFileId(extensionOf(path));
      const meta: FileMeta = { contentType: safeContentType(contentType), size: bytes.length };
      // the type first: a reader that finds the blob finds its type too
      writeAtomically(join(metaDir, `${fileId}.json`), JSON.stringify(meta));
      writeAtomically(join(dir, fileId), bytes);
      return { fileId, ...meta };
    },
    async get(fileId) {
      if (!isLocalFileId(fileId)) return null;
      const bytes = readOrNull(join(dir, fileId));
      if (!bytes) return null;
      const metaBytes = readOrNull(join(metaDir, `${fileId}.json`));
      const contentType = metaBytes ? (JSON.parse(metaBytes.toString('utf8')) as FileMeta).contentType : FALLBACK_TYPE;
      return { bytes, contentType };
    },
    async exists(fileId) {
      return isLocalFileId(fileId) && existsSync(join(dir, fileId));
    },
    async url(fileId) {
      return links.url(fileId);
    },
    async urls(fileIds) {
      const found = new Map<string, string | null>();
      for (const fileId of fileIds) {
        found.set(fileId, isLocalFileId(fileId) && existsSync(join(dir, fileId)) ? links.url(fileId) : null);
      }
      return found;
    },
  };
}
