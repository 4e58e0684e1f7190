// The local host is safe to expose: demo sign-in only in demo mode, rate limits per caller inside the service (and a
// coarse per-address flood guard on /api/*), security headers, a DNS-rebinding guard on the Host header, and the
// envelope as every reply — a malformed URL, an unknown route, a wrong method, a body over the limit.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { loginAll, PNG, requestIds, uploadAs } from './fixtures';
import { removeDir, startHost, type Host } from './harness';
import { rawRequest, type RawReply } from './raw-http';

let host: Host;
const tokens: Record<string, string> = {};
const crid = requestIds('it-safety');
const ALLOWED_HOSTS = 'aftercare.example.com, desk.example.com:8443';

beforeAll(async () => {
  host = await startHost({ env: { AFTERCARE_ALLOWED_HOSTS: ALLOWED_HOSTS } });
  await loginAll(host, tokens);
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

const port = () => new URL(host.url).port;

function expectEnvelope(reply: RawReply, status: number, code: string): void {
  expect([reply.status, reply.json?.error?.code]).toEqual([status, code]);
  expect(reply.headers['content-type']).toMatch(/^application\/json/);
  expect(reply.json).toMatchObject({ ok: false, error: { code, details: expect.any(Array) } });
  expect(reply.json.error.message).toMatch(/[\u4e00-\u9fa5]/);
}

/** Moves the dev clock to just after the start of a rate-limit window, so a burst cannot straddle two windows. */
async function startOfWindow(target: Host, windowMinutes: number): Promise<void> {
  const now = Date.parse(await target.advanceClock(0));
  const windowMs = windowMinutes * 60_000;
  const toNext = windowMs - (now % windowMs) + 1000;
  await target.advanceClock(toNext / 60_000);
}

const reportAs = (target: Host, token: string, serial = 'SN1002-A') =>
  target.call(
    'tickets',
    'report',
    { serial, severity: 'common', description: '读卡器无法读卡，提示 E-07', clientRequestId: crid() },
    token,
  );

describe('demo mode', () => {
  test('without demo mode there is no demo sign-in and no demo data', async () => {
    const real = await startHost({ demo: false });
    try {
      for (const [action, data] of [
        ['devLogin', { userId: 'c-1001' }],
        ['devLogin', { openid: 'oWx_real_use' }],
        ['demoUsers', {}],
      ] as const) {
        const reply = await real.call('auth', action, data);
        expect([action, reply.status]).toEqual([action, 403]);
        expect(reply.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        expect((reply.body as any).error.message).toMatch(/演示模式未开启/);
      }
    } finally {
      await real.stop();
    }
    const db = new Database(join(real.dataDir, 'aftercare.db'), { readonly: true });
    try {
      for (const table of ['users', 'customers', 'devices', 'stations']) {
        expect([table, (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n]).toEqual([
          table,
          0,
        ]);
      }
    } finally {
      db.close();
      removeDir(real.dataDir);
    }
  }, 60_000);

  test('in demo mode (npm start, the test hosts) the demo users sign in', async () => {
    const { items } = await host.ok('auth', 'demoUsers', {});
    expect(items.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining(['c-1001', 't-2001', 'a-4001']));
  });
});

describe('rate limits per caller, in the service', () => {
  test('the 6th wrong invitation code in 10 minutes → 429, even a right one; nothing changes; it resets after the window', async () => {
    const { code } = await host.ok(
      'auth',
      'invite',
      { role: 'customer', customerId: 'cust-1002', name: '赵敏' },
      tokens['a-4001'],
    );
    await startOfWindow(host, 10);
    const guesser = (await host.ok('auth', 'devLogin', { openid: 'oWx_guesser_01' })).token;
    for (const guess of ['AAAAAAAA', 'BBBBBBBB', 'CCCCCCCC', 'DDDDDDDD', 'EEEEEEEE']) {
      expect((await host.call('auth', 'bind', { code: guess }, guesser)).status).toBe(404);
    }
    for (const guess of ['FFFFFFFF', code]) {
      const limited = await host.call('auth', 'bind', { code: guess }, guesser);
      expect(limited.status).toBe(429);
      expect(limited.body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
      expect((limited.body as any).error.message).toMatch(/邀请码.*次数过多/);
    }
    expect((await host.ok('auth', 'me', {}, guesser)).user.bound).toBe(false);

    // another caller is not held back by this one's guesses
    const other = (await host.ok('auth', 'devLogin', { openid: 'oWx_guesser_02' })).token;
    expect((await host.call('auth', 'bind', { code: 'GGGGGGGG' }, other)).status).toBe(404);

    // the code was not used up by the refused attempt: after the window it binds
    await host.advanceClock(10);
    const { user } = await host.ok('auth', 'bind', { code }, guesser);
    expect(user).toMatchObject({ bound: true, customerId: 'cust-1002', name: '赵敏' });
  });

  test('a burst of reports beyond the limit: exactly 30 tickets, the rest 429 and stored nothing; the next window takes reports again', async () => {
    const count = async () => (await host.ok('tickets', 'list', { limit: 100 }, tokens['c-1002'])).items.length;
    const before = await count();
    await startOfWindow(host, 10);
    const replies = await Promise.all(Array.from({ length: 36 }, () => reportAs(host, tokens['c-1002']!)));
    expect(replies.filter((r) => r.status === 200)).toHaveLength(30);
    const limited = replies.filter((r) => r.status === 429);
    expect(limited).toHaveLength(6);
    expect((limited[0]!.body as any).error).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/报修/),
    });
    expect(await count()).toBe(before + 30);
    // one customer's limit is not another's
    expect((await reportAs(host, tokens['c-1001']!, 'SN1001-A')).status).toBe(200);

    await host.advanceClock(10);
    expect((await reportAs(host, tokens['c-1002']!)).status).toBe(200);
  });

  test('uploads beyond the limit → 429 in the envelope', async () => {
    await startOfWindow(host, 10);
    const replies = await Promise.all(
      Array.from({ length: 64 }, () => uploadAs(host, tokens['e-2901']!, 'signature', PNG, 'image/png')),
    );
    expect(replies.filter((r) => r.status === 200)).toHaveLength(60);
    const limited = replies.filter((r) => r.status === 429);
    expect(limited).toHaveLength(4);
    expect(limited[0]!.body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(limited[0]!.body.error.message).toMatch(/上传/);
  });

  test('demo sign-ins are limited per address', async () => {
    const logins = await startHost();
    try {
      await startOfWindow(logins, 10);
      const replies = [];
      for (let i = 0; i < 61; i++) replies.push(await logins.call('auth', 'devLogin', { userId: 'c-1001' }));
      expect(replies.filter((r) => r.status === 200)).toHaveLength(60);
      expect(replies[60]).toMatchObject({ status: 429, body: { ok: false, error: { code: 'RATE_LIMITED' } } });
      await logins.advanceClock(10);
      expect((await logins.call('auth', 'devLogin', { userId: 'c-1001' })).status).toBe(200);
    } finally {
      await logins.stop();
      removeDir(logins.dataDir);
    }
  }, 60_000);

  test('a flood from one address is cut off at 600 API requests a minute, with the envelope', async () => {
    const flooded = await startHost();
    try {
      const statuses: number[] = [];
      let last: Awaited<ReturnType<Host['call']>> | null = null;
      for (let round = 0; round < 31; round++) {
        const replies = await Promise.all(Array.from({ length: 20 }, () => flooded.call('auth', 'me', {})));
        for (const r of replies) statuses.push(r.status);
        last = replies[replies.length - 1]!;
      }
      expect(statuses.filter((s) => s === 401)).toHaveLength(600);
      expect(statuses.filter((s) => s === 429)).toHaveLength(20);
      expect(last).toMatchObject({ status: 429, body: { ok: false, error: { code: 'RATE_LIMITED' } } });
      expect((last!.body as any).error.message).toMatch(/请求过于频繁/);
      // the H5 app and the health check are not API calls
      expect((await flooded.raw('/healthz')).status).toBe(200);
    } finally {
      await flooded.stop();
      removeDir(flooded.dataDir);
    }
  }, 60_000);
});

describe('security headers', () => {
  test('the app’s pages carry the app’s CSP, nosniff, a referrer policy and no framing', async () => {
    for (const res of [await host.raw('/healthz'), await host.raw('/no-such-page')]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toMatch(/img-src 'self' blob: data:/);
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
  });

  test('API replies carry the strictest set: JSON is never a page', async () => {
    for (const res of [
      await host.raw('/api/auth', {
        method: 'POST',
        body: '{"action":"me"}',
        headers: { 'content-type': 'application/json' },
      }),
      await host.raw('/api/nope'),
    ]) {
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  test('a served document (fault report, evidence) runs no script: its own sandboxed CSP', async () => {
    const { url } = (await uploadAs(host, tokens['c-1001']!, 'photo')).body.data.upload;
    const res = await host.raw(url);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('sandbox');
  });
});

describe('DNS-rebinding guard: the host answers only its own names', () => {
  const healthz = (hostHeader: string) => rawRequest(host.url, { path: '/healthz', headers: { host: hostHeader } });

  test('loopback names on its port, and AFTERCARE_ALLOWED_HOSTS, are answered', async () => {
    for (const name of [
      `127.0.0.1:${port()}`,
      `localhost:${port()}`,
      `LOCALHOST:${port()}`,
      `[::1]:${port()}`,
      'aftercare.example.com',
      'aftercare.example.com:443',
      'desk.example.com:8443',
    ]) {
      expect([name, (await healthz(name)).status]).toEqual([name, 200]);
    }
  });

  test('any other Host, or none, gets 403 in the envelope', async () => {
    for (const name of [
      `evil.example:${port()}`,
      `aftercare.example.com.evil.example:${port()}`,
      'desk.example.com',
      `127.0.0.1:${Number(port()) + 1}`,
      `localhost.evil.example:${port()}`,
    ]) {
      const reply = await healthz(name);
      expectEnvelope(reply, 403, 'FORBIDDEN');
    }
    const api = await rawRequest(host.url, {
      method: 'POST',
      path: '/api/auth',
      headers: { host: `rebind.evil.example:${port()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'devLogin', data: { userId: 'a-4001' } }),
    });
    expectEnvelope(api, 403, 'FORBIDDEN');
    expect(api.text).not.toContain('token');
    expectEnvelope(await rawRequest(host.url, { path: '/healthz', setHost: false }), 403, 'FORBIDDEN');
  });
});

describe('every reply is the envelope', () => {
  test('a malformed URL', async () => {
    expectEnvelope(await rawRequest(host.url, { path: '/api/%c0%ae' }), 400, 'VALIDATION_FAILED');
    expectEnvelope(
      await rawRequest(host.url, {
        method: 'POST',
        path: '/api/tickets%c0%ae',
        headers: { 'content-type': 'application/json' },
        body: '{"action":"list"}',
      }),
      400,
      'VALIDATION_FAILED',
    );
  });

  test('an unknown route and a wrong method', async () => {
    expectEnvelope(await rawRequest(host.url, { path: '/api/nope' }), 400, 'VALIDATION_FAILED');
    expectEnvelope(
      await rawRequest(host.url, {
        method: 'POST',
        path: '/api/nope',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
      404,
      'NOT_FOUND',
    );
    expectEnvelope(await rawRequest(host.url, { path: '/no/such/page.js' }), 404, 'NOT_FOUND');
    expectEnvelope(await rawRequest(host.url, { method: 'DELETE', path: '/api/tickets' }), 400, 'VALIDATION_FAILED');
    expectEnvelope(await rawRequest(host.url, { method: 'PUT', path: '/healthz', body: '{}' }), 404, 'NOT_FOUND');
  });

  test('a body over the limit gets its 400 before the connection closes (with and without a content-length)', async () => {
    const json = { 'content-type': 'application/json' };
    const upload = { 'content-type': 'video/mp4', authorization: `Bearer ${tokens['c-1001']}` };
    for (const [path, headers, bytes] of [
      ['/api/tickets', json, 2 * 1024 * 1024],
      // far more than the sockets' buffers hold: the client is still sending when the answer is ready
      ['/api/tickets', json, 51 * 1024 * 1024],
      // the largest upload limit (a 50 MB video)
      ['/api/_upload?purpose=video', upload, 50 * 1024 * 1024 + 1024],
    ] as const) {
      const body = Buffer.alloc(bytes, 0x20);
      for (let attempt = 0; attempt < 3; attempt++) {
        // fetch, as any client would
        const res = await fetch(`${host.url}${path}`, { method: 'POST', headers, body }).catch((e: Error) => e);
        expect([path, bytes, res instanceof Response ? res.status : String((res as any).cause ?? res)]).toEqual([
          path,
          bytes,
          400,
        ]);
        expect(await (res as Response).json()).toMatchObject({
          ok: false,
          error: { code: 'VALIDATION_FAILED', message: '请求体过大' },
        });
      }
      expectEnvelope(await rawRequest(host.url, { method: 'POST', path, headers, body }), 400, 'VALIDATION_FAILED');
      const chunks = Array.from({ length: Math.ceil(bytes / (256 * 1024)) }, () => Buffer.alloc(256 * 1024, 0x20));
      const chunked = await rawRequest(host.url, { method: 'POST', path, headers, chunks });
      expectEnvelope(chunked, 400, 'VALIDATION_FAILED');
      expect(chunked.json.error.message).toBe('请求体过大');
    }
  }, 60_000);

  test('timer actions: no token → 401, a signed-in client → 403', async () => {
    for (const [fn, action] of [
      ['sla', 'run'],
      ['tickets', 'autoClose'],
    ] as const) {
      const anonymous = await host.call(fn, action, {});
      expect([fn, anonymous.status, anonymous.body]).toEqual([
        fn,
        401,
        expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
      ]);
      const customer = await host.call(fn, action, {}, tokens['c-1001']);
      expect([fn, customer.status, (customer.body as any).error?.code]).toEqual([fn, 403, 'FORBIDDEN']);
    }
  });
});
