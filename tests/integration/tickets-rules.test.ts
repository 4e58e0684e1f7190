// The rules of the tickets and surveys functions over HTTP: who may see and do what, idempotent reports, races on one
// ticket (20 concurrent accepts, assign racing accept), and bad input that changes nothing.
import { loginAll, PNG, requestIds, uploadAs } from './fixtures';
import { startHost, type Host } from './harness';

let host: Host;
const tokens: Record<string, string> = {};
const crid = requestIds('it-rules');

/** A new host on a fresh data directory: technicians start with no open load (routing caps it at 5 each). */
async function freshHost() {
  await host?.stop();
  // one customer reports far more than a person would here: the rate limits are host-safety.test.ts's subject
  host = await startHost({ env: { AFTERCARE_RATE_LIMIT_FACTOR: '100' } });
  await loginAll(host, tokens);
}

beforeAll(freshHost, 60_000);

afterAll(async () => {
  await host?.stop();
});

const upload = (user: string, purpose: string, bytes: Buffer = PNG, type = 'image/png', token = tokens[user]!) =>
  uploadAs(host, token, purpose, bytes, type);

const report = async (customer = 'c-1001', serial = 'SN1001-A', extra: Record<string, unknown> = {}) =>
  (
    await host.ok(
      'tickets',
      'report',
      { serial, severity: 'common', description: '设备无法开机，指示灯不亮', clientRequestId: crid(), ...extra },
      tokens[customer],
    )
  ).ticket;

const allTickets = async () => (await host.ok('tickets', 'list', { limit: 100 }, tokens['a-4001'])).items as any[];

describe('a customer never sees, reports on or rates another customer’s tickets or devices', () => {
  let theirs: any;
  beforeAll(async () => {
    theirs = await report('c-1001');
  });

  test('get, list, reportFile, confirm, reopen, cancel and rate → 404 / not listed', async () => {
    const other = tokens['c-1002'];
    for (const [action, data] of [
      ['get', { id: theirs.id }],
      ['reportFile', { id: theirs.id }],
      ['confirm', { id: theirs.id }],
      ['reopen', { id: theirs.id, reason: '还是坏的' }],
      ['cancel', { id: theirs.id }],
    ] as const) {
      const reply = await host.call('tickets', action, data, other);
      expect([action, reply.status]).toEqual([action, 404]);
      expect(JSON.stringify(reply.body)).not.toContain(theirs.no);
    }
    const rate = await host.call(
      'surveys',
      'submit',
      { ticketId: theirs.id, scores: { speed: 1, attitude: 1, skill: 1, result: 1 } },
      other,
    );
    expect(rate.status).toBe(404);
    const mine = await host.ok('tickets', 'list', { scope: 'all' }, other);
    expect(mine.items.every((t: any) => t.customerId === 'cust-1002')).toBe(true);
    expect((await host.ok('tickets', 'get', { id: theirs.id }, tokens['c-1001'])).ticket.status).toBe('assigned');
  });

  test('reporting on another customer’s device → 404, nothing stored', async () => {
    const before = (await allTickets()).length;
    const reply = await host.call(
      'tickets',
      'report',
      { serial: 'SN1001-A', severity: 'common', description: '设备无法开机，指示灯不亮', clientRequestId: crid() },
      tokens['c-1002'],
    );
    expect(reply.status).toBe(404);
    expect((await allTickets()).length).toBe(before);
  });

  test('attaching someone else’s upload → 400, nothing stored', async () => {
    const photo = await upload('c-1002', 'photo');
    const before = (await allTickets()).length;
    const reply = await host.call(
      'tickets',
      'report',
      {
        serial: 'SN1001-A',
        severity: 'common',
        description: '设备无法开机',
        clientRequestId: crid(),
        photos: [photo.body.data.upload.fileId],
      },
      tokens['c-1001'],
    );
    expect(reply.status).toBe(400);
    expect((await allTickets()).length).toBe(before);
  });
});

