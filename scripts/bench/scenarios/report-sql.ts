// `npm run bench -- report-sql`: where a report's time and disk writes go, without HTTP. tickets.report through
// dispatch() in this process, 50 at a time (one group commit each, as at 50 connections), on the host's store with
// its automatic checkpoints off so the WAL keeps every page written: time per report, SQL per statement, and the WAL
// bytes per report by table or index (the pages a sync must write). Diagnostic figures, no target.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Statement } from 'better-sqlite3';
import { dispatch } from '../../../cloudfunctions/_lib/dispatch';
import { BENCH_RATE_LIMIT_FACTOR } from '../lib/servers';
import { FUNCTIONS } from '../../../cloudfunctions/registry';
import { seedDemoData } from '../../../host/seed';
import { createLocalPlatform } from '../../../platform/local/platform';
import type { Figure, Scenario, ScenarioResult } from '../lib/scenario';

const REPORTS = 5000;
const WARMUP = 300;
const IN_FLIGHT = 50;
const quiet = { info() {}, warn() {}, error() {} };

interface Cost {
  calls: number;
  ms: number;
}

/** Wraps every statement the store prepares so each run/get/all adds to `costs` under its SQL. */
function timeStatements(db: { prepare(sql: string): Statement }, costs: Map<string, Cost>): void {
  const prepare = db.prepare.bind(db);
  db.prepare = (sql: string) => {
    const statement = prepare(sql) as unknown as Record<'run' | 'get' | 'all', (...a: unknown[]) => unknown>;
    for (const method of ['run', 'get', 'all'] as const) {
      const original = statement[method].bind(statement);
      statement[method] = (...args: unknown[]) => {
        const started = performance.now();
        try {
          return original(...args);
        } finally {
          const cost = costs.get(sql) ?? { calls: 0, ms: 0 };
          cost.calls++;
          cost.ms += performance.now() - started;
          costs.set(sql, cost);
        }
      };
    }
    return statement as unknown as Statement;
  };
}

/** WAL frames by the table or index their page belongs to. */
function walPagesByOwner(walFile: string, owners: Map<number, string>): Map<string, number> {
  const wal = readFileSync(walFile);
  const pageSize = wal.readUInt32BE(8);
  const byOwner = new Map<string, number>();
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    const owner = owners.get(wal.readUInt32BE(at)) ?? '(freelist or new)';
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + pageSize);
  }
  return byOwner;
}

export const reportSqlScenario: Scenario = {
  name: 'report-sql',
  description: 'tickets.report in process (no HTTP), 50 at a time: time, SQL per statement, WAL bytes per report',
  async run(): Promise<ScenarioResult> {
    const dir = mkdtempSync(join(tmpdir(), 'aftercare-bench-sql-'));
    const platform = createLocalPlatform({ dataDir: dir, logger: quiet, checkpoints: false });
    try {
      const { db } = platform.store;
      await seedDemoData(platform.store, platform.clock.now());
      const { token } = await platform.identity.issueDevToken({ userId: 'c-1001' });
      const tickets = FUNCTIONS.tickets!.actions;
      const report = async (n: number) => {
        const data = { serial: 'SN1001-A', severity: 'common', description: '基准测试：设备报错 E-31' };
        const result = await dispatch(platform, {
          functionName: 'tickets',
          actions: tickets,
          event: { action: 'report', data: { ...data, clientRequestId: `bench-sql-${process.pid}-${n}` } },
          request: { authorization: `Bearer ${token}` },
          requestId: `bench-${n}`,
          // one customer reports thousands of times: the limit's counter runs (and is measured), never refuses
          rateLimitFactor: BENCH_RATE_LIMIT_FACTOR,
        });
        if (result.status !== 200) throw new Error(`report ${n}: ${JSON.stringify(result.envelope)}`);
      };
      const batch = async (from: number) => {
        const mark = platform.store.writeMark();
        await Promise.all(Array.from({ length: IN_FLIGHT }, (_, i) => report(from + i)));
        await platform.store.durable(mark);
      };
      // every statement the store prepares from here on is timed (it caches them: wrap before the first report)
      const costs = new Map<string, Cost>();
      timeStatements(db, costs);
      for (let n = 0; n < WARMUP; n += IN_FLIGHT) await batch(n);
      // from here the WAL keeps every page written (nothing checkpoints it)
      db.pragma('wal_checkpoint(TRUNCATE)');
      costs.clear();
      const started = performance.now();
      for (let n = WARMUP; n < WARMUP + REPORTS; n += IN_FLIGHT) await batch(n);
      const ms = performance.now() - started;
      const statements = [...costs].sort((a, b) => b[1].ms - a[1].ms);

      const owners = new Map<number, string>();
      for (const row of db.prepare('SELECT name, pageno FROM dbstat').all() as { name: string; pageno: number }[]) {
        owners.set(row.pageno, row.name);
      }
      const wal = walPagesByOwner(join(dir, 'aftercare.db-wal'), owners);
      const walBytes = statSync(join(dir, 'aftercare.db-wal')).size;
      const sqlMs = statements.reduce((sum, [, c]) => sum + c.ms, 0);
      const perReport = (x: number) => x / REPORTS;
      const kib = (bytes: number) => `${(perReport(bytes) / 1024).toFixed(1)} KiB`;
      const figures: Figure[] = [
        { label: 'time per report (dispatch, SQL included)', value: `${perReport(ms).toFixed(3)} ms` },
        { label: 'SQL per report', value: `${perReport(sqlMs).toFixed(3)} ms` },
        { label: 'WAL written per report', value: kib(walBytes) },
        ...[...wal]
          .sort((a, b) => b[1] - a[1])
          .filter(([, bytes]) => perReport(bytes) >= 100)
          .map(([owner, bytes]) => ({ label: `  WAL: ${owner}`, value: kib(bytes) })),
        ...statements.slice(0, 15).map(([sql, c]) => ({
          label: `  ${(perReport(c.calls) || 0).toFixed(2)}× ${sql.replace(/\s+/g, ' ').slice(0, 100)}`,
          value: `${((perReport(c.ms) || 0) * 1000).toFixed(0)} µs`,
        })),
      ];
      return { measurements: [], figures, targets: [], checks: [] };
    } finally {
      platform.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
