// What a benchmark scenario is: a name, a run that returns its measurements, derived figures and targets.
import type { Measurement } from './load';

export interface BenchSettings {
  /** concurrent connections (BENCH_CONNECTIONS, default 50) */
  connections: number;
  /** seconds of load before measuring, figures discarded (BENCH_WARMUP, default 3) */
  warmupSeconds: number;
  /** seconds measured (BENCH_DURATION, default 12) */
  durationSeconds: number;
  /** when set, the AfterCare host writes a V8 CPU profile here on exit (BENCH_CPU_PROF) */
  cpuProfileDir?: string;
}

export interface Figure {
  label: string;
  value: string;
}

export interface Target {
  label: string;
  met: boolean;
  /** the measured value against the target, e.g. "0.42 ≥ 0.3" */
  detail: string;
}

export interface ScenarioResult {
  measurements: Measurement[];
  /** derived figures (a ratio, a count checked after the run) */
  figures: Figure[];
  /** performance goals: reported, met or not (a benchmark does not fail the build over them) */
  targets: Target[];
  /** validity checks (no failed requests…): one not met makes the run an error (exit 1) */
  checks: Target[];
}

export interface Scenario {
  /** the command-line name: `npm run bench -- <name>` */
  name: string;
  description: string;
  run(settings: BenchSettings): Promise<ScenarioResult>;
}
