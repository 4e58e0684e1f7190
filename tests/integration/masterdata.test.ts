// Master data over HTTP: customers with sites, contacts and contract; edit history; stale edits and duplicate
// serials refused with nothing changed; device records, acceptance and the warranty it starts; a device's history,
// page and QR labels; the list filters and pages.
import { PNG, loginAll, requestIds, uploadAs } from './fixtures';

/** A signature's bytes: not the photo's (one upload record per user and file). */
const SIGNATURE = Buffer.concat([PNG, Buffer.from('signature')]);
import { startHost, type Host } from './harness';

let host: Host;
const tokens: Record<string, string> = {};
const crid = requestIds('it-md');
const admin = () => tokens['a-4001']!;

beforeAll(async () => {
  host = await startHost({ devClock: true });
  await loginAll(host, tokens);
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

const CONTRACT = {
  no: 'HT-2026-0901',
  warrantyMonths: 24,
  sla: { respondCommonMinutes: 90 },
  serviceHours: '7x24' as const,
};

async function newCustomer(name: string, region = '上海市闵行区') {
  const { customer } = await host.ok(
    'customers',
    'save',
    { customer: { name, region, contract: CONTRACT }, clientRequestId: crid() },
    admin(),
  );
  return customer;
}

describe('customers: record, sites, contacts, contract', () => {
  let id: string;
  let siteId: string;

  test('an admin creates a customer; the same request sent twice makes one', async () => {
    const request = {
      customer: { name: '上海闵行精密制造有限公司', region: '上海市 闵行区', contract: CONTRACT },
      clientRequestId: crid(),
    };
    const first = (await host.ok('customers', 'save', request, admin())).customer;
    const again = (await host.ok('customers', 'save', request, admin())).customer;
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ name: '上海闵行精密制造有限公司', region: '上海市闵行区', active: true, version: 1 });
    expect(first.contract).toMatchObject({
      no: 'HT-2026-0901',
      warrantyMonths: 24,
      sla: { respondCommonMinutes: 90 },
      serviceHours: '7x24',
      effective: { respondCommonMinutes: 90, respondMajorMinutes: 30, warrantyMonths: 24 },
    });
    id = first.id;
  });

  test('a site and a primary contact: the customer repeats its address and contact', async () => {
    const site = await host.ok(
      'customers',
      'saveSite',
      {
        customerId: id,
        site: { name: '一号厂房', region: '上海市闵行区', address: '上海市闵行区莘庄工业区春东路 88 号' },
      },
      admin(),
    );
    siteId = site.site.id;
    expect(site.customer.address).toBe('上海市闵行区莘庄工业区春东路 88 号');
    const c1 = await host.ok(
      'customers',
      'saveContact',
      { customerId: id, contact: { name: '周敏', phone: '13811112222', siteId } },
      admin(),
    );
    // the first contact is primary of itself
    expect(c1.contact).toMatchObject({ primary: true, siteName: '一号厂房' });
    expect(c1.customer).toMatchObject({ contactName: '周敏', contactPhone: '13811112222' });
    const c2 = await host.ok(
      'customers',
      'saveContact',
      { customerId: id, contact: { name: '吴刚', phone: '021-64001234', primary: true, jobTitle: '设备科长' } },
      admin(),
    );
    expect(c2.customer).toMatchObject({ contactName: '吴刚', contactPhone: '021-64001234' });
    const { customer } = await host.ok('customers', 'get', { id }, admin());
    expect(customer.contacts.map((c: any) => [c.name, c.primary])).toEqual([
      ['吴刚', true],
      ['周敏', false],
    ]);
    expect(customer.sites.map((s: any) => s.name)).toEqual(['一号厂房']);
  });

  test('the primary contact cannot just stop being primary while another contact exists', async () => {
    const { customer } = await host.ok('customers', 'get', { id }, admin());
    const primary = customer.contacts[0];
    const reply = await host.call(
      'customers',
      'saveContact',
      {
        customerId: id,
        contact: { id: primary.id, name: primary.name, phone: primary.phone, primary: false },
        ifVersion: primary.version,
      },
      admin(),
    );
    expect(reply.status).toBe(409);
    expect((reply.body as any).error.details[0].path).toBe('contact.primary');
  });

  test('customers.list finds it by a piece of its name, a contact phone tail, a contact name, and by region', async () => {
    const ids = async (data: object) =>
      ((await host.ok('customers', 'list', data, tokens['d-3001'])).items as any[]).map((c) => c.id);
    expect(await ids({ q: '闵行精密' })).toEqual([id]);
    expect(await ids({ q: '2222' })).toEqual([id]);
    expect(await ids({ q: '1381111' })).toEqual([id]);
    expect(await ids({ q: '吴刚' })).toEqual([id]);
    expect(await ids({ region: '上海市闵行区' })).toEqual([id]);
    expect(await ids({ q: '闵行精密', active: false })).toEqual([]);
    expect(await ids({ q: '不存在的公司' })).toEqual([]);
  });

  test('a whole device serial finds its customer', async () => {
    const { items } = await host.ok('customers', 'list', { q: 'sn1002-b' }, tokens['t-2001']);
    expect(items.map((c: any) => c.id)).toEqual(['cust-1002']);
  });

  test('the list pages: limit and nextCursor walk every customer once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await host.ok('customers', 'list', { limit: 1, ...(cursor ? { cursor } : {}) }, admin());
      seen.push(...page.items.map((c: any) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(['cust-1001', 'cust-1002', id]));
    const bad = await host.call('customers', 'list', { cursor: 'not-a-cursor' }, admin());
    expect(bad.status).toBe(400);
  });

  test('a stale edit is CONFLICT and changes nothing; a current one is kept in the history field by field', async () => {
    const { customer: before } = await host.ok('customers', 'get', { id }, admin());
    const edit = (name: string, ifVersion: number) =>
      host.call(
        'customers',
        'save',
        { customer: { id, name, region: before.region, contract: CONTRACT }, ifVersion },
        admin(),
      );
    const ok = await edit('上海闵行精密制造股份有限公司', before.version);
    expect(ok.status).toBe(200);
    const stale = await edit('被覆盖的名称', before.version);
    expect(stale.status).toBe(409);
    expect((stale.body as any).error.details[0].path).toBe('ifVersion');
    const { customer: after } = await host.ok('customers', 'get', { id }, admin());
    expect(after.name).toBe('上海闵行精密制造股份有限公司');
    expect(after.version).toBe(before.version + 1);
    const { items } = await host.ok('changes', 'list', { kind: 'customer', recordId: id }, admin());
    expect(items[0]).toMatchObject({
      kind: 'customer',
      action: 'update',
      byName: '郑凯',
      fields: [
        { field: 'name', label: '名称', before: '上海闵行精密制造有限公司', after: '上海闵行精密制造股份有限公司' },
      ],
    });
    // the customer's history has its sites and contacts too, and the creation at the end
    expect(items.map((c: any) => c.kind)).toEqual(expect.arrayContaining(['site', 'contact', 'customer']));
    expect(items.at(-1)).toMatchObject({ kind: 'customer', action: 'create' });
    expect(items.filter((c: any) => c.fields.some((f: any) => f.after === '被覆盖的名称'))).toEqual([]);
  });

  test('bad input names the field; nothing is stored', async () => {
    const reply = await host.call(
      'customers',
      'save',
      {
        customer: {
          name: '好',
          region: '上海市闵行区',
          contract: { no: '', serviceHours: { days: [1, 9], from: '18:00', to: '09:00' } },
        },
      },
      admin(),
    );
    expect(reply.status).toBe(400);
    const paths = (reply.body as any).error.details.map((d: any) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['customer.name', 'customer.contract.no']));
    const { items } = await host.ok('customers', 'list', { q: '好' }, admin());
    expect(items.filter((c: any) => c.name === '好')).toEqual([]);
  });

  test('who may: a technician lists but cannot save; a customer reads its own record only', async () => {
    expect(
      (
        await host.call(
          'customers',
          'save',
          { customer: { name: '某公司', region: '上海市', contract: CONTRACT } },
          tokens['t-2001'],
        )
      ).status,
    ).toBe(403);
    expect((await host.call('customers', 'list', {}, tokens['c-1001'])).status).toBe(403);
    expect((await host.ok('customers', 'get', { id: 'cust-1001' }, tokens['c-1001'])).customer.name).toBe(
      '上海申程智能科技有限公司',
    );
    expect((await host.call('customers', 'get', { id: 'cust-1002' }, tokens['c-1001'])).status).toBe(404);
    expect((await host.call('changes', 'list', { kind: 'customer', recordId: id }, tokens['c-1001'])).status).toBe(403);
  });

  test('a contract ended (active: false) takes no new reports; the record and its devices stay', async () => {
    const c = await newCustomer('上海停用测试有限公司');
    await host.ok(
      'devices',
      'save',
      { device: { serial: 'SN-STOP-01', customerId: c.id, name: '测试终端', model: 'K8', productLine: 'kiosk' } },
      admin(),
    );
    await host.ok(
      'customers',
      'save',
      {
        customer: { id: c.id, name: c.name, region: c.region, contract: CONTRACT, active: false },
        ifVersion: c.version,
      },
      admin(),
    );
    const reply = await host.call(
      'tickets',
      'reportFor',
      {
        customerId: c.id,
        serial: 'SN-STOP-01',
        severity: 'common',
        description: '客户来电：无法开机',
        channel: 'phone',
        callerName: '张三',
        callerPhone: '13900009999',
        clientRequestId: crid(),
      },
      tokens['d-3001'],
    );
    expect(reply.status).toBe(409);
    expect((reply.body as any).error.message).toMatch(/已停用/);
    expect((await host.ok('devices', 'list', { customerId: c.id }, admin())).items).toHaveLength(1);
  });
});

