// The foundation over HTTP: the envelope and its error codes, sign-in, binding by invitation, devices and warranty.
import { startHost, type Host } from './harness';

let host: Host;
let c1001: string;

beforeAll(async () => {
  host = await startHost();
  c1001 = await host.login('c-1001');
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

describe('the envelope and its error codes', () => {
  test('GET /healthz answers 200 once ready', async () => {
    const res = await host.raw('/healthz');
    expect(res.status).toBe(200);
  });

  test('no token → 401 UNAUTHENTICATED', async () => {
    const reply = await host.call('devices', 'list', {});
    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  test('a forged or garbled token → 401', async () => {
    const reply = await host.call('devices', 'list', {}, `${c1001.slice(0, -3)}abc`);
    expect(reply.status).toBe(401);
    expect((await host.call('devices', 'list', {}, 'not-a-token')).status).toBe(401);
  });

  test('malformed JSON → 400 VALIDATION_FAILED, and the host keeps serving', async () => {
    const res = await host.raw('/api/devices', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"action":',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect((await host.raw('/healthz')).status).toBe(200);
  });

  test('a body that is not JSON at all → 400', async () => {
    const res = await host.raw('/api/devices', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(res.status).toBe(400);
  });

  test('an unknown action → 400 VALIDATION_FAILED', async () => {
    const reply = await host.call('devices', 'explode', {}, c1001);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  test('an inherited property name is not an action', async () => {
    const reply = await host.call('devices', 'constructor', {}, c1001);
    expect(reply.status).toBe(400);
  });

  test('an unknown function → 404 NOT_FOUND', async () => {
    expect((await host.call('nope', 'list', {}, c1001)).status).toBe(404);
  });

  test('a wrong field type → 400 with a Chinese message naming the field', async () => {
    const reply = await host.call('devices', 'warranty', { serial: 42 }, c1001);
    expect(reply.status).toBe(400);
    if (reply.body.ok) throw new Error('expected an error');
    expect(reply.body.error.message).toMatch(/^serial：/);
    expect(reply.body.error.details).toEqual([{ path: 'serial', message: expect.any(String) }]);
  });

  test('an unknown field → 400', async () => {
    expect((await host.call('devices', 'list', { owner: 'cust-1002' }, c1001)).status).toBe(400);
  });
});

describe('sign-in and roles', () => {
  test('auth.me tells who I am, with my organisation', async () => {
    const { user } = await host.ok('auth', 'me', {}, c1001);
    expect(user).toMatchObject({
      id: 'c-1001',
      role: 'customer',
      bound: true,
      customerId: 'cust-1001',
      customerName: expect.stringContaining('申程'),
    });
  });

  test('every demo user of API.md can sign in with the documented role', async () => {
    const expected: Record<string, string> = {
      'c-1001': 'customer',
      'c-1002': 'customer',
      't-2001': 'technician',
      't-2002': 'technician',
      't-2003': 'technician',
      'e-2901': 'expert',
      'd-3001': 'dispatcher',
      'a-4001': 'admin',
    };
    for (const [id, role] of Object.entries(expected)) {
      const { user } = await host.ok('auth', 'devLogin', { userId: id });
      expect(user.role).toBe(role);
    }
  });

  test("t-2001 and t-2002 share a station and region with c-1001's site; t-2003 does not", async () => {
    const me = async (id: string) => (await host.ok('auth', 'me', {}, await host.login(id))).user;
    const [t1, t2, t3] = [await me('t-2001'), await me('t-2002'), await me('t-2003')];
    expect(t1.stationId).toBe(t2.stationId);
    expect(t3.stationId).not.toBe(t1.stationId);
  });

  test('signing in as an unknown user → 404', async () => {
    expect((await host.call('auth', 'devLogin', { userId: 'x-9999' })).status).toBe(404);
  });

  test('a customer cannot issue invitations', async () => {
    expect((await host.call('auth', 'invite', { role: 'customer', customerId: 'cust-1001' }, c1001)).status).toBe(403);
  });
});

describe('binding a new WeChat user with an invitation code', () => {
  test('an unbound user can do nothing but auth.me and auth.bind; a code binds it once', async () => {
    const admin = await host.login('a-4001');
    const stranger = (await host.ok('auth', 'devLogin', { openid: 'oWx_new_user_0001' })).token;
    expect((await host.ok('auth', 'me', {}, stranger)).user).toMatchObject({ bound: false, role: null });
    const blocked = await host.call('devices', 'list', {}, stranger);
    expect(blocked.status).toBe(403);

    const { code } = await host.ok(
      'auth',
      'invite',
      { role: 'customer', customerId: 'cust-1002', name: '刘洋' },
      admin,
    );
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    const { user } = await host.ok('auth', 'bind', { code: code.toLowerCase() }, stranger);
    expect(user).toMatchObject({ bound: true, role: 'customer', customerId: 'cust-1002', name: '刘洋' });

    const devices = await host.ok('devices', 'list', {}, stranger);
    expect(devices.items.map((d: { serial: string }) => d.serial).sort()).toEqual(['SN1002-A', 'SN1002-B']);

    const other = (await host.ok('auth', 'devLogin', { openid: 'oWx_new_user_0002' })).token;
    const reuse = await host.call('auth', 'bind', { code }, other);
    expect(reuse.status).toBe(409);
    expect((await host.ok('auth', 'me', {}, other)).user.bound).toBe(false);
  });

  test('a staff invitation binds to the existing staff record', async () => {
    const admin = await host.login('a-4001');
    const { code } = await host.ok('auth', 'invite', { role: 'technician', userId: 't-2003' }, admin);
    const wx = (await host.ok('auth', 'devLogin', { openid: 'oWx_tech_2003' })).token;
    const { user } = await host.ok('auth', 'bind', { code }, wx);
    expect(user).toMatchObject({ id: 't-2003', role: 'technician', bound: true });
    const again = (await host.ok('auth', 'devLogin', { openid: 'oWx_tech_2003' })).user;
    expect(again.id).toBe('t-2003');
  });

  test('an expired code is refused and changes nothing', async () => {
    const admin = await host.login('a-4001');
    const { code } = await host.ok(
      'auth',
      'invite',
      { role: 'customer', customerId: 'cust-1001', validDays: 1, name: '过期' },
      admin,
    );
    await host.advanceClock(24 * 60 + 1);
    const wx = (await host.ok('auth', 'devLogin', { openid: 'oWx_late_user' })).token;
    expect((await host.call('auth', 'bind', { code }, wx)).status).toBe(409);
    expect((await host.ok('auth', 'me', {}, wx)).user.bound).toBe(false);
  });

  test('a malformed code → 400; an unknown one → 404', async () => {
    const wx = (await host.ok('auth', 'devLogin', { openid: 'oWx_guess_user' })).token;
    expect((await host.call('auth', 'bind', { code: '12' }, wx)).status).toBe(400);
    expect((await host.call('auth', 'bind', { code: 'ZZZZZZZZ' }, wx)).status).toBe(404);
  });
});

describe('devices and warranty', () => {
  test('a customer sees only its own devices, each with a warranty badge', async () => {
    const { items } = await host.ok('devices', 'list', {}, c1001);
    const bySerial = Object.fromEntries(items.map((d: any) => [d.serial, d]));
    expect(Object.keys(bySerial).sort()).toEqual(['SN1001-A', 'SN1001-B', 'SN1001-C']);
    expect(bySerial['SN1001-A'].warranty).toMatchObject({ inWarranty: true, label: '在保', billable: false });
    expect(bySerial['SN1001-B'].warranty).toMatchObject({ inWarranty: false, label: '已过保', billable: true });
    expect(bySerial['SN1001-C'].warranty).toMatchObject({ inWarranty: false, status: 'not-accepted', label: '未验收' });
    // the last covered instant: the end of the last covered day (docs/decisions.md)
    expect(bySerial['SN1001-A'].warranty.warrantyEndsAt).toBe(
      `${bySerial['SN1001-A'].warranty.lastDay}T23:59:59+08:00`,
    );
  });

  test('staff see every device', async () => {
    const { items } = await host.ok('devices', 'list', {}, await host.login('d-3001'));
    expect(items.map((d: any) => d.serial)).toEqual(expect.arrayContaining(['SN1001-A', 'SN1001-B', 'SN1002-A']));
  });

  test('devices.warranty for my own device: in warranty with days left', async () => {
    const w = await host.ok('devices', 'warranty', { serial: 'sn1001-a' }, c1001);
    expect(w).toMatchObject({ serial: 'SN1001-A', inWarranty: true });
    expect(w.daysLeft).toBeGreaterThan(200);
    expect(w.daysLeft).toBeLessThan(300);
  });

  test("devices.warranty for another customer's device → 404, nothing leaked", async () => {
    const reply = await host.call('devices', 'warranty', { serial: 'SN1002-A' }, c1001);
    expect(reply.status).toBe(404);
    expect(JSON.stringify(reply.body)).not.toMatch(/cust-1002|华北|acceptedAt|inWarranty/);
    const unknown = await host.call('devices', 'warranty', { serial: 'SN9999-Z' }, c1001);
    expect(unknown.body).toEqual(reply.body);
  });
});

describe('the dev clock and timers', () => {
  test('the clock reads and moves forward', async () => {
    const res = await host.raw('/api/_dev/clock', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const before = Date.parse(((await res.json()) as any).data.now);
    const after = Date.parse(await host.advanceClock(90));
    expect(after - before).toBeGreaterThanOrEqual(90 * 60_000);
  });

  test('triggering a function without timers → 404', async () => {
    const res = await host.raw('/api/_dev/trigger', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"function":"devices"}',
    });
    expect(res.status).toBe(404);
  });
});

describe('the request log', () => {
  test('one structured line per request: function, action, role, status, milliseconds', async () => {
    await host.call('devices', 'list', {}, c1001);
    await new Promise((r) => setTimeout(r, 100));
    const line = host.logs
      .join('')
      .split('\n')
      .filter((l) => l.includes('"msg":"request"') && l.includes('"role":"customer"'))
      .pop();
    expect(JSON.parse(line!)).toMatchObject({
      fn: 'devices',
      action: 'list',
      role: 'customer',
      status: 200,
      ms: expect.any(Number),
    });
  });
});
