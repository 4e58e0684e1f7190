// The host's life: demo data loaded once, kept across restarts; dev facilities off unless AFTERCARE_DEV_CLOCK=1.
import { removeDir, startHost, tempDataDir } from './harness';

test('a restart on the same data directory keeps what users changed and loads no demo data twice', async () => {
  const dataDir = tempDataDir();
  const hosts: Awaited<ReturnType<typeof startHost>>[] = [];
  try {
    const first = await startHost({ dataDir, devClock: false });
    hosts.push(first);
    expect(first.logs.join('')).toMatch(/demo data \+[1-9]\d* \(0 kept\)/);
    const admin = await first.login('a-4001');
    const { code } = await first.ok(
      'auth',
      'invite',
      { role: 'customer', customerId: 'cust-1001', name: '保留' },
      admin,
    );
    const token = (await first.ok('auth', 'devLogin', { openid: 'oWx_restart_user' })).token;
    await first.ok('auth', 'bind', { code }, token);
    await first.stop();

    const second = await startHost({ dataDir, devClock: false });
    hosts.push(second);
    expect(second.logs.join('')).toMatch(/demo data \+0 /);
    // The signing key lives in the data directory: a token from before the restart still works.
    expect((await second.ok('auth', 'me', {}, token)).user).toMatchObject({ bound: true, name: '保留' });
    await second.stop();
  } finally {
    for (const h of hosts) await h.stop();
    removeDir(dataDir);
  }
}, 90_000);

test('without AFTERCARE_DEV_CLOCK the dev facilities do not exist', async () => {
  const host = await startHost({ devClock: false });
  try {
    const res = await host.raw('/api/_dev/clock', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"advanceMinutes":60}',
    });
    expect(res.status).toBe(404);
  } finally {
    await host.stop();
    removeDir(host.dataDir);
  }
}, 60_000);
