// Scenario "report": tickets.report end to end over HTTP (auth, validation, warranty, daily ticket number, routing,
// insert, notifications, the reply) on the real local host, against a bare node:http + one better-sqlite3 INSERT
// baseline. Throughput: 50 closed-loop connections (each sends as soon as it is answered) on both servers. Latency:
// the same 50 connections at fixed offered rates below AfterCare's saturation (a quarter, half, three quarters of
// the throughput it just reached). Targets (issue): throughput ratio ≥ 0.3; p99 < 25 ms, checked at half the
// saturation rate (at saturation, 50 requests are always in flight and latency is 50 ÷ throughput: Little's law).
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { measure, type Measurement } from '../lib/load';
import { measurePaced } from '../lib/paced';
import type { BenchSettings, Scenario, ScenarioResult } from '../lib/scenario';
import { devLogin, removeDir, startAfterCareHost, startBaselineServer, tempDir } from '../lib/servers';

const RATIO_TARGET = 0.3;
const P99_TARGET_MS = 25;
/** offered rates for the latency runs, as fractions of the closed-loop throughput; the target is checked at 0.5 */
const LATENCY_LOADS = [0.25, 0.5, 0.75] as const;
const TARGET_LOAD = 0.5;

/** the offered rate for a fraction of the saturation throughput, rounded down to 10 req/s (at least 10) */
export function offeredRate(saturation: number, fraction: number): number {
  return Math.max(10, Math.floor((saturation * fraction) / 10) * 10);
}

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

interface AfterCareRuns {
  m: Measurement;
  /** the fixed-rate latency runs, in LATENCY_LOADS order */
  paced: Measurement[];
  stored: number;
}

async function measureAfterCare(settings: BenchSettings): Promise<AfterCareRuns> {
  const dataDir = tempDir('aftercare-bench-host-');
  try {
    const nodeArgs = settings.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${settings.cpuProfileDir}`] : [];
    const host = await startAfterCareHost(dataDir, nodeArgs);
    let m: Measurement;
    const paced: Measurement[] = [];
    try {
      const token = await devLogin(host.url, 'c-1001');
      const bodies = reportBodies();
      const target = { url: host.url, path: '/api/tickets', headers: { authorization: `Bearer ${token}` } };
      m = await measure({ name: 'AfterCare tickets.report', ...target, body: bodies.next, ...loadSettings(settings) });
      for (const fraction of LATENCY_LOADS) {
        const rate = offeredRate(m.requestsPerSecond, fraction);
        paced.push(
          await measurePaced({
            name: `AfterCare at ${rate} req/s (${fraction * 100} %)`,
            ...target,
            body: bodies.next,
            rate,
            ...loadSettings(settings),
          }),
        );
      }
      if ([m, ...paced].some((run) => run.non2xx > 0)) {
        process.stderr.write(`AfterCare host output (last lines):\n${host.tail()}\n`);
      }
    } finally {
      await host.stop();
    }
    return { m, paced, stored: countRows(join(dataDir, 'aftercare.db'), 'tickets') };
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
    const atTarget = aftercare.paced[LATENCY_LOADS.indexOf(TARGET_LOAD)]!;
    // the AfterCare rows share one host and one database: their 2xx responses add up to its rows
    const afterCareAcknowledged = [aftercare.m, ...aftercare.paced].reduce((n, run) => n + run.acknowledged, 0);
    const runs = [
      { m: aftercare.m, stored: aftercare.stored, acknowledged: afterCareAcknowledged },
      ...aftercare.paced.map((m) => ({ m, stored: null, acknowledged: 0 })),
      { m: baseline.m, stored: baseline.stored, acknowledged: baseline.m.acknowledged },
    ];
    return {
      measurements: [aftercare.m, ...aftercare.paced, baseline.m],
      figures: [
        { label: 'throughput ratio (AfterCare ÷ baseline)', value: ratio.toFixed(2) },
        ...runs.map(({ m, stored }) => ({
          label: `${m.name}: responses per second over the window`,
          value: `${m.perSecond.join(' ')}${stored === null ? '' : ` (${stored} rows at the end)`}`,
        })),
        {
          label: 'AfterCare p99 at saturation (50 closed-loop connections; not a latency target, see docs)',
          value: `${aftercare.m.latency.p99} ms`,
        },
      ],
      targets: [
        {
          label: `throughput ratio ≥ ${RATIO_TARGET}`,
          met: ratio >= RATIO_TARGET,
          detail: `${ratio.toFixed(2)} (${aftercare.m.requestsPerSecond.toFixed(0)} ÷ ${baseline.m.requestsPerSecond.toFixed(0)} req/s)`,
        },
        {
          label: `AfterCare p99 < ${P99_TARGET_MS} ms at 50 connections offered ${atTarget.offeredRate} req/s (half its saturation throughput)`,
          met: atTarget.latency.p99 < P99_TARGET_MS,
          detail: `${atTarget.latency.p99} ms`,
        },
      ],
      checks: runs.flatMap(({ m, stored, acknowledged }) => [
        {
          label: `${m.name}: every response 2xx`,
          met: m.non2xx === 0 && m.errors === 0 && m.warmupErrors === 0,
          detail:
            `${m.non2xx} non-2xx (${JSON.stringify(m.statusCodes)}), ${m.errors} failed requests ` +
            `(${m.warmupErrors} in the warm-up)`,
        },
        ...(stored === null
          ? []
          : [
              {
                // in-flight requests when a run stops may add rows; an idempotent replay would add none
                label: `${m.name}${m === aftercare.m ? ' and the fixed-rate runs' : ''}: one new row per 2xx response`,
                met: stored >= acknowledged,
                detail: `${stored} rows stored ≥ ${acknowledged} 2xx responses (warm-up + measured)`,
              },
            ]),
      ]),
    };
  },
};
