// `npm run bench -- coldstart`: what a CloudBase cold start costs each function before it does any work — a fresh
// Node process per run requires dist/cloudfunctions/<name>/index.js (the bundle build:functions writes), then makes
// the first call (which builds the platform, loading @cloudbase/node-sdk: lazily, so require alone does not pay it).
// Runs one process at a time (BENCH_COLDSTART_RUNS each, default 7). Target: require under 150 ms for every function
// (the median of its runs; the max is shown: one run can meet a busy machine).
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildFunctions, FUNCTIONS_OUT } from '../../build-functions';
import { table } from '../lib/print';
import type { ScenarioResult } from '../lib/scenario';

const TARGET_MS = 150;

/** One cold start: require time, first-call time, and whether the call answered with the API envelope. */
const CHILD = `
const t0 = process.hrtime.bigint();
const m = require(process.argv[1]);
const t1 = process.hrtime.bigint();
m.main({ action: '__coldstart' }, {}).then((r) => {
  const t2 = process.hrtime.bigint();
  const ms = (a, b) => Number(b - a) / 1e6;
  process.stdout.write(JSON.stringify({ require: ms(t0, t1), first: ms(t1, t2), envelope: r && r.ok === false && r.error.code === 'VALIDATION_FAILED' }));
});`;

interface Run {
  require: number;
  first: number;
  envelope: boolean;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export const coldstartScenario = {
  name: 'coldstart',
  description: `require of each dist/cloudfunctions/<name>/index.js in a fresh process, then its first call`,
  async run(): Promise<ScenarioResult> {
    const runs = Math.max(1, Math.round(Number(process.env.BENCH_COLDSTART_RUNS ?? 7)));
    const built = await buildFunctions(() => undefined);
    const rows: string[][] = [];
    const targets: ScenarioResult['targets'] = [];
    let envelopes = 0;
    let total = 0;
    for (const fn of built.functions) {
      const file = resolve(join(FUNCTIONS_OUT, fn.name, 'index.js'));
      const samples: Run[] = [];
      for (let i = 0; i < runs; i++) {
        samples.push(JSON.parse(execFileSync(process.execPath, ['-e', CHILD, file], { encoding: 'utf8' })) as Run);
      }
      total += samples.length;
      envelopes += samples.filter((s) => s.envelope).length;
      const req = samples.map((s) => s.require);
      const first = samples.map((s) => s.first);
      rows.push([
        fn.name,
        `${(fn.bytes / 1024).toFixed(0)} KB`,
        median(req).toFixed(1),
        Math.max(...req).toFixed(1),
        median(first).toFixed(1),
        median(req.map((r, i) => r + first[i]!)).toFixed(1),
      ]);
      targets.push({
        label: `${fn.name}: require under ${TARGET_MS} ms`,
        met: median(req) < TARGET_MS,
        detail: `median ${median(req).toFixed(1)} ms, max ${Math.max(...req).toFixed(1)} ms`,
      });
    }
    return {
      measurements: [],
      figures: [
        { label: 'runs per function', value: String(runs) },
        {
          label: 'per function (ms)',
          value: `\n${table(['function', 'index.js', 'require p50', 'require max', 'first call p50', 'both p50'], rows)}`,
        },
      ],
      targets,
      checks: [
        {
          label: 'every cold start answers its first call with the API envelope',
          met: envelopes === total,
          detail: `${envelopes} of ${total}`,
        },
      ],
    };
  },
};
