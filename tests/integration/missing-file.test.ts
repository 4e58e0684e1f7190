// A ticket whose photo the storage lost still lists and opens: the lost photo shows as the 「图片已失效」 placeholder,
// the others keep their links (the file URLs of a list are asked for in bulk, a missing one answered as null).
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MISSING_FILE_URL } from '../../core/files/missing-file';
import { loginAll, requestIds, uploadAs } from './fixtures';
import { startHost, type Host } from './harness';

let host: Host;
const tokens: Record<string, string> = {};
const crid = requestIds('it-missing');

beforeAll(async () => {
  host = await startHost();
  await loginAll(host, tokens);
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

test('one lost photo neither fails the list nor the ticket; the other photo still has its link', async () => {
  const kept = (await uploadAs(host, tokens['c-1001']!, 'photo')).body.data.upload.fileId as string;
  const lost = (await uploadAs(host, tokens['c-1001']!, 'photo')).body.data.upload.fileId as string;
  const { ticket } = await host.ok(
    'tickets',
    'report',
    {
      serial: 'SN1001-A',
      severity: 'common',
      description: '屏幕花屏，无法操作',
      clientRequestId: crid(),
      photos: [kept, lost],
    },
    tokens['c-1001'],
  );
  const blob = join(host.dataDir, 'files', lost);
  expect(existsSync(blob)).toBe(true);
  rmSync(blob);

  const list = await host.ok('tickets', 'list', { limit: 20 }, tokens['c-1001']);
  const listed = (list.items as { id: string; photos: { fileId: string; url: string }[] }[]).find(
    (t) => t.id === ticket.id,
  )!;
  const photos = new Map(listed.photos.map((p) => [p.fileId, p.url]));
  expect(photos.get(lost)).toBe(MISSING_FILE_URL);
  expect(photos.get(kept)).toMatch(/^\/api\/_files\//);

  const opened = await host.ok('tickets', 'get', { id: ticket.id }, tokens['c-1001']);
  expect(opened.ticket.photos.map((p: { url: string }) => p.url === MISSING_FILE_URL)).toEqual([false, true]);
}, 60_000);