describe('staff see what is theirs', () => {
  beforeAll(freshHost, 60_000);

  test('a technician sees only tickets offered or assigned to them; others are told it does not exist', async () => {
    const t = await report();
    const offered = t.assigneeId;
    const other = offered === 't-2001' ? 't-2002' : 't-2001';
    expect((await host.call('tickets', 'get', { id: t.id }, tokens[other])).status).toBe(404);
    expect((await host.call('tickets', 'accept', { id: t.id }, tokens[other])).status).toBe(404);
    expect((await host.call('tickets', 'get', { id: t.id }, tokens['t-2003'])).status).toBe(404);
    const list = await host.ok('tickets', 'list', { scope: 'all' }, tokens[other]);
    expect(list.items.every((x: any) => x.assigneeId === other)).toBe(true);
    // dispatchers and admins see all
    expect((await host.call('tickets', 'get', { id: t.id }, tokens['d-3001'])).status).toBe(200);
    expect((await host.call('tickets', 'get', { id: t.id }, tokens['a-4001'])).status).toBe(200);
  });

  test('roles: customers cannot accept, assign or read statistics; technicians cannot report or assign', async () => {
    const t = await report();
    expect((await host.call('tickets', 'accept', { id: t.id }, tokens['c-1001'])).status).toBe(403);
    expect((await host.call('tickets', 'assign', { id: t.id, technicianId: 't-2003' }, tokens['c-1001'])).status).toBe(
      403,
    );
    expect((await host.call('tickets', 'candidates', { id: t.id }, tokens['t-2001'])).status).toBe(403);
    expect((await host.call('tickets', 'assign', { id: t.id, technicianId: 't-2003' }, tokens['t-2001'])).status).toBe(
      403,
    );
    const techReport = await host.call(
      'tickets',
      'report',
      { serial: 'SN1001-A', severity: 'common', description: '设备无法开机', clientRequestId: crid() },
      tokens['t-2001'],
    );
    expect(techReport.status).toBe(403);
    expect(
      (await host.call('surveys', 'stats', { from: '2026-01-01', to: '2026-12-31' }, tokens['t-2001'])).status,
    ).toBe(403);
    expect((await host.call('tickets', 'autoClose', {}, tokens['a-4001'])).status).toBe(403);
    expect((await host.call('tickets', 'list', {})).status).toBe(401);
  });
});

describe('uploads', () => {
  test('type, size, role and sign-in are checked', async () => {
    expect((await upload('c-1001', 'photo', Buffer.from('hello'), 'text/plain')).status).toBe(400);
    const gif = await upload('c-1001', 'photo', Buffer.from('GIF89a'), 'image/gif');
    expect(gif.status).toBe(400);
    expect(gif.body.error.message).toBe('仅支持 JPG、PNG、WEBP 或 HEIC 图片');
    expect((await upload('c-1001', 'photo', PNG, 'image/png', '')).status).toBe(401);
    expect((await upload('c-1001', 'signature')).status).toBe(403);
    expect((await upload('t-2001', 'signature', Buffer.alloc(1024 * 1024 + 1, 1))).status).toBe(400);
    expect((await upload('c-1001', 'nonsense')).status).toBe(400);
    const ok = await upload('c-1001', 'photo');
    expect(ok.body.data.upload).toMatchObject({ purpose: 'photo', contentType: 'image/png', size: PNG.length });
    // the same bytes again are another file: ids are random, never the content's hash (files-private.test.ts)
    expect((await upload('c-1001', 'photo')).body.data.upload.fileId).not.toBe(ok.body.data.upload.fileId);
  });

  test('a short video is the ticket’s video, not one of its photos', async () => {
    const video = await upload('c-1001', 'video', Buffer.from('....ftypmp42 fake but typed'), 'video/mp4');
    expect(video.status).toBe(200);
    const t = await report('c-1001', 'SN1001-A', { video: video.body.data.upload.fileId });
    expect(t.photos).toEqual([]);
    expect(t.video).toMatchObject({ fileId: video.body.data.upload.fileId });
    expect(t.video.url).toMatch(/^\/api\/_files\/[^?]+\.mp4\?exp=\d+&sig=[\w-]+$/);
    // a photo upload is not a video
    const photo = await upload('c-1001', 'photo');
    const wrong = await host.call(
      'tickets',
      'report',
      {
        serial: 'SN1001-A',
        severity: 'common',
        description: '设备无法开机',
        clientRequestId: crid(),
        video: photo.body.data.upload.fileId,
      },
      tokens['c-1001'],
    );
    expect(wrong.status).toBe(400);
  });
});

describe('idempotent reports (clientRequestId)', () => {
  test('the same id sent twice, or ten times at once, is one ticket', async () => {
    const id = crid();
    const body = { serial: 'SN1001-A', severity: 'common', description: '双击提交测试', clientRequestId: id };
    const first = await host.ok('tickets', 'report', body, tokens['c-1001']);
    const second = await host.ok('tickets', 'report', body, tokens['c-1001']);
    expect(second.ticket.id).toBe(first.ticket.id);
    expect(second.ticket.no).toBe(first.ticket.no);

    const burstId = crid();
    const before = (await allTickets()).length;
    const replies = await Promise.all(
      Array.from({ length: 10 }, () =>
        host.call('tickets', 'report', { ...body, clientRequestId: burstId }, tokens['c-1001']),
      ),
    );
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(new Set(replies.map((r: any) => r.body.data.ticket.id)).size).toBe(1);
    expect((await allTickets()).length).toBe(before + 1);
  });

  test('the same clientRequestId from two customers is two tickets', async () => {
    const id = crid();
    const a = await host.ok(
      'tickets',
      'report',
      { serial: 'SN1001-A', severity: 'common', description: '同一请求号', clientRequestId: id },
      tokens['c-1001'],
    );
    const b = await host.ok(
      'tickets',
      'report',
      { serial: 'SN1002-A', severity: 'common', description: '同一请求号', clientRequestId: id },
      tokens['c-1002'],
    );
    expect(a.ticket.id).not.toBe(b.ticket.id);
  });

  test('ticket numbers are unique under concurrent reports', async () => {
    const replies = await Promise.all(Array.from({ length: 25 }, () => report()));
    expect(new Set(replies.map((t) => t.no)).size).toBe(25);
  });
});

