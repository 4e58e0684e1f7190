// Scenario "report": tickets.report end to end over HTTP (auth, validation, warranty, daily ticket number, routing,
// insert, notifications, the reply) on the real local host, against a bare node:http + one better-sqlite3 INSERT
// baseline with the same durability settings. Targets (issue): throughput ratio ≥ 0.3, AfterCare p99 < 25 ms.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { measure, type Measurement } from '../lib/load';
import type { BenchSettings, Scenario, ScenarioResult } from '../lib/scenario';
import { devLogin, removeDir, startAfterCareHost, startBaselineServer, tempDir } from '../lib/servers';

const RATIO_TARGET = 0.3;
const P99_TARGET_MS = 25;

/** Bodies with a fresh clientRequestId each (8–64 of [A-Za-z0-9_-]): new tickets, never idempotent replays. */
function reportBodies(): { next: () => string } {
  const run = randomUUID().slice(0, 8);
  let n = 0;
  return {
    next: () =>
      JSON.stringify({
        action: 'report',
        data: {
          serial: 'SN1001-A',
          severity: 'common',
          description: '基准测试：设备报错 E-31',
          clientRequestId: `bench-${run}-${++n}`,
        },
      }),
  };
}

function countRows(file: string, table: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function loadSettings({ connections, warmupSeconds, durationSeconds }: BenchSettings) {
  return { connections, warmupSeconds, durationSeconds };
}

async function measureBaseline(settings: BenchSettings): Promise<{ m: Measurement; stored: number }> {
  const dataDir = tempDir('aftercare-bench-baseline-');
  try {
    const server = await startBaselineServer(dataDir);
    const bodies = reportBodies();
    let m: Measurement;
    try {
      m = await measure({
        name: 'baseline: node:http + 1 INSERT',
        url: server.url,
        path: '/api/tickets',
        body: bodies.next,
        ...loadSettings(settings),
      });
    } finally {
      await server.stop();
    }
    return { m, stored: countRows(join(dataDir, 'baseline.db'), 'docs') };
  } finally {
    removeDir(dataDir);
  }
}

async function measureAfterCare(settings: BenchSettings): Promise<{ m: Measurement; stored: number }> {
  const dataDir = tempDir('aftercare-bench-host-');
  try {
    const nodeArgs = settings.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${settings.cpuProfileDir}`] : [];
    const host = await startAfterCareHost(dataDir, nodeArgs);
    let m: Measurement;
    try {
      const token = await devLogin(host.url, 'c-1001');
      const bodies = reportBodies();
      m = await measure({
        name: 'AfterCare tickets.report',
        url: host.url,
        path: '/api/tickets',
        headers: { authorization: `Bearer ${token}` },
        body: bodies.next,
        ...loadSettings(settings),
      });
      if (m.non2xx > 0) process.stderr.write(`AfterCare host output (last lines):\n${host.tail()}\n`);
    } finally {
      await host.stop();
    }
    return { m, stored: countRows(join(dataDir, 'aftercare.db'), 'tickets') };
  } finally {
    removeDir(dataDir);
  }
}

export const reportScenario: Scenario = {
  name: 'report',
  description: 'tickets.report over HTTP on the local host vs a bare node:http + better-sqlite3 INSERT baseline',
  async run(settings): Promise<ScenarioResult> {
    const baseline = await measureBaseline(settings);
    const aftercare = await measureAfterCare(settings);
    const ratio = aftercare.m.requestsPerSecond / baseline.m.requestsPerSecond;
    const p99 = aftercare.m.latency.p99;
    return {
      measurements: [aftercare.m, baseline.m],
      figures: [
        { label: 'throughput ratio (AfterCare ÷ baseline)', value: ratio.toFixed(2) },
        ...[aftercare, baseline].map(({ m, stored }) => ({
          label: `${m.name}: responses per second over the window`,
          value: `${m.perSecond.join(' ')} (${stored} rows at the end)`,
        })),
      ],
      targets: [
        {
          label: `throughput ratio ≥ ${RATIO_TARGET}`,
          met: ratio >= RATIO_TARGET,
          detail: `${ratio.toFixed(2)} (${aftercare.m.requestsPerSecond.toFixed(0)} ÷ ${baseline.m.requestsPerSecond.toFixed(0)} req/s)`,
        },
        { label: `AfterCare p99 < ${P99_TARGET_MS} ms`, met: p99 < P99_TARGET_MS, detail: `${p99} ms` },
      ],
      checks: [aftercare, baseline].flatMap(({ m, stored }) => [
        {
          label: `${m.name}: every response 2xx`,
          met: m.non2xx === 0 && m.errors === 0 && m.warmupErrors === 0,
          detail:
            `${m.non2xx} non-2xx (${JSON.stringify(m.statusCodes)}), ${m.errors} failed requests ` +
            `(${m.warmupErrors} in the warm-up)`,
        },
        {
          // in-flight requests when a run stops may add rows; an idempotent replay would add none
          label: `${m.name}: one new row per 2xx response`,
          met: stored >= m.acknowledged,
          detail: `${stored} rows stored ≥ ${m.acknowledged} 2xx responses (warm-up + measured)`,
        },
      ]),
    };
  },
};
