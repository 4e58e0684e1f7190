// JSON-lines logger: one object per line (info to stdout, error to stderr), readable by people and by jq.
import type { Logger } from '../ports';

export type LogSink = (line: string, level: 'info' | 'error') => void;

const processSink: LogSink = (line, level) => {
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
};

/** A circular or BigInt field must not turn a log call into a crash. */
function stringify(fields: Record<string, unknown>): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(fields, (_key, value: unknown) => {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) return '[circular]';
      seen.add(value);
    }
    return value;
  });
}

export function createJsonLogger(sink: LogSink = processSink): Logger {
  const write = (level: 'info' | 'error', fields: Record<string, unknown>) =>
    sink(stringify({ t: new Date().toISOString(), level, ...fields }), level);
  return {
    info: (fields) => write('info', fields),
    error: (fields) => write('error', fields),
  };
}
