// Files are private: ids are random (a known picture cannot be found by its hash), and a file is served only through
// a short-lived signed link that the service hands out inside views the caller may see — a ticket's photos, an upload
// answer, a fault report or an SLA evidence download. A technician reassigned away stops getting links, and the link
// they had stops working once it expires.
import { createHash } from 'node:crypto';
import { loginAll, PNG, requestIds, uploadAs } from './fixtures';
import { startHost, type Host } from './harness';

let host: Host;
const tokens: Record<string, string> = {};
const crid = requestIds('it-files');

beforeAll(async () => {
  host = await startHost();
  await loginAll(host, tokens);
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

const upload = async (user: string, purpose = 'photo', bytes: Buffer = PNG, type = 'image/png') => {
  const reply = await uploadAs(host, tokens[user]!, purpose, bytes, type);
  expect(reply.status).toBe(200);
  return reply.body.data.upload as { fileId: string; url: string };
};

const withoutQuery = (url: string) => url.split('?')[0]!;

/** a common fault (experts follow every major one), photo attached, given to t-2001 by the desk */
async function ticketOfT2001(hostNow: Host, tokensNow: Record<string, string>) {
  const photo = (await uploadAs(hostNow, tokensNow['c-1001']!, 'photo')).body.data.upload;
  const { ticket } = await hostNow.ok(
    'tickets',
    'report',
    {
      serial: 'SN1001-A',
      severity: 'common',
      description: '扫码枪无法识别条码，指示灯常亮',
      clientRequestId: crid(),
      photos: [photo.fileId],
    },
    tokensNow['c-1001'],
  );
  if (ticket.assigneeId !== 't-2001') {
    await hostNow.ok('tickets', 'assign', { id: ticket.id, technicianId: 't-2001' }, tokensNow['d-3001']);
  }
  return ticket.id as string;
}

describe('file ids', () => {
  test('a new file id is random, not the content hash of its bytes', async () => {
    const a = await upload('c-1001');
    const b = await upload('c-1001');
    const hash = createHash('sha256').update(PNG).digest('hex');
    expect(a.fileId).not.toContain(hash);
    expect(b.fileId).not.toBe(a.fileId);
    // at least 128 random bits in the id
    expect(a.fileId).toMatch(/^f_[0-9a-f]{32}\.png$/);
  });
});

describe('a file needs a signed, unexpired link', () => {
  test('the upload answer carries a signed link that serves the file for about 10 minutes', async () => {
    const { fileId, url } = await upload('c-1001');
    const m = /^\/api\/_files\/([^?]+)\?exp=(\d+)&sig=([\w-]+)$/.exec(url);
    expect(m?.[1]).toBe(fileId);
    const secondsLeft = Number(m![2]) - Date.now() / 1000;
    expect(secondsLeft).toBeGreaterThan(9 * 60);
    expect(secondsLeft).toBeLessThanOrEqual(11 * 60);
    const res = await host.raw(url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
    expect(res.headers.get('content-type')).toBe('image/png');
    // a browser may keep it no longer than the link lives
    const maxAge = Number(/max-age=(\d+)/.exec(res.headers.get('cache-control') ?? '')?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(11 * 60);
  });

  test('no signature → 401; a forged, altered or borrowed one → 403; all in the envelope', async () => {
    const { fileId, url } = await upload('c-1001');
    const other = await upload('c-1001');
    const bare = await host.raw(`/api/_files/${fileId}`);
    expect(bare.status).toBe(401);
    expect(await bare.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    const query = new URL(url, host.url).searchParams;
    const exp = query.get('exp')!;
    const sig = query.get('sig')!;
    const forged = `${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const path of [
      `/api/_files/${fileId}?exp=${exp}&sig=${forged}`,
      // a later expiry under the same signature
      `/api/_files/${fileId}?exp=${Number(exp) + 3600}&sig=${sig}`,
      // one file's signature on another file
      `/api/_files/${other.fileId}?exp=${exp}&sig=${sig}`,
      `/api/_files/${fileId}?exp=${exp}`,
    ]) {
      const res = await host.raw(path);
      expect([path, res.status]).toEqual([path, path.includes('sig=') ? 403 : 401]);
      const body = await res.json();
      expect(body).toMatchObject({ ok: false });
      expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  test('a content hash of a known picture finds nothing', async () => {
    await upload('c-1001');
    const hash = createHash('sha256').update(PNG).digest('hex');
    for (const id of [hash, `${hash}.png`]) {
      expect((await host.raw(`/api/_files/${id}`)).status).toBe(401);
    }
  });

  test('an upload not attached to anything is given to its uploader only', async () => {
    const mine = await upload('c-1001');
    // another customer cannot attach it, so no view of theirs ever carries a link to it
    const reply = await host.call(
      'tickets',
      'report',
      {
        serial: 'SN1002-A',
        severity: 'common',
        description: '借用别人的照片',
        clientRequestId: crid(),
        photos: [mine.fileId],
      },
      tokens['c-1002'],
    );
    expect(reply.status).toBe(400);
    expect((await host.raw(withoutQuery(mine.url))).status).toBe(401);
  });

  test('ticket views sign their photos, and the fault report and evidence pack are signed downloads', async () => {
    const id = await ticketOfT2001(host, tokens);
    const seen = (await host.ok('tickets', 'get', { id }, tokens['t-2001'])).ticket;
    expect(seen.photos[0].url).toMatch(/\?exp=\d+&sig=/);
    expect((await host.raw(seen.photos[0].url)).status).toBe(200);
    expect((await host.raw(withoutQuery(seen.photos[0].url))).status).toBe(401);

    await host.ok('tickets', 'accept', { id }, tokens['t-2001']);
    const signature = await upload('t-2001', 'signature');
    const { ticket: resolved } = await host.ok(
      'tickets',
      'resolve',
      { id, cause: '扫码头老化', actions: '更换扫码头', mode: 'remote', handlerSignature: signature.fileId },
      tokens['t-2001'],
    );
    expect(resolved.report.handlerSignatureUrl).toMatch(/\?exp=\d+&sig=/);

    for (const [fn, action, user] of [
      ['tickets', 'reportFile', 'c-1001'],
      ['sla', 'evidence', 'd-3001'],
    ] as const) {
      const file = await host.ok(fn, action, { id }, tokens[user]);
      expect(file.url).toMatch(/^\/api\/_files\/[^?]+\.html\?exp=\d+&sig=[\w-]+$/);
      const res = await host.raw(file.url);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(resolved.no);
      expect((await host.raw(withoutQuery(file.url))).status).toBe(401);
      // the file id of a document is random too: another download is another file
      const again = await host.ok(fn, action, { id }, tokens[user]);
      expect(withoutQuery(again.url)).not.toBe(withoutQuery(file.url));
    }
    // a customer of another organisation gets no document at all
    expect((await host.call('tickets', 'reportFile', { id }, tokens['c-1002'])).status).toBe(404);
  });
});

describe('a technician reassigned away loses the ticket’s files', () => {
  const TTL_SECONDS = 2;
  let short: Host;
  const shortTokens: Record<string, string> = {};

  beforeAll(async () => {
    short = await startHost({ env: { AFTERCARE_FILE_URL_TTL_SECONDS: String(TTL_SECONDS) } });
    await loginAll(short, shortTokens);
  }, 60_000);

  afterAll(async () => {
    await short?.stop();
  });

  test('t-2001 reads the photo while assigned; after the desk reassigns, no new link and the old one expires', async () => {
    const id = await ticketOfT2001(short, shortTokens);
    const assigned = (await short.ok('tickets', 'get', { id }, shortTokens['t-2001'])).ticket;
    const photoUrl: string = assigned.photos[0].url;
    expect((await short.raw(photoUrl)).status).toBe(200);

    await short.ok('tickets', 'assign', { id, technicianId: 't-2002' }, shortTokens['d-3001']);
    // the ticket is gone from t-2001's views: no view, so no new link
    expect((await short.call('tickets', 'get', { id }, shortTokens['t-2001'])).status).toBe(404);
    const listed = await short.ok('tickets', 'list', { limit: 100 }, shortTokens['t-2001']);
    expect(listed.items.map((t: { id: string }) => t.id)).not.toContain(id);
    // the new assignee gets a link of their own
    const now = (await short.ok('tickets', 'get', { id }, shortTokens['t-2002'])).ticket;
    expect((await short.raw(now.photos[0].url)).status).toBe(200);

    // the link t-2001 kept dies with its expiry, on the system clock (the dev clock is not involved)
    const exp = Number(new URL(photoUrl, short.url).searchParams.get('exp'));
    await new Promise((r) => setTimeout(r, Math.max(0, exp * 1000 - Date.now()) + 300));
    const expired = await short.raw(photoUrl);
    expect(expired.status).toBe(403);
    expect((await expired.json()).error.message).toMatch(/过期/);
  }, 30_000);

  test('moving the dev clock does not expire or extend a link', async () => {
    const { url } = (await uploadAs(short, shortTokens['c-1001']!, 'photo')).body.data.upload;
    await short.advanceClock(24 * 60);
    expect((await short.raw(url)).status).toBe(200);
  });
});