describe('devices: records, duplicate serials, filters', () => {
  let customer: any;
  let siteId: string;

  beforeAll(async () => {
    customer = await newCustomer('上海松江电子有限公司', '上海市松江区');
    siteId = (
      await host.ok(
        'customers',
        'saveSite',
        {
          customerId: customer.id,
          site: { name: '松江工厂', region: '上海市松江区', address: '上海市松江区新桥镇民益路 1 号' },
        },
        admin(),
      )
    ).site.id;
  });

  test('an admin registers a device at a site: it takes the site’s address and region', async () => {
    const { device } = await host.ok(
      'devices',
      'save',
      {
        device: {
          serial: 'sj2026-a',
          customerId: customer.id,
          siteId,
          name: '车间自助终端',
          model: 'K8 Pro',
          productLine: 'kiosk',
        },
        clientRequestId: crid(),
      },
      admin(),
    );
    expect(device).toMatchObject({
      serial: 'SJ2026-A',
      siteId,
      siteName: '松江工厂',
      siteAddress: '上海市松江区新桥镇民益路 1 号',
      region: '上海市松江区',
      customerName: '上海松江电子有限公司',
      acceptedAt: null,
      warranty: { status: 'not-accepted' },
      active: true,
    });
  });

  test('a serial already registered is CONFLICT naming the serial, in words; nothing changed', async () => {
    const reply = await host.call(
      'devices',
      'save',
      { device: { serial: 'SN1001-A', customerId: customer.id, name: '冒名设备', model: 'X', productLine: 'kiosk' } },
      admin(),
    );
    expect(reply.status).toBe(409);
    const error = (reply.body as any).error;
    expect(error.details).toEqual([{ path: 'device.serial', message: '序列号已登记' }]);
    expect(error.message).toMatch(/SN1001-A 已登记（客户：上海申程智能科技有限公司）/);
    const { device } = await host.ok('devices', 'get', { serial: 'SN1001-A' }, admin());
    expect(device).toMatchObject({ customerId: 'cust-1001', name: '大厅自助服务终端' });
  });

  test('a site of another customer is refused with the field; an edit needs the current version', async () => {
    const bad = await host.call(
      'devices',
      'save',
      {
        device: {
          serial: 'SJ2026-B',
          customerId: customer.id,
          siteId: 'site-1001-hall',
          name: '终端',
          model: 'K8',
          productLine: 'kiosk',
        },
      },
      admin(),
    );
    expect(bad.status).toBe(400);
    expect((bad.body as any).error.details[0].path).toBe('device.siteId');
    const { device } = await host.ok('devices', 'get', { serial: 'SJ2026-A' }, admin());
    const edit = (name: string, ifVersion: number) =>
      host.call(
        'devices',
        'save',
        {
          device: { serial: 'SJ2026-A', customerId: customer.id, siteId, name, model: 'K8 Pro', productLine: 'kiosk' },
          ifVersion,
        },
        admin(),
      );
    expect((await edit('车间自助终端（东）', device.version)).status).toBe(200);
    expect((await edit('旧版本的修改', device.version)).status).toBe(409);
    expect((await host.ok('devices', 'get', { serial: 'SJ2026-A' }, admin())).device.name).toBe('车间自助终端（东）');
    const { items } = await host.ok('changes', 'list', { kind: 'device', recordId: 'SJ2026-A' }, admin());
    expect(items[0].fields).toEqual([
      { field: 'name', label: '名称', before: '车间自助终端', after: '车间自助终端（东）' },
    ]);
  });

  test("a site's new address and region move its devices with it (their tickets go there)", async () => {
    const { customer: c } = await host.ok('customers', 'get', { id: customer.id }, admin());
    const site = c.sites.find((x: any) => x.id === siteId);
    await host.ok(
      'customers',
      'saveSite',
      {
        customerId: customer.id,
        site: { id: siteId, name: site.name, region: '上海市青浦区', address: '上海市青浦区华新镇华志路 8 号' },
        ifVersion: site.version,
      },
      admin(),
    );
    const { device } = await host.ok('devices', 'get', { serial: 'SJ2026-A' }, admin());
    expect(device).toMatchObject({ region: '上海市青浦区', siteAddress: '上海市青浦区华新镇华志路 8 号' });
  });

  test('a retired device (active: false) takes no new report; it stays listed as retired', async () => {
    await host.ok(
      'devices',
      'save',
      { device: { serial: 'SJ-RETIRE', customerId: 'cust-1001', name: '旧终端', model: 'K5', productLine: 'kiosk' } },
      admin(),
    );
    const { device } = await host.ok('devices', 'get', { serial: 'SJ-RETIRE' }, admin());
    await host.ok(
      'devices',
      'save',
      {
        device: {
          serial: 'SJ-RETIRE',
          customerId: 'cust-1001',
          name: '旧终端',
          model: 'K5',
          productLine: 'kiosk',
          active: false,
        },
        ifVersion: device.version,
      },
      admin(),
    );
    const reply = await host.call(
      'tickets',
      'report',
      { serial: 'SJ-RETIRE', severity: 'common', description: '旧终端无法开机', clientRequestId: crid() },
      tokens['c-1001'],
    );
    expect(reply.status).toBe(409);
    expect((reply.body as any).error.message).toMatch(/该设备已停用/);
    const retired = await host.ok('devices', 'list', { customerId: 'cust-1001', active: false }, admin());
    expect(retired.items.map((d: any) => d.serial)).toEqual(['SJ-RETIRE']);
  });

  test('devices.list keeps its contract for {} and filters, searches and pages on request', async () => {
    const all = await host.ok('devices', 'list', {}, admin());
    expect(all.nextCursor).toBeUndefined();
    expect(all.items.length).toBeGreaterThanOrEqual(6);
    const serials = async (data: object, as = admin()) =>
      ((await host.ok('devices', 'list', data, as)).items as any[]).map((d) => d.serial);
    expect(await serials({ q: '2026-a' })).toEqual(['SJ2026-A']);
    expect(await serials({ q: 'k8 pro' })).toEqual(expect.arrayContaining(['SN1001-A', 'SJ2026-A']));
    expect(await serials({ customerId: 'cust-1001', active: true })).toEqual(['SN1001-A', 'SN1001-B', 'SN1001-C']);
    expect(await serials({ siteId: 'site-1001-room' })).toEqual(['SN1001-C']);
    expect(await serials({ customerId: 'cust-1001', warranty: 'out' })).toEqual(['SN1001-B']);
    expect(await serials({ customerId: 'cust-1001', warranty: 'in' })).toEqual(['SN1001-A']);
    expect(await serials({ customerId: 'cust-1002', warranty: 'expiring' })).toEqual(['SN1002-B']);
    expect(await serials({ customerId: 'cust-1001', warranty: 'not-accepted', active: true })).toEqual(['SN1001-C']);
    // a customer sees only its own, whatever it asks for
    expect(await serials({ active: true }, tokens['c-1001'])).toEqual(['SN1001-A', 'SN1001-B', 'SN1001-C']);
    expect(await serials({ customerId: 'cust-1002' }, tokens['c-1001'])).toEqual([]);
    const first = await host.ok('devices', 'list', { limit: 2 }, admin());
    expect(first.items).toHaveLength(2);
    expect(typeof first.nextCursor).toBe('string');
    const second = await host.ok('devices', 'list', { limit: 2, cursor: first.nextCursor }, admin());
    expect(second.items[0].serial > first.items[1].serial).toBe(true);
  });
});

