// Remote video help over HTTP on the dev clock: the expert publishes hours (availability.save), customers book the
// free half hours (the seed's roster covers the expert team around the clock), twenty bookings race for the last slot,
// cancel and reschedule free and take slots, the call opens 10 minutes before and the host relays WebRTC signalling
// between exactly two sockets, the session's outcome moves the ticket's clocks, reminders go out once at T−15.
import WebSocket from 'ws';
import { loginAll, requestIds, uploadAs } from './fixtures';
import { startHost, type Host } from './harness';

jest.setTimeout(60_000);

let host: Host;
const tokens: Record<string, string> = {};
const crid = requestIds('it-video');
const MINUTE = 60_000;

beforeAll(async () => {
  host = await startHost({ devClock: true });
  await loginAll(host, tokens);
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

// ---------------------------------------------------------------- helpers

/** The service clock now (ms). */
const now = async () => Date.parse(await host.advanceClock(0));
/** Moves the service clock to at least `at` (within the minute after it). */
async function advanceTo(at: number): Promise<void> {
  const minutes = Math.ceil((at - (await now())) / MINUTE);
  if (minutes > 0) await host.advanceClock(minutes);
}
/** The business date `days` after the service clock's today. */
const dateIn = async (days: number) =>
  new Date((await now()) + 8 * 60 * MINUTE + days * 24 * 60 * MINUTE).toISOString().slice(0, 10);
/** "YYYY-MM-DDTHH:mm:00+08:00" */
const at = (date: string, hhmm: string) => `${date}T${hhmm}:00+08:00`;

async function publish(weekly: unknown[], exceptions: unknown[] = []) {
  return (await host.ok('availability', 'save', { weekly, exceptions }, tokens['e-2901'])).availability;
}
const slotsOf = async (from: string, to = from, as = 'c-1001') =>
  (await host.ok('bookings', 'slots', { from, to }, tokens[as])).slots as {
    start: string;
    end: string;
    available: boolean;
  }[];
const book = (data: Record<string, unknown>, as = 'c-1001') =>
  host.call(
    'bookings',
    'book',
    { topic: '打印机报错 E-31，需要远程指导', clientRequestId: crid(), ...data },
    tokens[as],
  );
async function booked(data: Record<string, unknown>, as = 'c-1001') {
  const reply = await book(data, as);
  if (!reply.body.ok) throw new Error(`book → ${reply.status} ${JSON.stringify(reply.body.error)}`);
  return reply.body.data.booking;
}
const inbox = async (user: string) =>
  (await host.ok('notifications', 'list', { limit: 100 }, tokens[user])).items as any[];
const report = async (severity: 'common' | 'major' = 'common') =>
  (
    await host.ok(
      'tickets',
      'report',
      { serial: 'SN1001-A', severity, description: '出票机卡纸后报错 E-31，无法继续打印', clientRequestId: crid() },
      tokens['c-1001'],
    )
  ).ticket;
const ticketOf = async (id: string, as = 'd-3001') => (await host.ok('tickets', 'get', { id }, tokens[as])).ticket;
/** a fresh common fault, accepted by the technician it went to */
async function acceptedTicket() {
  const t = await report();
  if (t.assigneeId !== 't-2001')
    await host.ok('tickets', 'assign', { id: t.id, technicianId: 't-2001' }, tokens['d-3001']);
  await host.ok('tickets', 'accept', { id: t.id }, tokens['t-2001']);
  return t;
}
/** One published window on a date, the slots of it booked so far free again: a clean day for one test. */
async function dayWith(days: number, from: string, to: string) {
  const date = await dateIn(days);
  await publish([], [{ date, from, to }]);
  return date;
}
/** "HH:mm" of an instant, business time */
const hhmm = (ms: number) => new Date(ms + 8 * 60 * MINUTE).toISOString().slice(11, 16);
/** The first slot at least 15 minutes ahead, published alone: a session that can start soon. */
async function soonSlot(): Promise<string> {
  const step = 30 * MINUTE;
  const start = Math.ceil(((await now()) + 16 * MINUTE) / step) * step;
  const date = new Date(start + 8 * 60 * MINUTE).toISOString().slice(0, 10);
  const end = hhmm(start + step) === '00:00' ? '24:00' : hhmm(start + step);
  await publish([], [{ date, from: hhmm(start), to: end }]);
  return at(date, hhmm(start));
}
/** Books the next slot (on the ticket), moves the clock into its window and joins both sides. */
async function inCall(ticketId: string | null) {
  const b = await booked({ start: await soonSlot(), ...(ticketId ? { ticketId } : {}) });
  await advanceTo(Date.parse(b.start) - 5 * MINUTE);
  await host.ok('bookings', 'join', { id: b.id }, tokens['c-1001']);
  const joined = await host.ok('bookings', 'join', { id: b.id }, tokens['e-2901']);
  return joined.booking;
}

/** A WebSocket client that queues what it receives. */
interface Client {
  ws: WebSocket;
  next(type?: string): Promise<any>;
  closed: Promise<{ code: number; reason: string }>;
}
function connect(url: string): Client {
  const ws = new WebSocket(url);
  const queue: any[] = [];
  const waiting: ((m: any) => void)[] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(data.toString());
    const w = waiting.shift();
    if (w) w(message);
    else queue.push(message);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const next = async (type?: string): Promise<any> => {
    for (;;) {
      const m =
        queue.shift() ??
        (await new Promise<any>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no ${type ?? 'message'} within 5 s`)), 5000);
          waiting.push((x) => {
            clearTimeout(timer);
            resolve(x);
          });
        }));
      if (!type || m.type === type) return m;
    }
  };
  return { ws, next, closed };
}
// ---------------------------------------------------------------- published hours and slots

describe('slots come from the hours the expert publishes, met with the roster', () => {
  test('weekly hours, a closed day and a day with other hours, in Beijing time; holidays come with the hours', async () => {
    const [d1, d2, d3] = [await dateIn(2), await dateIn(3), await dateIn(4)];
    const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '09:00', to: '10:00' }));
    const saved = await publish(everyDay, [{ date: d2 }, { date: d3, from: '14:00', to: '15:00' }]);
    expect(saved).toMatchObject({ userId: 'e-2901', name: '周博', version: expect.any(Number) });
    expect(saved.exceptions).toEqual([{ date: d2 }, { date: d3, from: '14:00', to: '15:00' }]);
    const holidays = (await host.ok('rosters', 'holidays', { year: Number(d1.slice(0, 4)) }, tokens['d-3001']))
      .days as {
      date: string;
      kind: string;
    }[];
    const slots = await slotsOf(d1, d3);
    const d1Closed = holidays.some((h) => h.date === d1 && h.kind === 'holiday');
    expect(slots.map((s) => s.start)).toEqual([
      ...(d1Closed ? [] : [at(d1, '09:00'), at(d1, '09:30')]),
      at(d3, '14:00'),
      at(d3, '14:30'),
    ]);
    expect(slots.every((s) => s.available)).toBe(true);
    expect(slots.at(-1)!.end).toBe(at(d3, '15:00'));
  });

  test('saves are versioned; only experts (and admins) publish hours; at most 14 days are asked at once', async () => {
    // two editors read the same version; the second save over the first is refused
    const mine = (await host.ok('availability', 'get', {}, tokens['e-2901'])).availability;
    const first = await host.ok(
      'availability',
      'save',
      { weekly: mine.weekly, exceptions: mine.exceptions, version: mine.version },
      tokens['e-2901'],
    );
    expect(first.availability.version).toBe(mine.version + 1);
    const stale = await host.call(
      'availability',
      'save',
      { userId: 'e-2901', weekly: [], exceptions: [], version: mine.version },
      tokens['a-4001'],
    );
    expect(stale).toMatchObject({
      status: 409,
      body: { error: { code: 'CONFLICT', message: '开放时间已被他人修改，请刷新后再保存' } },
    });
    // overlapping hours are refused with the reason, nothing saved
    const overlap = await host.call(
      'availability',
      'save',
      {
        weekly: [
          { weekday: 1, from: '09:00', to: '12:00' },
          { weekday: 1, from: '11:00', to: '13:00' },
        ],
      },
      tokens['e-2901'],
    );
    expect(overlap.body).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: '周一 09:00–12:00 与 11:00–13:00 重叠' },
    });
    expect((await host.ok('availability', 'get', {}, tokens['e-2901'])).availability).toMatchObject({
      version: mine.version + 1,
      weekly: mine.weekly,
    });
    // the admin may read and set anyone's; a technician who does no remote help has none; a customer may not ask
    expect((await host.ok('availability', 'get', { userId: 'e-2901' }, tokens['a-4001'])).availability.name).toBe(
      '周博',
    );
    expect((await host.call('availability', 'get', { userId: 't-2001' }, tokens['a-4001'])).status).toBe(409);
    expect((await host.call('availability', 'get', {}, tokens['t-2001'])).status).toBe(403);
    expect((await host.call('availability', 'get', { userId: 'e-2901' }, tokens['t-2001'])).status).toBe(403);
    expect((await host.call('availability', 'get', {}, tokens['c-1001'])).status).toBe(403);
    const wide = await host.call(
      'bookings',
      'slots',
      { from: await dateIn(1), to: await dateIn(15) },
      tokens['c-1001'],
    );
    expect(wide.body).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: 'to：一次最多查询 14 天' },
    });
  });
});

// ---------------------------------------------------------------- booking, races, cancel, reschedule

describe('booking a slot', () => {
  test('the expert is booked for the slot, the same request twice is one booking, the slot then shows as taken', async () => {
    const date = await dayWith(2, '10:00', '11:00');
    const id = crid();
    const first = await booked({ start: at(date, '10:00'), clientRequestId: id });
    expect(first).toMatchObject({
      status: 'booked',
      start: at(date, '10:00'),
      end: at(date, '10:30'),
      expertId: 'e-2901',
      expert: { name: '周博' },
      ticketId: null,
      customerName: '上海申程智能科技有限公司',
      joinOpensAt: at(date, '09:50'),
    });
    expect(first.can).toEqual(expect.arrayContaining(['cancel', 'reschedule']));
    const replay = await booked({ start: at(date, '10:00'), clientRequestId: id });
    expect(replay.id).toBe(first.id);
    expect((await slotsOf(date)).map((s) => [s.start.slice(11, 16), s.available])).toEqual([
      ['10:00', false],
      ['10:30', true],
    ]);
    // the expert is told once; the other organisation neither sees nor touches it
    expect(
      (await inbox('e-2901')).filter((m) => m.data.bookingId === first.id && m.template === 'booking.booked'),
    ).toHaveLength(1);
    const listed = async (as: string) =>
      ((await host.ok('bookings', 'list', { upcoming: true, limit: 100 }, tokens[as])).items as any[]).map((b) => b.id);
    expect(await listed('c-1001')).toContain(first.id);
    expect(await listed('e-2901')).toContain(first.id);
    expect(await listed('d-3001')).toContain(first.id);
    expect(await listed('c-1002')).not.toContain(first.id);
    expect((await host.call('bookings', 'cancel', { id: first.id }, tokens['c-1002'])).status).toBe(404);
    expect((await host.call('bookings', 'join', { id: first.id }, tokens['t-2001'])).status).toBe(404);
    // a slot off the grid, or nobody's hours: refused
    expect((await book({ start: at(date, '10:15') })).status).toBe(400);
    expect(await book({ start: at(date, '12:00') })).toMatchObject({
      status: 409,
      body: { error: { message: '该时段不在专家开放时间内，请重新选择' } },
    });
  });

  test('twenty bookings by two customers racing for the last free slot: exactly one wins, nineteen CONFLICT', async () => {
    const date = await dayWith(2, '16:00', '16:30');
    const start = at(date, '16:00');
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) => book({ start }, i % 2 ? 'c-1002' : 'c-1001')),
    );
    const won = replies.filter((r) => r.status === 200);
    expect(won).toHaveLength(1);
    expect(replies.filter((r) => r.status === 409)).toHaveLength(19);
    expect(
      replies.every((r) => r.status === 200 || (r.body.ok === false && r.body.error.message.includes('已被预约'))),
    ).toBe(true);
    const all = (await host.ok('bookings', 'list', { status: 'booked', limit: 100 }, tokens['d-3001'])).items as any[];
    expect(all.filter((b) => b.start === start)).toHaveLength(1);
    expect(await slotsOf(date)).toEqual([{ start, end: at(date, '16:30'), available: false }]);
  });

  test('cancelling frees the slot at once; a customer cannot cancel within 30 minutes of the start, and is told so', async () => {
    const date = await dayWith(3, '09:00', '09:30');
    const start = at(date, '09:00');
    const mine = await booked({ start }, 'c-1002');
    expect((await book({ start })).status).toBe(409);
    const cancelled = await host.ok('bookings', 'cancel', { id: mine.id, reason: '设备已恢复' }, tokens['c-1002']);
    expect(cancelled.booking).toMatchObject({
      status: 'cancelled',
      cancellation: { byName: '王敏', reason: '设备已恢复' },
    });
    expect((await slotsOf(date))[0]!.available).toBe(true);
    const theirs = await booked({ start });
    expect((await inbox('e-2901')).some((m) => m.data.bookingId === mine.id && m.title === '视频指导已取消')).toBe(
      true,
    );
    // 20 minutes before: too late for the customer, not for the expert
    await advanceTo(Date.parse(start) - 20 * MINUTE);
    const late = await host.call('bookings', 'cancel', { id: theirs.id }, tokens['c-1001']);
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT' } } });
    expect(late.body.ok === false && late.body.error.message).toContain('距开始不足 30 分钟');
    const byExpert = await host.ok('bookings', 'cancel', { id: theirs.id, reason: '临时会议' }, tokens['e-2901']);
    expect(byExpert.booking.status).toBe('cancelled');
    expect((await inbox('c-1001')).some((m) => m.data.bookingId === theirs.id && m.title === '视频指导已取消')).toBe(
      true,
    );
    expect((await host.call('bookings', 'cancel', { id: theirs.id }, tokens['e-2901'])).status).toBe(409);
  });

  test('rescheduling takes the new slot before it frees the old one; a taken slot refuses the move and changes nothing', async () => {
    const date = await dayWith(2, '14:00', '15:30');
    const b = await booked({ start: at(date, '14:00') });
    const moved = await host.ok('bookings', 'reschedule', { id: b.id, start: at(date, '15:00') }, tokens['c-1001']);
    expect(moved.booking).toMatchObject({ id: b.id, start: at(date, '15:00'), status: 'booked', expertId: 'e-2901' });
    const free = Object.fromEntries((await slotsOf(date)).map((s) => [s.start.slice(11, 16), s.available]));
    expect(free).toEqual({ '14:00': true, '14:30': true, '15:00': false });
    // the old slot is bookable by another customer, the new one is not
    await booked({ start: at(date, '14:00') }, 'c-1002');
    expect((await book({ start: at(date, '15:00') }, 'c-1002')).status).toBe(409);
    // moving onto a taken slot: CONFLICT, the booking where it was
    const blocked = await host.call('bookings', 'reschedule', { id: b.id, start: at(date, '14:00') }, tokens['c-1001']);
    expect(blocked.status).toBe(409);
    const [still] = (
      (await host.ok('bookings', 'list', { upcoming: true, limit: 100 }, tokens['c-1001'])).items as any[]
    ).filter((x) => x.id === b.id);
    expect(still.start).toBe(at(date, '15:00'));
    expect((await inbox('e-2901')).some((m) => m.data.bookingId === b.id && m.title === '视频指导已改期')).toBe(true);
  });
});

// ---------------------------------------------------------------- the call

describe('joining the call', () => {
  test('refused before it opens (with the time it opens) and for anyone not in the booking', async () => {
    const date = await dayWith(2, '10:00', '10:30');
    const b = await booked({ start: at(date, '10:00') });
    const early = await host.call('bookings', 'join', { id: b.id }, tokens['c-1001']);
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT' } } });
    expect(early.body.ok === false && early.body.error.message).toContain(`${date.slice(5)} 09:50`);
    for (const outsider of ['c-1002', 't-2001']) {
      expect((await host.call('bookings', 'join', { id: b.id }, tokens[outsider])).status).toBe(404);
    }
    // the desk follows sessions but is never in a call
    expect((await host.call('bookings', 'join', { id: b.id }, tokens['d-3001'])).status).toBe(403);
    await advanceTo(Date.parse(b.start) - 11 * MINUTE);
    expect((await host.call('bookings', 'join', { id: b.id }, tokens['c-1001'])).status).toBe(409);
    await advanceTo(Date.parse(b.start) - 10 * MINUTE);
    expect((await host.call('bookings', 'join', { id: b.id }, tokens['c-1001'])).status).toBe(200);
    await advanceTo(Date.parse(b.start) + 121 * MINUTE);
    const after = await host.call('bookings', 'join', { id: b.id }, tokens['e-2901']);
    expect(after.status).toBe(409);
    // closed: past the window, or already marked missed by the timer (nobody but the customer came)
    expect(after.body.ok === false && after.body.error.message).toMatch(/已超过加入时间|已过期/);
  });

  test('inside the window: WebRTC parameters, and the host relays signalling between exactly two sockets', async () => {
    const date = await dayWith(2, '10:00', '10:30');
    const b = await booked({ start: at(date, '10:00') });
    await advanceTo(Date.parse(b.start) - 5 * MINUTE);
    const customer = await host.ok('bookings', 'join', { id: b.id }, tokens['c-1001']);
    expect(customer.call).toMatchObject({ provider: 'webrtc', iceServers: [], roomId: b.id, seat: 'customer' });
    expect(customer.call.signalUrl).toBe(
      `${host.url.replace('http', 'ws')}/api/_signal?room=${b.id}&token=${encodeURIComponent(customer.call.token)}`,
    );
    expect(customer.booking.status).toBe('booked');
    const expert = await host.ok('bookings', 'join', { id: b.id }, tokens['e-2901']);
    expect(expert.booking).toMatchObject({ status: 'live', call: { startedAt: expect.any(String) } });
    expect(expert.booking.call.participants.map((p: any) => p.userId).sort()).toEqual(['c-1001', 'e-2901']);

    const c = connect(customer.call.signalUrl);
    expect(await c.next('welcome')).toMatchObject({ seat: 'customer', userId: 'c-1001', peer: null });
    const e = connect(expert.call.signalUrl);
    expect(await e.next('welcome')).toMatchObject({ seat: 'expert', peer: { seat: 'customer', userId: 'c-1001' } });
    expect(await c.next('joined')).toMatchObject({ seat: 'expert', userId: 'e-2901', rejoined: false });
    e.ws.send(JSON.stringify({ type: 'offer', sdp: 'v=0 offer' }));
    expect(await c.next()).toEqual({ type: 'offer', sdp: 'v=0 offer', from: 'expert' });
    c.ws.send(JSON.stringify({ type: 'answer', sdp: 'v=0 answer' }));
    expect(await e.next()).toEqual({ type: 'answer', sdp: 'v=0 answer', from: 'customer' });
    const candidate = {
      candidate: 'candidate:1 1 udp 2122260223 192.168.1.2 50000 typ host',
      sdpMid: '0',
      sdpMLineIndex: 0,
    };
    c.ws.send(JSON.stringify({ type: 'candidate', candidate }));
    expect(await e.next()).toEqual({ type: 'candidate', candidate, from: 'customer' });
    c.ws.send('not json');
    expect(await c.next('error')).toMatchObject({ code: 'bad-message' });

    // a third person of the customer's organisation, with a valid join token of their own: refused
    const { code } = await host.ok('auth', 'invite', { role: 'customer', customerId: 'cust-1001' }, tokens['a-4001']);
    const colleague = (await host.ok('auth', 'devLogin', { openid: `oVideo_${Date.now()}` })).token;
    await host.ok('auth', 'bind', { code }, colleague);
    const third = await host.ok('bookings', 'join', { id: b.id }, colleague);
    const t = connect(third.call.signalUrl);
    expect((await t.closed).code).toBe(4403);
    // a forged token, or one for another room
    expect((await connect(`${customer.call.signalUrl}x`).closed).code).toBe(4401);
    expect((await connect(customer.call.signalUrl.replace(b.id, 'bk_other')).closed).code).toBe(4401);

    // the customer rejoins: the old socket is replaced, the expert told
    const again = await host.ok('bookings', 'join', { id: b.id }, tokens['c-1001']);
    const c2 = connect(again.call.signalUrl);
    expect(await c.next('replaced')).toEqual({ type: 'replaced' });
    expect((await c.closed).code).toBe(4000);
    expect(await e.next('joined')).toMatchObject({ seat: 'customer', rejoined: true });
    await c2.next('welcome');
    c2.ws.close();
    expect(await e.next('left')).toMatchObject({ seat: 'customer', userId: 'c-1001' });
    e.ws.close();
    await e.closed;
  });
});

// ---------------------------------------------------------------- the outcome on the ticket

describe("the session's outcome moves the ticket's clocks", () => {
  test('fixed remotely meets the remote-fix milestone, shows in the timeline and the evidence pack; finishing twice changes nothing', async () => {
    const t = await acceptedTicket();
    const b = await inCall(t.id);
    // the expert follows the ticket of their session, and captures a still photo into it during the call
    expect((await ticketOf(t.id, 'e-2901')).id).toBe(t.id);
    const photo = (await uploadAs(host, tokens['e-2901'], 'photo')).body.data.upload.fileId;
    const captured = await host.ok('bookings', 'capture', { id: b.id, fileId: photo }, tokens['e-2901']);
    expect(captured.ticket.photos.map((p: any) => p.fileId)).toContain(photo);
    await host.ok('bookings', 'capture', { id: b.id, fileId: photo }, tokens['e-2901']);
    expect((await ticketOf(t.id)).events.filter((e: any) => e.type === 'photo-added')).toHaveLength(1);
    expect((await host.call('bookings', 'capture', { id: b.id, fileId: photo }, tokens['c-1001'])).status).toBe(403);

    const done = await host.ok(
      'bookings',
      'finish',
      { id: b.id, outcome: 'fixed-remotely', notes: '指导客户清理进纸通道并重新校准，打印恢复正常' },
      tokens['e-2901'],
    );
    expect(done.booking).toMatchObject({
      status: 'finished',
      outcome: { kind: 'fixed-remotely', label: '远程已解决' },
    });
    expect(done.booking.returnVisitDueAt).toMatch(/T10:00:00\+08:00$/);
    const remoteFix = done.ticket.sla.clocks.find((c: any) => c.name === 'remoteFix');
    expect(remoteFix).toMatchObject({ state: 'met' });
    const staffView = await ticketOf(t.id);
    const texts = staffView.events.map((e: any) => e.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^陈立 预约远程视频指导：\d\d-\d\d \d\d:\d\d，专家 周博$/),
        '远程视频指导开始：陈立、周博',
        expect.stringMatching(/^周博 结束远程视频指导：远程已解决/),
        '周博 在视频指导中拍摄了现场照片',
      ]),
    );
    const customerTexts = (await ticketOf(t.id, 'c-1001')).events.map((e: any) => e.text);
    expect(customerTexts).toEqual(expect.arrayContaining([expect.stringMatching(/^远程视频指导结束：远程已解决/)]));
    expect((await inbox('t-2001')).some((m) => m.data.ticketId === t.id && m.template === 'booking.finished')).toBe(
      true,
    );
    expect((await inbox('c-1001')).some((m) => m.data.bookingId === b.id && m.title === '视频指导已结束')).toBe(true);

    const again = await host.call(
      'bookings',
      'finish',
      { id: b.id, outcome: 'needs-onsite', notes: '再次提交' },
      tokens['e-2901'],
    );
    expect(again.status).toBe(409);
    expect((await ticketOf(t.id)).events).toHaveLength(staffView.events.length);

    const pack = await host.ok('sla', 'evidence', { id: t.id }, tokens['d-3001']);
    const html = await (await host.raw(pack.url)).text();
    expect(html).toContain('远程视频指导开始：陈立、周博');
    expect(html).toContain('结束远程视频指导：远程已解决');
    expect(html).toContain('视频参与：陈立、周博');
  });

  test('needs on site starts the on-site clock; needs parts pauses it for parts; a remote fix of an unaccepted ticket makes the expert its handler', async () => {
    const onsite = await acceptedTicket();
    const s1 = await inCall(onsite.id);
    await host.ok(
      'bookings',
      'finish',
      { id: s1.id, outcome: 'needs-onsite', notes: '主板故障，需现场更换' },
      tokens['e-2901'],
    );
    const t1 = await ticketOf(onsite.id, 't-2001');
    const clocks = Object.fromEntries(t1.sla.clocks.map((c: any) => [c.name, c.state]));
    expect(clocks).toMatchObject({ remoteFix: 'stopped' });
    expect(['running', 'breached']).toContain(clocks.onsite);
    expect(t1.mode).toBe('onsite');
    expect(t1.can).toContain('arrive');

    const parts = await acceptedTicket();
    const s2 = await inCall(parts.id);
    await host.ok(
      'bookings',
      'finish',
      { id: s2.id, outcome: 'needs-parts', notes: '电源模块损坏，需备件' },
      tokens['e-2901'],
    );
    const t2 = await ticketOf(parts.id);
    expect(t2.sla.paused).toMatchObject({ kind: 'parts' });

    const unaccepted = await report();
    const s3 = await inCall(unaccepted.id);
    await host.ok(
      'bookings',
      'finish',
      { id: s3.id, outcome: 'fixed-remotely', notes: '远程重置后恢复' },
      tokens['e-2901'],
    );
    const t3 = await ticketOf(unaccepted.id);
    expect(t3).toMatchObject({ status: 'accepted', assigneeId: 'e-2901' });
    expect(t3.sla.clocks.find((c: any) => c.name === 'remoteFix')).toMatchObject({ state: 'met' });
  });
});

// ---------------------------------------------------------------- reminders, and a major fault's call at once

describe('reminders and calls at once', () => {
  test('both sides are reminded once, 15 minutes before, whatever the timer runs', async () => {
    const date = await dayWith(2, '11:00', '11:30');
    const b = await booked({ start: at(date, '11:00') });
    await host.ok('notifications', 'grant', { accepted: ['booking.reminder'] }, tokens['c-1001']);
    const reminders = async (user: string) =>
      (await inbox(user)).filter((m) => m.template === 'booking.reminder' && m.data.bookingId === b.id);
    await advanceTo(Date.parse(b.start) - 16 * MINUTE);
    expect((await host.trigger('bookings')).ok).toBe(true);
    expect(await reminders('c-1001')).toHaveLength(0);
    await advanceTo(Date.parse(b.start) - 15 * MINUTE);
    await host.trigger('bookings');
    await host.trigger('bookings');
    const [toCustomer] = await reminders('c-1001');
    expect(await reminders('c-1001')).toHaveLength(1);
    expect(await reminders('e-2901')).toHaveLength(1);
    expect(toCustomer).toMatchObject({ title: '视频指导 15 分钟后开始', wechat: 'simulated' });
    expect(toCustomer.body).toContain('周博');
  });

  test('a major fault calls the expert on duty at once; a common fault or another organisation’s ticket cannot', async () => {
    // clear of the sessions booked above
    await host.advanceClock(180);
    const major = await report('major');
    const live = await booked({ now: true, ticketId: major.id, topic: undefined });
    expect(live).toMatchObject({ status: 'live', live: true, expertId: 'e-2901', ticketId: major.id, joinable: true });
    expect(live.topic).toContain(major.no);
    const joined = await host.ok('bookings', 'join', { id: live.id }, tokens['c-1001']);
    expect(joined.call.provider).toBe('webrtc');
    expect((await inbox('e-2901')).some((m) => m.data.bookingId === live.id && m.template === 'booking.reminder')).toBe(
      true,
    );
    const common = await report('common');
    expect(await book({ now: true, ticketId: common.id, topic: undefined })).toMatchObject({
      status: 409,
      body: { error: { message: '仅重大故障可立即发起视频指导，一般故障请预约时段' } },
    });
    expect((await book({ now: true, ticketId: major.id, topic: undefined }, 'c-1002')).status).toBe(404);
  });
});
