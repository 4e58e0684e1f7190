// Durability: a report the host acknowledged survives the host being killed (SIGKILL: no flush, no close) in the
// middle of a burst of concurrent reports. After a restart on the same data directory every acknowledged ticket is
// there with the same number, re-sending its clientRequestId returns it (idempotency across restarts), ticket numbers
// are unique, and nothing was stored beyond the acknowledged reports and the few in flight at the kill.
import { removeDir, startHost, tempDataDir, type Host } from './harness';

/** concurrent report loops: each sends its next report once the previous one is answered */
const LOOPS = 8;
/** the host is killed once this many reports have been acknowledged */
const KILL_AFTER = 150;
/** hundreds of reports from one customer in seconds: far beyond the rate limits (host-safety.test.ts tests them) */
const UNLIMITED = { AFTERCARE_RATE_LIMIT_FACTOR: '1000' };

interface Acknowledged {
  clientRequestId: string;
  id: string;
  no: string;
}

const reportData = (clientRequestId: string) => ({
  serial: 'SN1001-A',
  severity: 'common',
  description: '断电测试：设备报错 E-31，屏幕无响应',
  clientRequestId,
});

/** every ticket c-1001 can list (its organisation's), newest first, following nextCursor */
async function listAll(host: Host, token: string): Promise<{ id: string; no: string }[]> {
  const all: { id: string; no: string }[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: { id: string; no: string }[]; nextCursor: string | null } = await host.ok(
      'tickets',
      'list',
      { limit: 100, ...(cursor ? { cursor } : {}) },
      token,
    );
    all.push(...page.items.map(({ id, no }) => ({ id, no })));
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

test('every acknowledged report survives a SIGKILL of the host mid-burst, with its number and its idempotency', async () => {
  const dataDir = tempDataDir();
  const run = `dur-${Date.now().toString(36)}`;
  const hosts: Host[] = [];
  try {
    const first = await startHost({ dataDir, devClock: false, env: UNLIMITED });
    hosts.push(first);
    const token = await first.login('c-1001');

    const acknowledged: Acknowledged[] = [];
    /** answers that were neither an acknowledgement nor a failure caused by the kill: each one fails the test */
    const unexpected: string[] = [];
    let killStarted = false;
    let reachedKillPoint!: () => void;
    const killPoint = new Promise<void>((resolve) => (reachedKillPoint = resolve));

    const loop = async (k: number) => {
      for (let i = 0; ; i++) {
        const clientRequestId = `${run}-${k}-${i}`;
        let reply;
        try {
          reply = await first.call<{ ticket: { id: string; no: string } }>(
            'tickets',
            'report',
            reportData(clientRequestId),
            token,
          );
        } catch (e) {
          // connection refused or cut: expected once the host is being killed, a failure before that
          if (!killStarted) unexpected.push(`${clientRequestId}: ${String(e)}`);
          return;
        }
        if (reply.status === 200 && reply.body.ok) {
          const { id, no } = reply.body.data.ticket;
          acknowledged.push({ clientRequestId, id, no });
          if (acknowledged.length >= KILL_AFTER) reachedKillPoint();
        } else {
          unexpected.push(`${clientRequestId}: ${reply.status} ${JSON.stringify(reply.body)}`);
          return;
        }
      }
    };
    const loops = Array.from({ length: LOOPS }, (_, k) => loop(k));

    // Kill when enough are acknowledged, or as soon as a loop has stopped on its own (that would be a failure: the
    // kill then ends the other loops instead of leaving them running forever).
    await Promise.race([killPoint, Promise.race(loops)]);
    killStarted = true;
    await first.kill();
    await Promise.all(loops);

    expect(unexpected).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);

    const second = await startHost({ dataDir, devClock: false, env: UNLIMITED });
    hosts.push(second);
    const token2 = await second.login('c-1001');

    // every acknowledged ticket is there, with the number it was acknowledged with
    const missing: string[] = [];
    for (const ack of acknowledged) {
      const reply = await second.call<{ ticket: { id: string; no: string } }>('tickets', 'get', { id: ack.id }, token2);
      if (reply.status !== 200 || !reply.body.ok) missing.push(`${ack.id} (${ack.no}): ${reply.status}`);
      else if (reply.body.data.ticket.no !== ack.no) {
        missing.push(`${ack.id}: number ${reply.body.data.ticket.no}, acknowledged as ${ack.no}`);
      }
    }
    expect(missing).toEqual([]);

    // numbers are unique, and nothing was stored but the acknowledged reports and at most one in flight per loop
    const stored = await listAll(second, token2);
    expect(new Set(stored.map((t) => t.no)).size).toBe(stored.length);
    expect(new Set(stored.map((t) => t.id)).size).toBe(stored.length);
    const storedIds = new Set(stored.map((t) => t.id));
    expect(acknowledged.filter((a) => !storedIds.has(a.id))).toEqual([]);
    expect(stored.length).toBeGreaterThanOrEqual(acknowledged.length);
    expect(stored.length).toBeLessThanOrEqual(acknowledged.length + LOOPS);

    // re-sending an acknowledged clientRequestId after the restart returns the same ticket and creates none
    const resent: string[] = [];
    for (const ack of acknowledged) {
      const again = await second.ok<{ ticket: { id: string; no: string } }>(
        'tickets',
        'report',
        reportData(ack.clientRequestId),
        token2,
      );
      if (again.ticket.id !== ack.id || again.ticket.no !== ack.no) {
        resent.push(`${ack.clientRequestId}: ${again.ticket.id} ${again.ticket.no}, was ${ack.id} ${ack.no}`);
      }
    }
    expect(resent).toEqual([]);
    expect((await listAll(second, token2)).length).toBe(stored.length);

    // the next new report continues the day's numbering after every stored number
    const next = await second.ok<{ ticket: { no: string } }>('tickets', 'report', reportData(`${run}-after`), token2);
    expect(stored.filter((t) => t.no === next.ticket.no)).toEqual([]);
  } finally {
    for (const host of hosts) await host.kill();
    removeDir(dataDir);
  }
}, 180_000);
