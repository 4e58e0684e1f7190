// The first run of a new deployment, on a host without demo data (AFTERCARE_DEMO_DATA=0; demo sign-in stands in for WeChat): the first admin is made by
// auth.bootstrap — once, by an unbound WeChat user, the winner of a race — and builds the rest from the desk.
import { startHost, type Host } from './harness';

let host: Host;
/** the winner's token (the first admin) */
let adminToken: string;

beforeAll(async () => {
  host = await startHost({ devClock: true, env: { AFTERCARE_DEMO_DATA: '0' } });
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

const wechat = async (openid: string) => (await host.ok('auth', 'devLogin', { openid })).token as string;

test('with no admin, two WeChat users race to bootstrap: exactly one becomes the admin', async () => {
  expect((await host.ok('auth', 'demoUsers', {})).items).toEqual([]);
  const [a, b] = await Promise.all([wechat('oFirstAdminCandA1'), wechat('oFirstAdminCandB1')]);
  const replies = await Promise.all([
    host.call('auth', 'bootstrap', { name: '首位管理员', phone: '13400000001' }, a),
    host.call('auth', 'bootstrap', { name: '另一位', phone: '13400000002' }, b),
  ]);
  expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
  const winner = replies[0]!.status === 200 ? a : b;
  const loser = winner === a ? b : a;
  adminToken = winner;
  const { user } = await host.ok('auth', 'me', {}, winner);
  expect(user).toMatchObject({ role: 'admin', bound: true });
  // the loser stays unbound, and may still be invited
  expect((await host.ok('auth', 'me', {}, loser)).user.bound).toBe(false);
});

test('once there is an admin, bootstrap is refused to everyone, and the admin works the desk', async () => {
  const late = await wechat('oLateComer0000001');
  const reply = await host.call('auth', 'bootstrap', { name: '迟到者', phone: '13400000003' }, late);
  expect(reply.status).toBe(409);
  expect((reply.body as any).error.message).toMatch(/已有管理员/);
  const admin = adminToken;
  const { station } = await host.ok(
    'stations',
    'save',
    {
      station: {
        name: '上海浦东服务站',
        region: '上海市浦东新区',
        address: '上海市浦东新区张江路 88 号',
        phone: '021-50001234',
      },
    },
    admin,
  );
  expect(station.region).toBe('上海市浦东新区');
  expect((await host.call('auth', 'bootstrap', { name: '再来', phone: '13400000004' }, admin)).status).toBe(409);
});

test('bad input to bootstrap names the field and binds nobody', async () => {
  const someone = await wechat('oBadInputUser0001');
  const reply = await host.call('auth', 'bootstrap', { name: '', phone: '12' }, someone);
  expect(reply.status).toBe(400);
  expect((reply.body as any).error.details.map((d: any) => d.path)).toEqual(['name', 'phone']);
  expect((await host.ok('auth', 'me', {}, someone)).user.bound).toBe(false);
});