describe('acceptance starts the warranty', () => {
  let customer: any;
  let photo: string;
  let signature: string;

  beforeAll(async () => {
    customer = await newCustomer('上海浦江仪器有限公司', '上海市浦东新区');
    await host.ok(
      'devices',
      'save',
      { device: { serial: 'PJ-0315', customerId: customer.id, name: '检测仪', model: 'T-2', productLine: 'printer' } },
      admin(),
    );
    photo = (await uploadAs(host, tokens['t-2001']!, 'photo')).body.data.upload.fileId;
    signature = (await uploadAs(host, tokens['t-2001']!, 'signature', SIGNATURE)).body.data.upload.fileId;
  });

  const checklist = [
    { item: '外观完好', ok: true },
    { item: '通电自检', ok: true },
  ];

  test('admins and technicians may upload acceptance photos and the customer signature; a dispatcher may not upload photos', async () => {
    expect((await uploadAs(host, admin(), 'photo')).status).toBe(200);
    expect((await uploadAs(host, tokens['d-3001']!, 'photo')).status).toBe(403);
  });

  test('accepted 2026-03-15 under a 24-month contract: in warranty, last covered day 2028-03-14', async () => {
    const request = {
      serial: 'PJ-0315',
      acceptedAt: '2026-03-15',
      checklist,
      photos: [photo],
      customerSignature: signature,
      customerSignerName: '吴刚',
      clientRequestId: crid(),
    };
    const first = await host.ok('devices', 'accept', request, tokens['t-2001']);
    expect(first.acceptance).toMatchObject({
      result: 'passed',
      acceptedAt: '2026-03-15',
      warranty: { months: 24, lastDay: '2028-03-14' },
      byName: '李强',
      status: 'current',
    });
    expect(first.device).toMatchObject({
      acceptedAt: '2026-03-15',
      warranty: { inWarranty: true, lastDay: '2028-03-14', months: 24 },
    });
    // the same request again: the same acceptance, nothing new
    const again = await host.ok('devices', 'accept', request, tokens['t-2001']);
    expect(again.acceptance.id).toBe(first.acceptance.id);
    const warranty = await host.ok('devices', 'warranty', { serial: 'PJ-0315' }, admin());
    expect(warranty).toMatchObject({ inWarranty: true, lastDay: '2028-03-14' });
    const { items } = await host.ok('changes', 'list', { kind: 'device', recordId: 'PJ-0315' }, admin());
    expect(items[0]).toMatchObject({ action: 'accept', byName: '李强' });
    expect(items[0].fields.map((f: any) => f.field)).toEqual(['acceptedAt', 'warrantyLastDay']);
  });

  test('a second acceptance is refused to a technician; an admin corrects it with a reason', async () => {
    const adminSignature = (await uploadAs(host, admin(), 'signature', SIGNATURE)).body.data.upload.fileId;
    const again = await host.call(
      'devices',
      'accept',
      { serial: 'PJ-0315', acceptedAt: '2026-03-16', checklist, customerSignature: signature, clientRequestId: crid() },
      tokens['t-2001'],
    );
    expect(again.status).toBe(409);
    expect((again.body as any).error.message).toMatch(/已于 2026-03-15 验收/);
    const corrected = await host.ok(
      'devices',
      'accept',
      {
        serial: 'PJ-0315',
        acceptedAt: '2026-03-20',
        checklist,
        customerSignature: adminSignature,
        clientRequestId: crid(),
        correction: { reason: '验收单日期录错，以纸质验收单为准' },
      },
      admin(),
    );
    expect(corrected.device.warranty.lastDay).toBe('2028-03-19');
    const history = await host.ok('devices', 'history', { serial: 'PJ-0315' }, admin());
    expect(history.acceptance).toMatchObject({
      acceptedAt: '2026-03-20',
      correctionReason: '验收单日期录错，以纸质验收单为准',
    });
    expect(history.earlierAcceptances.map((a: any) => [a.acceptedAt, a.status])).toEqual([
      ['2026-03-15', 'superseded'],
    ]);
  });

  test('a date after today, someone else’s upload, or a failed item without a note is refused', async () => {
    await host.ok(
      'devices',
      'save',
      {
        device: {
          serial: 'PJ-FAIL',
          customerId: customer.id,
          name: '检测仪二号',
          model: 'T-2',
          productLine: 'printer',
        },
      },
      admin(),
    );
    const base = { serial: 'PJ-FAIL', checklist, customerSignature: signature, clientRequestId: crid() };
    const future = await host.call('devices', 'accept', { ...base, acceptedAt: '2099-01-01' }, tokens['t-2001']);
    expect(future.status).toBe(400);
    expect((future.body as any).error.details[0].path).toBe('acceptedAt');
    const notMine = await host.call('devices', 'accept', { ...base, acceptedAt: '2026-11-30' }, tokens['t-2002']);
    expect(notMine.status).toBe(400);
    const noNote = await host.call(
      'devices',
      'accept',
      { ...base, acceptedAt: '2026-11-30', checklist: [{ item: '联网测试', ok: false }] },
      tokens['t-2001'],
    );
    expect(noNote.status).toBe(400);
    expect((noNote.body as any).error.details[0].path).toBe('checklist.0.note');
    expect((await host.ok('devices', 'get', { serial: 'PJ-FAIL' }, admin())).device.acceptedAt).toBeNull();
  });

  test('a failed acceptance is kept and starts nothing; the passed one after it starts the warranty', async () => {
    const failed = await host.ok(
      'devices',
      'accept',
      {
        serial: 'PJ-FAIL',
        acceptedAt: '2026-11-20',
        checklist: [{ item: '联网测试', ok: false, note: '网口无信号，待整改' }],
        customerSignature: signature,
        clientRequestId: crid(),
      },
      tokens['t-2001'],
    );
    expect(failed.acceptance).toMatchObject({ result: 'failed', warranty: null });
    expect(failed.device.warranty.status).toBe('not-accepted');
    const passed = await host.ok(
      'devices',
      'accept',
      { serial: 'PJ-FAIL', acceptedAt: '2026-11-28', checklist, customerSignature: signature, clientRequestId: crid() },
      tokens['t-2001'],
    );
    expect(passed.device.acceptedAt).toBe('2026-11-28');
    const history = await host.ok('devices', 'history', { serial: 'PJ-FAIL' }, admin());
    expect(history.earlierAcceptances.map((a: any) => a.result)).toEqual(['failed']);
  });
});

