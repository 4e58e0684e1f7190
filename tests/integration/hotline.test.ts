// The hotline (服务热线) over HTTP: the desk reports for a customer who called; the ticket is routed and clocked like
// the customer's own, records the channel and the caller, shows in the customer's list, and its customer messages go
// to the organisation's primary contact (when bound) — never to the desk user who typed it in.
import { loginAll, requestIds } from './fixtures';
import { startHost, type Host } from './harness';

let host: Host;
const tokens: Record<string, string> = {};
const crid = requestIds('it-hotline');

beforeAll(async () => {
  host = await startHost({ devClock: true });
  await loginAll(host, tokens);
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

const call = (data: Record<string, unknown>, as = 'd-3001') =>
  host.call(
    'tickets',
    'reportFor',
    {
      customerId: 'cust-1001',
      serial: 'SN1001-A',
      severity: 'common',
      description: '客户来电：大厅终端无法打印小票',
      channel: 'phone',
      callerName: '陈立',
      callerPhone: '13800001001',
      ...data,
    },
    tokens[as],
  );
const inbox = async (user: string) =>
  (await host.ok('notifications', 'list', { limit: 100 }, tokens[user])).items as any[];

describe('a hotline ticket', () => {
  let ticket: any;
  const requestId = crid();

  test('is routed and clocked like a customer report, with its channel and caller', async () => {
    const reply = await call({ clientRequestId: requestId });
    expect(reply.status).toBe(200);
    ticket = (reply.body as any).data.ticket;
    expect(ticket).toMatchObject({
      status: 'assigned',
      customerId: 'cust-1001',
      channel: 'phone',
      channelLabel: '电话报修',
      caller: { name: '陈立', phone: '13800001001' },
      contactPhone: '13800001001',
      address: '上海市浦东新区科苑路 399 号 5 号楼 1 层大厅',
    });
    expect(['t-2001', 't-2002']).toContain(ticket.assigneeId);
    expect(ticket.sla.respondBy).toBeTruthy();
    expect(ticket.events[0].text).toBe('吴静 受理电话报修（来电人：陈立）');
    // the same desk caller sending the same request: the same ticket
    const again = (await call({ clientRequestId: requestId })).body as any;
    expect(again.data.ticket.id).toBe(ticket.id);
    // another dispatcher's request of the same id is theirs: another ticket
    const other = (await call({ clientRequestId: requestId }, 'a-4001')).body as any;
    expect(other.data.ticket.id).not.toBe(ticket.id);
  });

  test("appears in the customer organisation's list and on its page, not another's", async () => {
    const { items } = await host.ok('tickets', 'list', {}, tokens['c-1001']);
    expect(items.map((t: any) => t.id)).toContain(ticket.id);
    const { ticket: seen } = await host.ok('tickets', 'get', { id: ticket.id }, tokens['c-1001']);
    expect(seen.events[0].text).toBe('吴静 受理电话报修（来电人：陈立）');
    expect((await host.call('tickets', 'get', { id: ticket.id }, tokens['c-1002'])).status).toBe(404);
  });

  test("the primary contact's user hears what the reporter would; the desk user who typed it does not", async () => {
    await host.ok('tickets', 'accept', { id: ticket.id }, tokens[ticket.assigneeId]);
    const customerSide = (await inbox('c-1001')).filter((m) => m.data.ticketId === ticket.id);
    expect(customerSide.map((m) => m.template)).toContain('ticket.accepted');
    const desk = (await inbox('d-3001')).filter(
      (m) => m.data.ticketId === ticket.id && m.template === 'ticket.accepted',
    );
    expect(desk).toEqual([]);
  });

  test('an organisation whose primary contact is not bound: nobody on the customer side is messaged', async () => {
    const admin = tokens['a-4001'];
    const { customer } = await host.ok(
      'customers',
      'save',
      { customer: { name: '上海外高桥物流有限公司', region: '上海市浦东新区', contract: { no: 'HT-WGQ-01' } } },
      admin,
    );
    await host.ok(
      'customers',
      'saveContact',
      { customerId: customer.id, contact: { name: '顾强', phone: '13912345678' } },
      admin,
    );
    await host.ok(
      'devices',
      'save',
      { device: { serial: 'WGQ-0001', customerId: customer.id, name: '闸口终端', model: 'K8', productLine: 'kiosk' } },
      admin,
    );
    const { ticket: t } = (
      (
        await call({
          customerId: customer.id,
          serial: 'WGQ-0001',
          callerName: '顾强',
          callerPhone: '13912345678',
          clientRequestId: crid(),
        })
      ).body as any
    ).data;
    expect(t.status).toBe('assigned');
    await host.ok('tickets', 'accept', { id: t.id }, tokens[t.assigneeId]);
    for (const user of ['d-3001', 'c-1001', 'c-1002']) {
      expect((await inbox(user)).filter((m) => m.data.ticketId === t.id && m.template === 'ticket.accepted')).toEqual(
        [],
      );
    }
  });

  test("a device not the customer's is not found (the field named); a customer cannot use the hotline action", async () => {
    const wrong = await call({ serial: 'SN1002-A', clientRequestId: crid() });
    expect(wrong.status).toBe(404);
    expect((wrong.body as any).error.details[0].path).toBe('serial');
    expect((await call({ clientRequestId: crid() }, 'c-1001')).status).toBe(403);
    const bad = await call({ channel: 'fax', callerPhone: '123', clientRequestId: crid() });
    expect(bad.status).toBe(400);
    expect((bad.body as any).error.details.map((d: any) => d.path)).toEqual(
      expect.arrayContaining(['channel', 'callerPhone']),
    );
  });
});
