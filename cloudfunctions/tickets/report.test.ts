// tickets.report's idempotency by request: ids in creation order, and a replay that finishes what a stopped first
// attempt began (on CloudBase the request and the ticket are two writes; a function can stop between them).
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoData } from '../../host/seed';
import { dbOf } from '../../platform/collections';
import { createLocalPlatform, type LocalPlatform } from '../../platform/local/platform';
import { dispatch } from '../_lib/dispatch';
import { actions } from './index';
import { newTicketId, requestKeyFor } from './report';

const quiet = { info() {}, warn() {}, error() {} };

describe('tickets.report', () => {
  let dir: string;
  let platform: LocalPlatform;
  let token: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aftercare-report-'));
    platform = createLocalPlatform({ dataDir: dir, logger: quiet });
    await seedDemoData(platform.store, platform.clock.now());
    token = (await platform.identity.issueDevToken({ userId: 'c-1001' })).token;
  });
  afterAll(() => {
    platform.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const report = (clientRequestId: string) =>
    dispatch(platform, {
      functionName: 'tickets',
      actions,
      event: {
        action: 'report',
        data: { serial: 'SN1001-A', severity: 'common', description: '屏幕无显示', clientRequestId },
      },
      request: { authorization: `Bearer ${token}` },
      requestId: 'test',
    }).then((r) => {
      if (!r.envelope.ok) throw new Error(JSON.stringify(r.envelope.error));
      return (r.envelope.data as { ticket: { id: string; no: string } }).ticket;
    });

  test('ticket ids sort in creation order and have one fixed width', () => {
    const times = [0, 1, 999, 86_400_000, Date.UTC(2026, 11, 1), Date.UTC(2099, 0, 1)].map((t) => new Date(t));
    const ids = times.map(newTicketId);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids.map((id) => id.length))).toEqual(new Set([24]));
    expect(newTicketId(times[4]!)).not.toBe(newTicketId(times[4]!));
  });

  test('a request whose ticket was never stored is completed by its replay, under the id it named', async () => {
    const db = dbOf(platform.store);
    const named = newTicketId(new Date());
    await db.clientRequests.insert({
      id: requestKeyFor('c-1001', 'stopped-attempt'),
      userId: 'c-1001',
      ticketId: named,
      createdAt: new Date().toISOString(),
    });
    const ticket = await report('stopped-attempt');
    expect(ticket.id).toBe(named);
    expect(await db.tickets.get(named)).toMatchObject({ id: named, no: ticket.no });
    expect((await report('stopped-attempt')).no).toBe(ticket.no);
  });

  test('replays return the first ticket; other request ids make new ones', async () => {
    const first = await report('replayed-once');
    const again = await Promise.all([report('replayed-once'), report('replayed-once')]);
    expect(again.map((t) => t.id)).toEqual([first.id, first.id]);
    const other = await report('another-one');
    expect(other.id).not.toBe(first.id);
  });

  test('two first attempts at once store one ticket, and both answer with it', async () => {
    const db = dbOf(platform.store);
    const before = await db.tickets.count();
    const [a, b] = await Promise.all([report('raced-first'), report('raced-first')]);
    expect(b.id).toBe(a.id);
    expect(b.no).toBe(a.no);
    expect(await db.tickets.count()).toBe(before + 1);
  });

  test('a request sent before request records existed still finds its ticket (the old hashed id)', async () => {
    const db = dbOf(platform.store);
    const fresh = await report('made-the-old-way');
    // store a copy under the id the same request had before, and forget the request record
    const oldId = `tk_${createHash('sha256').update('c-1001\nsent-long-ago').digest('hex').slice(0, 24)}`;
    const { version: _v, ...doc } = (await db.tickets.get(fresh.id))!;
    await db.tickets.insert({ ...doc, id: oldId, clientRequestId: 'sent-long-ago' });
    const before = await db.tickets.count();
    expect((await report('sent-long-ago')).id).toBe(oldId);
    expect(await db.tickets.count()).toBe(before);
  });
});