describe("a device's history, its page and its labels", () => {
  test('history: acceptance, tickets newest first, no follow-ups yet, the parts its reports used', async () => {
    const { ticket } = await host.ok(
      'tickets',
      'report',
      { serial: 'SN1001-A', severity: 'common', description: '屏幕触摸失灵，点击无反应', clientRequestId: crid() },
      tokens['c-1001'],
    );
    const holder = ticket.assigneeId as string;
    await host.ok('tickets', 'accept', { id: ticket.id }, tokens[holder]);
    const sign = (await uploadAs(host, tokens[holder]!, 'signature', SIGNATURE)).body.data.upload.fileId;
    await host.ok(
      'tickets',
      'resolve',
      {
        id: ticket.id,
        cause: '触摸屏排线松动',
        actions: '重新插接排线并校准',
        mode: 'remote',
        partsUsed: [{ name: '触摸屏排线', quantity: 2 }],
        handlerSignature: sign,
      },
      tokens[holder],
    );
    const history = await host.ok('devices', 'history', { serial: 'SN1001-A' }, tokens['c-1001']);
    expect(history.device.serial).toBe('SN1001-A');
    expect(history.tickets[0].id).toBe(ticket.id);
    expect(history.ticketCount).toBeGreaterThanOrEqual(1);
    expect(history.followups).toEqual([]);
    expect(history.parts).toEqual([expect.objectContaining({ name: '触摸屏排线', quantity: 2, tickets: [ticket.no] })]);
    expect((await host.call('devices', 'history', { serial: 'SN1002-A' }, tokens['c-1001'])).status).toBe(404);
  });

  test("the QR label's payload names the serial; the device page shows warranty and open tickets to its customer only", async () => {
    const page = await host.ok('devices', 'get', { serial: 'SN1001-B' }, tokens['c-1001']);
    expect(page.qr).toMatch(/\/d\/SN1001-B$/);
    expect(page.device.warranty.status).toBe('out');
    expect(page.hotline).toMatch(/^400/);
    expect(Array.isArray(page.openTickets)).toBe(true);
    expect((await host.call('devices', 'get', { serial: 'SN1001-B' }, tokens['c-1002'])).status).toBe(404);
  });

  test('labels: one printable HTML file, a QR code (SVG) and the serial per device; unknown serials named', async () => {
    const file = await host.ok('devices', 'labels', { serials: ['SN1001-A', 'SN1002-A'] }, tokens['d-3001']);
    expect(file).toMatchObject({ count: 2, contentType: 'text/html; charset=utf-8' });
    const html = await (await host.raw(file.url)).text();
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html).toContain('SN1002-A');
    expect(html).toContain('北京华北物流有限公司');
    expect(html).toContain('@page{size:A4');
    const missing = await host.call('devices', 'labels', { serials: ['SN1001-A', 'NOPE-404'] }, tokens['d-3001']);
    expect(missing.status).toBe(404);
    expect((missing.body as any).error.details[0].path).toBe('serials.1');
    expect((await host.call('devices', 'labels', { serials: ['SN1001-A'] }, tokens['t-2001'])).status).toBe(403);
  });
});
