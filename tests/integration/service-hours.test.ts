// A contract's service hours clock its tickets over HTTP: a customer served Monday to Friday 09:00–18:00 reports on
// Friday at 17:50 — ten minutes count that evening, the other fifty on the next service day, statutory holidays (here
// one an admin enters) skipped.
import { requestIds } from './fixtures';
import { startHost, type Host } from './harness';

let host: Host;
let admin: string;
let customerToken: string;
const crid = requestIds('it-hours');

const DAY = 86_400_000;
const OFFSET = 8 * 3_600_000;
/** A business-time date ("YYYY-MM-DD") of an instant. */
const dateOf = (ms: number) => new Date(ms + OFFSET).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

beforeAll(async () => {
  host = await startHost({ devClock: true });
  admin = await host.login('a-4001');
  const { customer } = await host.ok(
    'customers',
    'save',
    {
      customer: {
        name: '上海陆家嘴金融服务有限公司',
        region: '上海市浦东新区',
        contract: { no: 'HT-LJZ-01', serviceHours: { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' } },
      },
    },
    admin,
  );
  const { site } = await host.ok(
    'customers',
    'saveSite',
    {
      customerId: customer.id,
      site: { name: '营业厅', region: '上海市浦东新区', address: '上海市浦东新区世纪大道 100 号' },
    },
    admin,
  );
  const { contact } = await host.ok(
    'customers',
    'saveContact',
    { customerId: customer.id, contact: { name: '钱多', phone: '13655556666', siteId: site.id } },
    admin,
  );
  await host.ok(
    'devices',
    'save',
    {
      device: {
        serial: 'LJZ-0001',
        customerId: customer.id,
        siteId: site.id,
        name: '营业厅终端',
        model: 'K8',
        productLine: 'kiosk',
      },
    },
    admin,
  );
  const { code } = await host.ok(
    'auth',
    'invite',
    { role: 'customer', customerId: customer.id, contactId: contact.id },
    admin,
  );
  customerToken = (await host.ok('auth', 'devLogin', { openid: 'oLujiazuiContact01' })).token;
  await host.ok('auth', 'bind', { code }, customerToken);
  // the service clock to the next Friday, 17:50 business time
  const now = Date.parse(await clockNow());
  let friday = now;
  while (weekday(dateOf(friday)) !== 5 || Date.parse(`${dateOf(friday)}T17:50:00+08:00`) <= now) friday += DAY;
  await host.advanceClock(Math.ceil((Date.parse(`${dateOf(friday)}T17:50:00+08:00`) - now) / 60_000));
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

async function clockNow(): Promise<string> {
  const res = await host.raw('/api/_dev/clock', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  return ((await res.json()) as { data: { nowUtc: string } }).data.nowUtc;
}

/** The next date after `date` the contract serves: a weekday that is no holiday, or a make-up working day. */
async function nextServiceDay(date: string): Promise<string> {
  let d = Date.parse(`${date}T00:00:00Z`);
  for (;;) {
    d += DAY;
    const day = new Date(d).toISOString().slice(0, 10);
    const { days } = await host.ok('rosters', 'holidays', { year: Number(day.slice(0, 4)) }, admin);
    const kind = days.find((x: any) => x.date === day)?.kind;
    if (kind === 'makeup' || (kind !== 'holiday' && weekday(day) >= 1 && weekday(day) <= 5)) return day;
  }
}

const report = async () =>
  (
    await host.ok(
      'tickets',
      'report',
      { serial: 'LJZ-0001', severity: 'common', description: '营业厅终端无法读取身份证', clientRequestId: crid() },
      customerToken,
    )
  ).ticket;

test('reported Friday 17:50 under Mon–Fri 09:00–18:00: respond by 09:50 on the next service day', async () => {
  const friday = dateOf(Date.parse(await clockNow()));
  expect(weekday(friday)).toBe(5);
  const ticket = await report();
  expect(ticket.sla.calendar).toMatch(/服务时间：周一、二、三、四、五 09:00–18:00/);
  // to the minute: the test clock keeps the seconds it started with
  expect(ticket.sla.respondBy.slice(0, 16)).toBe(`${await nextServiceDay(friday)}T09:50`);
});

test('a holiday entered for that Monday is skipped too', async () => {
  const friday = dateOf(Date.parse(await clockNow()));
  const monday = dateOf(Date.parse(`${friday}T12:00:00+08:00`) + 3 * DAY);
  const year = Number(monday.slice(0, 4));
  const current = await host.ok('rosters', 'holidays', { year }, admin);
  const days = current.days
    .filter((d: any) => d.date !== monday)
    .map((d: any) => ({ date: d.date, kind: d.kind, name: d.name }));
  await host.ok(
    'rosters',
    'saveHolidays',
    {
      year,
      days: [...days, { date: monday, kind: 'holiday', name: '测试假日' }],
      ...(current.version ? { ifVersion: current.version } : {}),
    },
    admin,
  );
  const ticket = await report();
  const after = await nextServiceDay(monday);
  expect(after > monday).toBe(true);
  expect(ticket.sla.respondBy.slice(0, 16)).toBe(`${after}T09:50`);
});
