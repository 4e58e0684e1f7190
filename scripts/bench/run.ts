// `npm run bench [-- <scenario> ...]`: runs the named benchmark scenarios (all of them without arguments) and prints
// their figures and whether each target is met. Exits 0 whether targets are met or not; 1 when a scenario errored or
// a validity check failed (failed requests, lost records). Never a timed test: figures live in docs/benchmarks.md.
//
//   BENCH_CONNECTIONS=50 BENCH_WARMUP=3 BENCH_DURATION=12   load settings (connections, seconds)
//   BENCH_CPU_PROF=<dir>                                    the AfterCare host writes a V8 CPU profile there
//   BENCH_JSON=<file>                                       also write the results as JSON
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { resultText } from './lib/print';
import type { BenchSettings, ScenarioResult } from './lib/scenario';
import { SCENARIOS } from './scenarios';

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}

function machine(): string {
  const cpu = cpus();
  return [
    `node ${process.version}`,
    `${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'})`,
    `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
    new Date().toISOString(),
  ].join(' · ');
}

async function main(): Promise<number> {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = names.filter((n) => !SCENARIOS.some((s) => s.name === n));
  if (unknown.length > 0) {
    process.stderr.write(`unknown scenario ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  const chosen = names.length > 0 ? SCENARIOS.filter((s) => names.includes(s.name)) : SCENARIOS;
  const settings: BenchSettings = {
    connections: Math.round(positive('BENCH_CONNECTIONS', 50)),
    warmupSeconds: positive('BENCH_WARMUP', 3),
    durationSeconds: positive('BENCH_DURATION', 12),
    ...(process.env.BENCH_CPU_PROF ? { cpuProfileDir: resolve(process.env.BENCH_CPU_PROF) } : {}),
  };

  process.stdout.write(`${machine()}\n`);
  process.stdout.write(
    `${settings.connections} connections, ${settings.warmupSeconds} s warm-up, ${settings.durationSeconds} s measured\n`,
  );
  let failed = false;
  const results: Record<string, ScenarioResult | { error: string }> = {};
  for (const scenario of chosen) {
    process.stdout.write(`\n== ${scenario.name}: ${scenario.description}\n`);
    try {
      const result = await scenario.run(settings);
      results[scenario.name] = result;
      process.stdout.write(`${resultText(result)}\n`);
      if (result.checks.some((c) => !c.met)) failed = true;
    } catch (e) {
      failed = true;
      const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
      results[scenario.name] = { error: message };
      process.stderr.write(`scenario ${scenario.name} errored: ${message}\n`);
    }
  }
  if (process.env.BENCH_JSON) {
    const file = resolve(process.env.BENCH_JSON);
    writeFileSync(file, `${JSON.stringify({ machine: machine(), settings, results }, null, 2)}\n`);
    process.stdout.write(`\nresults written to ${file}\n`);
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