describe('races on one ticket', () => {
  beforeEach(freshHost, 60_000);

  test('20 concurrent accepts: exactly one acceptance and one event', async () => {
    const t = await report();
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => host.call('tickets', 'accept', { id: t.id }, tokens[t.assigneeId])),
    );
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 409)).toHaveLength(19);
    const after = (await host.ok('tickets', 'get', { id: t.id }, tokens['d-3001'])).ticket;
    expect(after.events.filter((e: any) => e.type === 'accepted')).toHaveLength(1);
    expect(after.status).toBe('accepted');
  });

  test('assign racing accept leaves one consistent assignee and a consistent timeline', async () => {
    for (let round = 0; round < 6; round++) {
      const t = await report();
      const offered = t.assigneeId;
      const [acceptReply, assignReply] = await Promise.all([
        host.call('tickets', 'accept', { id: t.id }, tokens[offered]),
        host.call('tickets', 'assign', { id: t.id, technicianId: 't-2003' }, tokens['d-3001']),
      ]);
      expect(assignReply.status).toBe(200);
      expect([200, 409, 404]).toContain(acceptReply.status);
      const after = (await host.ok('tickets', 'get', { id: t.id }, tokens['d-3001'])).ticket;
      expect(after).toMatchObject({ status: 'assigned', assigneeId: 't-2003' });
      // every status change starts where the previous one ended
      let status = 'reported';
      for (const e of after.events) {
        if (!e.to) continue;
        expect(e.from).toBe(status);
        status = e.to;
      }
      expect(status).toBe('assigned');
      expect(after.events.filter((e: any) => e.type === 'accepted')).toHaveLength(acceptReply.status === 200 ? 1 : 0);
    }
  });
});

describe('bad input gets a clear error and changes nothing', () => {
  test.each([
    ['unknown severity', { severity: 'huge' }],
    ['description too short', { description: '坏' }],
    ['ten photos', { photos: Array.from({ length: 10 }, (_, i) => `f${i}`) }],
    ['bad phone', { contactPhone: '12345' }],
    ['bad clientRequestId', { clientRequestId: 'x' }],
    ['unexpected field', { priority: 1 }],
  ])('%s → 400 VALIDATION_FAILED', async (_name, patch) => {
    const before = (await allTickets()).length;
    const reply = await host.call(
      'tickets',
      'report',
      { serial: 'SN1001-A', severity: 'common', description: '设备无法开机', clientRequestId: crid(), ...patch },
      tokens['c-1001'],
    );
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect((reply.body as any).error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect((await allTickets()).length).toBe(before);
  });

  test('scores outside 1–5 are refused', async () => {
    const reply = await host.call(
      'surveys',
      'submit',
      { ticketId: 'x', scores: { speed: 6, attitude: 5, skill: 5, result: 5 } },
      tokens['c-1001'],
    );
    expect(reply.status).toBe(400);
    expect((reply.body as any).error.message).toContain('1–5');
  });
});

describe('auto-close', () => {
  beforeAll(freshHost, 60_000);

  test('a resolved ticket unrated for 7 days closes by itself; a second run changes nothing', async () => {
    const t = await report();
    await host.ok('tickets', 'accept', { id: t.id }, tokens[t.assigneeId]);
    const sig = await upload(t.assigneeId, 'signature');
    await host.ok(
      'tickets',
      'resolve',
      {
        id: t.id,
        cause: '电源松动',
        actions: '重新插紧电源',
        mode: 'remote',
        handlerSignature: sig.body.data.upload.fileId,
      },
      tokens[t.assigneeId],
    );
    await host.advanceClock(7 * 24 * 60 - 5);
    await host.trigger('tickets');
    expect((await host.ok('tickets', 'get', { id: t.id }, tokens['c-1001'])).ticket.status).toBe('resolved');
    await host.advanceClock(10);
    await host.trigger('tickets');
    const closed = (await host.ok('tickets', 'get', { id: t.id }, tokens['c-1001'])).ticket;
    expect(closed.status).toBe('closed');
    await host.trigger('tickets');
    const again = (await host.ok('tickets', 'get', { id: t.id }, tokens['c-1001'])).ticket;
    expect(again.events).toHaveLength(closed.events.length);
    expect(again.events.at(-1).text).toContain('自动关闭');
  });
});
