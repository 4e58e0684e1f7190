// The benchmark baseline: the least a durable "create a document over HTTP" can cost on this machine. A bare node:http
// server; each POST parses its JSON body and INSERTs one ticket-sized JSON document with better-sqlite3 into a WAL
// database with synchronous = FULL (the pragmas of platform/local/sqlite-store.ts), in a table shaped like the store's
// (id, version, doc), then answers with the stored document. No framework, no auth, no validation, no routing.
// Run by scripts/bench (PORT, BENCH_DATA_DIR); prints "ready at http://127.0.0.1:N".
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

const dataDir = process.env.BENCH_DATA_DIR;
if (!dataDir) throw new Error('BENCH_DATA_DIR is required');
mkdirSync(dataDir, { recursive: true });

const db = new BetterSqlite3(join(dataDir, 'baseline.db'), { timeout: 5000 });
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec('CREATE TABLE IF NOT EXISTS docs (id TEXT PRIMARY KEY, version INTEGER NOT NULL, doc TEXT NOT NULL)');
const insert = db.prepare('INSERT INTO docs (id, version, doc) VALUES (?, 1, ?)');

/** A document of about the size and shape of a stored ticket (~1.8 KB of JSON). */
function ticketLike(id: string, data: Record<string, unknown>, now: string): Record<string, unknown> {
  return {
    id,
    version: 1,
    status: 'assigned',
    ...data,
    contactPhone: '13800001001',
    address: '上海市浦东新区科苑路 399 号 5 号楼 1 层大厅',
    region: '上海市浦东新区',
    deviceName: '大厅自助服务终端',
    productLine: 'kiosk',
    customerId: 'cust-1001',
    reporterId: 'c-1001',
    warranty: { inWarranty: true, warrantyEndsAt: '2027-08-24T16:00:00.000Z', label: '在保' },
    billable: false,
    assigneeId: 't-2001',
    routing: {
      candidates: [
        { technicianId: 't-2001', score: 120, reasons: ['同区域', '技能：自助服务终端', '在岗', '负载 0/5'] },
        { technicianId: 't-2002', score: 120, reasons: ['同区域', '技能：自助服务终端', '在岗', '负载 0/5'] },
        { technicianId: 't-2003', score: 0, reasons: [], excluded: '区域不符（北京市朝阳区）' },
      ],
      chosen: 't-2001',
      reasons: ['李强：同区域，技能：自助服务终端，在岗，负载 0/5，今日尚未派单'],
      decidedAt: now,
      flagged: false,
      trigger: 'report',
    },
    sla: { respondBy: now, breached: [], nextDueAt: now },
    createdAt: now,
    updatedAt: now,
    events: [
      { seq: 1, at: now, by: 'c-1001', byRole: 'customer', type: 'reported', data: { severity: data.severity } },
      { seq: 2, at: now, by: 'system', byRole: 'system', type: 'offered', from: 'reported', to: 'assigned' },
    ],
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'POST') return send(res, 405, { ok: false });
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: Record<string, unknown> };
      const id = randomUUID();
      const doc = ticketLike(id, body.data ?? {}, new Date().toISOString());
      const json = JSON.stringify(doc);
      insert.run(id, json);
      send(res, 200, { ok: true, data: { ticket: doc } });
    } catch (e) {
      send(res, 500, { ok: false, error: { message: e instanceof Error ? e.message : String(e) } });
    }
  });
}

const server = createServer(handle);
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`baseline ready at http://127.0.0.1:${port}\n`);
});

const stop = () =>
  server.close(() => {
    db.close();
    process.exit(0);
  });
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
