// Plain-text tables for the benchmark results.
import type { Measurement } from './load';
import type { ScenarioResult, Target } from './scenario';

/** Width as a terminal shows it: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, to: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return right ? fill + text : text + fill;
}

/** A table with a header row; columns after the first are right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, i > 0)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function measurementTable(measurements: Measurement[]): string {
  return table(
    [
      '',
      'conn',
      'offered',
      'req/s',
      'p50 ms',
      'p90 ms',
      'p99 ms',
      'max ms',
      'responses',
      'non-2xx',
      'errors',
      'ramp s',
    ],
    measurements.map((m) => [
      m.name,
      String(m.connections),
      m.offeredRate === undefined ? 'max' : String(m.offeredRate),
      m.requestsPerSecond.toFixed(0),
      String(m.latency.p50),
      String(m.latency.p90),
      String(m.latency.p99),
      String(m.latency.max),
      String(m.completed),
      String(m.non2xx),
      String(m.errors),
      String(m.rampSeconds),
    ]),
  );
}

function verdicts(title: string, items: Target[], yes: string, no: string): string[] {
  if (items.length === 0) return [];
  return [title, ...items.map((t) => `  ${t.met ? yes : no}  ${t.label}: ${t.detail}`)];
}

export function resultText(result: ScenarioResult): string {
  return [
    // scenarios without HTTP load (a timer run, say) have no measurements: figures only
    ...(result.measurements.length > 0 ? [measurementTable(result.measurements), ''] : []),
    ...result.figures.map((f) => `${f.label}: ${f.value}`),
    ...verdicts('targets:', result.targets, 'MET    ', 'MISSED '),
    ...verdicts('checks:', result.checks, 'ok     ', 'FAILED '),
  ].join('\n');
}
