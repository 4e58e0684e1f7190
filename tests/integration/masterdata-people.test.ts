// The people and the organisations, over HTTP: a new station in a new region with a new technician gets that
// region's tickets; an inactive technician is neither routed nor able to call; a new customer organisation, made from
// nothing by an admin, binds its first user with an invitation and sees only its own devices; invitations listed and
// revoked; staff and stations listed.
import { loginAll, requestIds } from './fixtures';
import { startHost, type Host } from './harness';

let host: Host;
const tokens: Record<string, string> = {};
const crid = requestIds('it-people');
const admin = () => tokens['a-4001']!;

beforeAll(async () => {
  host = await startHost({ devClock: true });
  await loginAll(host, tokens);
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

/** An admin makes a customer with a site, a primary contact and one device in a region. */
async function organisation(name: string, region: string, serial: string, contact: { name: string; phone: string }) {
  const { customer } = await host.ok(
    'customers',
    'save',
    { customer: { name, region, contract: { no: `HT-${serial}` } }, clientRequestId: crid() },
    admin(),
  );
  const { site } = await host.ok(
    'customers',
    'saveSite',
    { customerId: customer.id, site: { name: '总部', region, address: `${region}测试路 1 号` } },
    admin(),
  );
  const saved = await host.ok(
    'customers',
    'saveContact',
    { customerId: customer.id, contact: { ...contact, siteId: site.id, primary: true } },
    admin(),
  );
  await host.ok(
    'devices',
    'save',
    {
      device: { serial, customerId: customer.id, siteId: site.id, name: '自助终端', model: 'K8', productLine: 'kiosk' },
    },
    admin(),
  );
  return { customer, site, contact: saved.contact };
}

/** An unbound WeChat user redeems a code: their token, bound. */
async function bindWithCode(openid: string, code: string): Promise<string> {
  const { token } = await host.ok('auth', 'devLogin', { openid });
  await host.ok('auth', 'bind', { code }, token);
  return token;
}

describe('a new technician in a new region gets that region’s tickets', () => {
  let stationId: string;
  let techId: string;
  let orgToken: string;

  test('an admin opens a station in 广州市天河区 and a technician with the skill; they are listed', async () => {
    const { station } = await host.ok(
      'stations',
      'save',
      {
        station: {
          name: '广州天河服务站',
          region: '广州市天河区',
          address: '广州市天河区体育西路 101 号',
          phone: '020-38001234',
        },
        clientRequestId: crid(),
      },
      admin(),
    );
    stationId = station.id;
    const { user } = await host.ok(
      'staff',
      'save',
      {
        user: { name: '黄磊', role: 'technician', phone: '13700002101', stationId, skills: ['kiosk'], loadLimit: 3 },
        clientRequestId: crid(),
      },
      admin(),
    );
    techId = user.id;
    expect(user).toMatchObject({
      stationName: '广州天河服务站',
      loadLimit: 3,
      active: true,
      bound: false,
      openLoad: 0,
    });
    // the lead must work at the station
    const badLead = await host.call(
      'stations',
      'save',
      {
        station: {
          id: stationId,
          name: '广州天河服务站',
          region: '广州市天河区',
          address: '广州市天河区体育西路 101 号',
          phone: '020-38001234',
          leadId: 't-2001',
        },
        ifVersion: 1,
      },
      admin(),
    );
    expect(badLead.status).toBe(400);
    await host.ok(
      'stations',
      'save',
      {
        station: {
          id: stationId,
          name: '广州天河服务站',
          region: '广州市天河区',
          address: '广州市天河区体育西路 101 号',
          phone: '020-38001234',
          leadId: techId,
        },
        ifVersion: 1,
      },
      admin(),
    );
    const { items } = await host.ok('stations', 'list', {}, tokens['t-2001']);
    expect(items.find((s: any) => s.id === stationId)).toMatchObject({ leadName: '黄磊', members: 1 });
    const staff = await host.ok('staff', 'list', { stationId }, tokens['d-3001']);
    expect(staff.items.map((u: any) => u.name)).toEqual(['黄磊']);
    expect((await host.ok('staff', 'list', { q: '2101' }, tokens['d-3001'])).items.map((u: any) => u.id)).toEqual([
      techId,
    ]);
  });

  test('a customer in that region reports: the ticket is offered to the new technician, for the reason of the region', async () => {
    const org = await organisation('广州天河数码科技有限公司', '广州市天河区', 'GZ-TH-001', {
      name: '林峰',
      phone: '13622223333',
    });
    const { code } = await host.ok(
      'auth',
      'invite',
      { role: 'customer', customerId: org.customer.id, contactId: org.contact.id },
      admin(),
    );
    orgToken = await bindWithCode('oGzTianheContact01', code);
    const { ticket } = await host.ok(
      'tickets',
      'report',
      { serial: 'GZ-TH-001', severity: 'common', description: '终端无法联网，界面提示离线', clientRequestId: crid() },
      orgToken,
    );
    expect(ticket).toMatchObject({ status: 'assigned', assigneeId: techId });
    const techToken = await host.login(techId);
    const { ticket: seen } = await host.ok('tickets', 'get', { id: ticket.id }, techToken);
    expect(seen.routing.reasons[0]).toMatch(/^黄磊：同区域/);
    // the technicians of 浦东 are listed as excluded for the region
    const pd = seen.routing.candidates.find((c: any) => c.technicianId === 't-2001');
    expect(pd.excluded).toMatch(/区域不符/);
  });

  test('a technician covering 广州市天河区 beyond their station is a candidate there too', async () => {
    const { items } = await host.ok('staff', 'list', { q: '孙浩' }, admin());
    const sun = items[0];
    await host.ok(
      'staff',
      'save',
      {
        user: {
          id: sun.id,
          name: sun.name,
          role: 'technician',
          phone: sun.phone,
          stationId: sun.stationId,
          skills: sun.skills,
          regions: ['广州市天河区'],
        },
        ifVersion: sun.version,
      },
      admin(),
    );
    const { candidates } = await host.ok(
      'tickets',
      'candidates',
      { id: (await latestTicketOf(orgToken)).id },
      tokens['d-3001'],
    );
    const covered = candidates.find((c: any) => c.technicianId === sun.id);
    expect(covered.excluded).toBeUndefined();
    expect(covered.reasons).toContain('覆盖区域：广州市天河区');
  });

  test('an inactive technician is not routed, cannot sign in, and their token calls nothing', async () => {
    const techToken = await host.login(techId);
    const { items } = await host.ok('staff', 'list', { stationId }, admin());
    const huang = items[0];
    const off = await host.ok(
      'staff',
      'save',
      {
        user: {
          id: techId,
          name: huang.name,
          role: 'technician',
          phone: huang.phone,
          stationId,
          skills: ['kiosk'],
          loadLimit: 3,
          active: false,
        },
        ifVersion: huang.version,
      },
      admin(),
    );
    expect(off.user.active).toBe(false);
    const refused = await host.call('tickets', 'list', {}, techToken);
    expect(refused.status).toBe(403);
    expect((refused.body as any).error.message).toMatch(/账号已停用/);
    expect((await host.call('auth', 'me', {}, techToken)).status).toBe(403);
    expect((await host.call('auth', 'devLogin', { userId: techId })).status).toBe(403);
    const { ticket } = await host.ok(
      'tickets',
      'report',
      { serial: 'GZ-TH-001', severity: 'common', description: '第二次报修：打印机卡纸', clientRequestId: crid() },
      orgToken,
    );
    expect(ticket.assigneeId).not.toBe(techId);
    const { ticket: seen } = await host.ok('tickets', 'get', { id: ticket.id }, admin());
    expect(seen.routing.candidates.map((c: any) => c.technicianId)).not.toContain(techId);
    // kept with their history
    const history = await host.ok('changes', 'list', { kind: 'user', recordId: techId }, admin());
    expect(history.items[0].fields).toEqual([{ field: 'active', label: '状态', before: true, after: false }]);
    expect((await host.ok('staff', 'list', { stationId, active: false }, admin())).items.map((u: any) => u.id)).toEqual(
      [techId],
    );
  });

  test('the service keeps one active admin', async () => {
    const reply = await host.call(
      'staff',
      'save',
      { user: { id: 'a-4001', name: '郑凯', role: 'admin', phone: '13400004001', active: false }, ifVersion: 1 },
      admin(),
    );
    expect(reply.status).toBe(409);
    expect((reply.body as any).error.message).toMatch(/至少须保留一位在职的管理员/);
  });

  test('a technician needs a station, and only technicians have regions and a load limit (fields named)', async () => {
    const reply = await host.call(
      'staff',
      'save',
      { user: { name: '无站人员', role: 'technician', phone: '13700009999', skills: ['kiosk'] } },
      admin(),
    );
    expect(reply.status).toBe(400);
    expect((reply.body as any).error.details[0].path).toBe('user.stationId');
    const desk = await host.call(
      'staff',
      'save',
      { user: { name: '调度二', role: 'dispatcher', phone: '13500003002', loadLimit: 3 } },
      admin(),
    );
    expect((desk.body as any).error.details[0].path).toBe('user.loadLimit');
    expect((await host.call('staff', 'list', {}, tokens['t-2001'])).status).toBe(403);
  });
});

async function latestTicketOf(token: string) {
  return (await host.ok('tickets', 'list', { limit: 1 }, token)).items[0];
}

describe('a bound customer of a new organisation sees only its devices', () => {
  test('admin makes customer, site, contact and device; invites; an unbound WeChat user binds and sees its own', async () => {
    const org = await organisation('杭州西湖文旅发展有限公司', '杭州市西湖区', 'HZ-XH-001', {
      name: '沈佳',
      phone: '13733334444',
    });
    const { code, qr } = await host.ok(
      'auth',
      'invite',
      { role: 'customer', customerId: org.customer.id, contactId: org.contact.id },
      admin(),
    );
    expect(qr).toMatch(new RegExp(`/i/${code}$`));
    const { token } = await host.ok('auth', 'devLogin', { openid: 'oHzXihuContact0001' });
    // unbound: nothing but me and bind
    expect((await host.call('devices', 'list', {}, token)).status).toBe(403);
    const { user } = await host.ok('auth', 'bind', { code }, token);
    expect(user).toMatchObject({ role: 'customer', customerId: org.customer.id, name: '沈佳', phone: '13733334444' });
    const { items } = await host.ok('devices', 'list', {}, token);
    expect(items.map((d: any) => d.serial)).toEqual(['HZ-XH-001']);
    expect((await host.call('devices', 'get', { serial: 'SN1001-A' }, token)).status).toBe(404);
    expect((await host.ok('customers', 'get', { id: org.customer.id }, token)).customer.contacts[0]).toMatchObject({
      name: '沈佳',
      bound: true,
    });
    expect((await host.call('customers', 'get', { id: 'cust-1001' }, token)).status).toBe(404);
    // the contact leaves: their app account stops with them
    const { customer } = await host.ok('customers', 'get', { id: org.customer.id }, admin());
    const c = customer.contacts[0];
    await host.ok(
      'customers',
      'saveContact',
      {
        customerId: org.customer.id,
        contact: { id: c.id, name: c.name, phone: c.phone, siteId: c.siteId, active: false },
        ifVersion: c.version,
      },
      admin(),
    );
    expect((await host.call('devices', 'list', {}, token)).status).toBe(403);
  });
});

describe('invitations issued from the desk', () => {
  test('listed with their state and QR; an unused one is revoked and can no longer bind; a used one cannot be', async () => {
    const unused = await host.ok('auth', 'invite', { role: 'technician', name: '新工程师' }, admin());
    const used = await host.ok('auth', 'invite', { role: 'customer', customerId: 'cust-1002', name: '李四' }, admin());
    await bindWithCode('oUsedCodeUser00001', used.code);
    const list = async (status?: string) =>
      (await host.ok('auth', 'invitations', status ? { status } : {}, admin())).items as any[];
    const all = await list();
    expect(all.find((i) => i.code === used.code)).toMatchObject({
      status: 'used',
      usedByName: '李四',
      customerName: '北京华北物流有限公司',
    });
    expect(all.find((i) => i.code === unused.code)).toMatchObject({
      status: 'unused',
      createdByName: '郑凯',
      qr: unused.qr,
    });
    expect((await list('unused')).map((i) => i.code)).toContain(unused.code);
    expect((await list('unused')).map((i) => i.code)).not.toContain(used.code);
    const revoked = await host.ok('auth', 'revokeInvitation', { code: unused.code }, admin());
    expect(revoked.invitation).toMatchObject({ status: 'revoked', statusLabel: '已作废' });
    const { token } = await host.ok('auth', 'devLogin', { openid: 'oRevokedCodeUser01' });
    const bind = await host.call('auth', 'bind', { code: unused.code }, token);
    expect(bind.status).toBe(409);
    expect((bind.body as any).error.message).toMatch(/已作废/);
    expect((await host.call('auth', 'revokeInvitation', { code: used.code }, admin())).status).toBe(409);
    expect((await list('revoked')).map((i) => i.code)).toEqual([unused.code]);
    expect((await host.call('auth', 'invitations', {}, tokens['d-3001'])).status).toBe(403);
  });

  test('codes expire: listed as expired after their days', async () => {
    const short = await host.ok('auth', 'invite', { role: 'technician', name: '过期测试', validDays: 1 }, admin());
    await host.advanceClock(24 * 60 + 1);
    const expired = (await host.ok('auth', 'invitations', { status: 'expired' }, admin())).items as any[];
    expect(expired.map((i) => i.code)).toContain(short.code);
  });
});
