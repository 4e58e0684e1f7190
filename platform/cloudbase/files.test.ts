// CloudBase files: uploads land under uploads/<random name>, reads and URLs go through the storage API.
import type { CloudbaseStorageApi } from './files';
import { createCloudbaseFiles, TEMP_URL_BATCH, TEMP_URL_SECONDS } from './files';

function fakeStorage() {
  const stored = new Map<string, Buffer>();
  const calls: unknown[] = [];
  const api = {
    async uploadFile({ cloudPath, fileContent }: { cloudPath: string; fileContent: Buffer }) {
      calls.push({ upload: cloudPath });
      stored.set(`cloud://env.bucket/${cloudPath}`, fileContent);
      return { fileID: `cloud://env.bucket/${cloudPath}`, requestId: 'r' };
    },
    async downloadFile({ fileID }: { fileID: string }) {
      const bytes = stored.get(fileID);
      if (!bytes) throw Object.assign(new Error('storage file not exist'), { code: 'STORAGE_FILE_NONEXIST' });
      return { fileContent: bytes, message: '文件下载完成' };
    },
    async getTempFileURL({ fileList }: { fileList: { fileID: string; maxAge: number }[] }) {
      calls.push({ url: fileList });
      return {
        requestId: 'r',
        fileList: fileList.map(({ fileID }) =>
          stored.has(fileID)
            ? { code: 'SUCCESS', fileID, tempFileURL: `https://tmp.example/${encodeURIComponent(fileID)}` }
            : { code: 'STORAGE_FILE_NONEXIST', fileID, tempFileURL: '' },
        ),
      };
    },
  };
  return { api: api as unknown as CloudbaseStorageApi, calls };
}

describe('cloudbase files', () => {
  test('an upload is stored under a random name with a sanitized extension, and reads back', async () => {
    const { api, calls } = fakeStorage();
    const files = createCloudbaseFiles(api);
    const stored = await files.put('../../etc/photo.PNG', Buffer.from('img'), 'image/png');
    expect(calls[0]).toEqual({ upload: expect.stringMatching(/^uploads\/f_[0-9a-f]{32}\.png$/) });
    expect(stored).toEqual({
      fileId: expect.stringMatching(/^cloud:\/\/env\.bucket\/uploads\/f_[0-9a-f]{32}\.png$/),
      contentType: 'image/png',
      size: 3,
    });
    expect(await files.get(stored.fileId)).toEqual({ bytes: Buffer.from('img'), contentType: 'image/png' });
    // the same bytes again are another file, under another name
    expect((await files.put('photo.png', Buffer.from('img'), 'image/png')).fileId).not.toBe(stored.fileId);
  });

  test('a missing file reads as null', async () => {
    const files = createCloudbaseFiles(fakeStorage().api);
    expect(await files.get('cloud://env.bucket/uploads/none.png')).toBeNull();
  });

  test('url() is a temporary URL of limited age; a missing file is NOT_FOUND', async () => {
    const { api, calls } = fakeStorage();
    const files = createCloudbaseFiles(api);
    const { fileId } = await files.put('a.pdf', Buffer.from('%PDF'), 'application/pdf');
    expect(await files.url(fileId)).toBe(`https://tmp.example/${encodeURIComponent(fileId)}`);
    expect(calls[1]).toEqual({ url: [{ fileID: fileId, maxAge: TEMP_URL_SECONDS }] });
    expect(TEMP_URL_SECONDS).toBe(600);
    await expect(files.url('cloud://env.bucket/uploads/none.pdf')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  test('urls() asks for 50 files a call: 120 files are 3 calls, each file once', async () => {
    const { api, calls } = fakeStorage();
    const files = createCloudbaseFiles(api);
    const ids: string[] = [];
    for (let i = 0; i < 120; i++) ids.push((await files.put(`p${i}.jpg`, Buffer.from([i]), 'image/jpeg')).fileId);
    calls.length = 0;
    const urls = await files.urls([...ids, ids[0]!, ids[1]!]);
    expect(TEMP_URL_BATCH).toBe(50);
    const batches = calls.map((c) => (c as { url: { fileID: string; maxAge: number }[] }).url);
    expect(batches.map((b) => b.length)).toEqual([50, 50, 20]);
    expect(new Set(batches.flat().map((f) => f.fileID)).size).toBe(120);
    expect(batches.flat().every((f) => f.maxAge === TEMP_URL_SECONDS)).toBe(true);
    expect(urls.size).toBe(120);
    expect(urls.get(ids[119]!)).toBe(`https://tmp.example/${encodeURIComponent(ids[119]!)}`);
  });

  test('urls(): a missing file is null and the others still come back', async () => {
    const { api } = fakeStorage();
    const files = createCloudbaseFiles(api);
    const a = (await files.put('a.jpg', Buffer.from('a'), 'image/jpeg')).fileId;
    const b = (await files.put('b.jpg', Buffer.from('b'), 'image/jpeg')).fileId;
    const gone = 'cloud://env.bucket/uploads/gone.jpg';
    const urls = await files.urls([a, gone, b]);
    expect([...urls.entries()]).toEqual([
      [a, `https://tmp.example/${encodeURIComponent(a)}`],
      [gone, null],
      [b, `https://tmp.example/${encodeURIComponent(b)}`],
    ]);
    expect((await files.urls([])).size).toBe(0);
  });
});
