// files.register (CloudBase uploads): a file is recorded as the caller's only when it is under the caller's own
// folder and the storage holds it; another user's file, even one that exists, is not found for the caller.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoData } from '../../host/seed';
import { dbOf } from '../../platform/collections';
import { createLocalPlatform, type LocalPlatform } from '../../platform/local/platform';
import type { Platform } from '../../platform/ports';
import { dispatch } from '../_lib/dispatch';
import { actions } from './index';

const quiet = { info() {}, warn() {}, error() {} };
const cloudId = (path: string) => `cloud://prod-1a2b.7072-prod-1a2b-1300000000/${path}`;

describe('files.register', () => {
  let dir: string;
  let local: LocalPlatform;
  let platform: Platform;
  let token: string;
  /** what cloud storage holds */
  const stored = new Set<string>();
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aftercare-register-'));
    local = createLocalPlatform({ dataDir: dir, logger: quiet });
    await seedDemoData(local.store, local.clock.now());
    token = (await local.identity.issueDevToken({ userId: 'c-1001' })).token;
    // the local platform with CloudBase-like storage: cloud:// ids, exists() by what was uploaded
    platform = {
      ...local,
      files: {
        ...local.files,
        exists: async (fileId) => stored.has(fileId),
        url: async (fileId) => `https://tmp.example/${encodeURIComponent(fileId)}`,
      },
    };
  });
  afterAll(() => {
    local.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const register = (fileId: string) =>
    dispatch(platform, {
      functionName: 'files',
      actions,
      event: { action: 'register', data: { fileId, purpose: 'photo', contentType: 'image/jpeg', size: 2048 } },
      request: { authorization: `Bearer ${token}` },
      requestId: 'test',
    }).then((r) => r.envelope);

  test("a file under the caller's folder that the storage holds is recorded as the caller's", async () => {
    const fileId = cloudId('uploads/c-1001/photo/20261201/a1.jpg');
    stored.add(fileId);
    const reply = await register(fileId);
    expect(reply).toMatchObject({ ok: true, data: { upload: { fileId, purpose: 'photo' } } });
    const uploads = await dbOf(local.store).uploads.findAll({ ownerId: 'c-1001' });
    expect(uploads.map((u) => u.fileId)).toContain(fileId);
  });

  test("another user's file is not found for the caller, though it exists; nothing is recorded", async () => {
    const theirs = cloudId('uploads/c-1002/photo/20261201/b1.jpg');
    const outside = cloudId('uploads/photo/20261201/c1.jpg');
    const climbing = cloudId('uploads/c-1001/../c-1002/photo/20261201/b1.jpg');
    for (const fileId of [theirs, outside, climbing]) {
      stored.add(fileId);
      const reply = await register(fileId);
      expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    const uploads = await dbOf(local.store).uploads.findAll();
    expect(uploads.map((u) => u.fileId)).not.toEqual(expect.arrayContaining([theirs]));
    expect(uploads.some((u) => u.fileId === outside || u.fileId === climbing)).toBe(false);
  });

  test('a file the storage does not hold is not found', async () => {
    const reply = await register(cloudId('uploads/c-1001/photo/20261201/never.jpg'));
    expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '文件不存在，请重新上传' } });
  });
});
