// Local files: bytes and type round-trip; ids are content hashes; nothing outside the files directory is reachable.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalFiles } from './files';

describe('local files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'aftercare-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a stored file reads back with its bytes and content type', async () => {
    const files = createLocalFiles(join(dir, 'files'));
    const bytes = Buffer.from('现场照片');
    const stored = await files.put('tickets/t-1/photo.JPG', bytes, 'image/jpeg');
    expect(stored).toEqual({
      fileId: expect.stringMatching(/^[0-9a-f]{64}\.jpg$/),
      contentType: 'image/jpeg',
      size: bytes.length,
    });
    expect(await files.get(stored.fileId)).toEqual({ bytes, contentType: 'image/jpeg' });
    expect(await files.url(stored.fileId)).toBe(`/api/_files/${stored.fileId}`);
  });

  test('the same upload twice is the same file (a retried upload is safe)', async () => {
    const files = createLocalFiles(join(dir, 'files'));
    const a = await files.put('a.png', Buffer.from([1, 2, 3]), 'image/png');
    const b = await files.put('b.png', Buffer.from([1, 2, 3]), 'image/png');
    expect(b.fileId).toBe(a.fileId);
    expect(readdirSync(join(dir, 'files')).filter((f) => !f.startsWith('.'))).toEqual([a.fileId]);
  });

  test('the given path never picks where the file goes', async () => {
    const files = createLocalFiles(join(dir, 'files'));
    const stored = await files.put('../../outside/evil.sh', Buffer.from('x'), 'text/plain');
    expect(stored.fileId).toMatch(/^[0-9a-f]{64}\.sh$/);
    expect(existsSync(join(dir, 'outside'))).toBe(false);
    const odd = await files.put('x.<script>', Buffer.from('y'), 'text/html"><script>');
    expect(odd.fileId).toMatch(/^[0-9a-f]{64}$/);
    expect(odd.contentType).toBe('application/octet-stream');
  });

  test('ids that are not file ids read as missing, even when such a file exists', async () => {
    writeFileSync(join(dir, 'secret.key'), 'top secret');
    const files = createLocalFiles(join(dir, 'files'));
    for (const id of ['../secret.key', '..%2Fsecret.key', '/etc/passwd', '.meta', '', 'a'.repeat(64) + '/x']) {
      expect(await files.get(id)).toBeNull();
    }
    expect(await files.get('0'.repeat(64))).toBeNull();
  });
});
