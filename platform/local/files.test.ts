// Local files: bytes and type round-trip; ids are random (never the content hash), files stored under content-hash
// ids before still read back; url() is the signed link; nothing outside the files directory is reachable.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalFiles } from './files';

const links = { url: (fileId: string) => `/signed/${fileId}` };

describe('local files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'aftercare-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a stored file reads back with its bytes and content type; its url is the signed link', async () => {
    const files = createLocalFiles(join(dir, 'files'), links);
    const bytes = Buffer.from('现场照片');
    const stored = await files.put('tickets/t-1/photo.JPG', bytes, 'image/jpeg');
    expect(stored).toEqual({
      fileId: expect.stringMatching(/^f_[0-9a-f]{32}\.jpg$/),
      contentType: 'image/jpeg',
      size: bytes.length,
    });
    expect(await files.get(stored.fileId)).toEqual({ bytes, contentType: 'image/jpeg' });
    expect(await files.exists(stored.fileId)).toBe(true);
    expect(await files.url(stored.fileId)).toBe(`/signed/${stored.fileId}`);
  });

  test('urls(): signed links for the stored files, null for a missing or malformed id', async () => {
    const files = createLocalFiles(join(dir, 'files'), links);
    const a = (await files.put('a.jpg', Buffer.from('a'), 'image/jpeg')).fileId;
    const missing = 'f_00000000000000000000000000000000.jpg';
    const urls = await files.urls([a, missing, '../secret']);
    expect([...urls.entries()]).toEqual([
      [a, `/signed/${a}`],
      [missing, null],
      ['../secret', null],
    ]);
  });

  test('a file id is random: the same bytes twice are two files, and neither id is their hash', async () => {
    const files = createLocalFiles(join(dir, 'files'), links);
    const bytes = Buffer.from([1, 2, 3]);
    const a = await files.put('a.png', bytes, 'image/png');
    const b = await files.put('b.png', bytes, 'image/png');
    expect(b.fileId).not.toBe(a.fileId);
    const hash = createHash('sha256').update(bytes).digest('hex');
    expect([a.fileId, b.fileId].some((id) => id.includes(hash))).toBe(false);
    expect(await files.get(`${hash}.png`)).toBeNull();
    expect(
      readdirSync(join(dir, 'files'))
        .filter((f) => !f.startsWith('.'))
        .sort(),
    ).toEqual([a.fileId, b.fileId].sort());
  });

  test('a file stored under its content hash (before ids were random) still reads back', async () => {
    const filesDir = join(dir, 'files');
    const bytes = Buffer.from('旧照片');
    const oldId = `${createHash('sha256').update(bytes).digest('hex')}.png`;
    mkdirSync(join(filesDir, '.meta'), { recursive: true });
    writeFileSync(join(filesDir, oldId), bytes);
    writeFileSync(join(filesDir, '.meta', `${oldId}.json`), JSON.stringify({ contentType: 'image/png', size: 9 }));
    const files = createLocalFiles(filesDir, links);
    expect(await files.get(oldId)).toEqual({ bytes, contentType: 'image/png' });
    expect(await files.exists(oldId)).toBe(true);
    expect(await files.url(oldId)).toBe(`/signed/${oldId}`);
  });

  test('the given path never picks where the file goes', async () => {
    const files = createLocalFiles(join(dir, 'files'), links);
    const stored = await files.put('../../outside/evil.sh', Buffer.from('x'), 'text/plain');
    expect(stored.fileId).toMatch(/^f_[0-9a-f]{32}\.sh$/);
    expect(existsSync(join(dir, 'outside'))).toBe(false);
    const odd = await files.put('x.<script>', Buffer.from('y'), 'text/html"><script>');
    expect(odd.fileId).toMatch(/^f_[0-9a-f]{32}$/);
    expect(odd.contentType).toBe('application/octet-stream');
  });

  test('ids that are not file ids read as missing, even when such a file exists', async () => {
    writeFileSync(join(dir, 'secret.key'), 'top secret');
    const files = createLocalFiles(join(dir, 'files'), links);
    for (const id of ['../secret.key', '..%2Fsecret.key', '/etc/passwd', '.meta', '', 'a'.repeat(64) + '/x']) {
      expect(await files.get(id)).toBeNull();
      expect(await files.exists(id)).toBe(false);
    }
    expect(await files.get('0'.repeat(64))).toBeNull();
    expect(await files.get(`f_${'0'.repeat(32)}`)).toBeNull();
  });
});
