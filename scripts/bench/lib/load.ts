// HTTP load with autocannon at a fixed number of keep-alive connections, measured in steady state.
//
// One autocannon run: a warm-up, then the measured window, on the same connections. The warm-up lasts at least
// `warmupSeconds` and until every connection has had a response: a Node server whose event loop is saturated accepts
// new connections slowly (about one per loop turn), so the first request of a late connection can wait seconds in
// the accept queue; those are connection set-up, not the steady state the figures describe (the ramp is reported).
// Every request body comes from `body()`, called once per request (a unique clientRequestId each).
import autocannon from 'autocannon';

export interface LoadOptions {
  /** what is measured, for messages */
  name: string;
  url: string;
  path: string;
  headers?: Record<string, string>;
  /** the body of the next request: called once per request sent */
  body: () => string;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

export interface Measurement {
  name: string;
  connections: number;
  /** requests per second offered at a fixed pace (paced.ts); absent for the closed loop (as fast as answered) */
  offeredRate?: number;
  /** seconds until every connection had its first response (part of the warm-up) */
  rampSeconds: number;
  /** the measured window */
  durationSeconds: number;
  /** responses per second in the measured window */
  requestsPerSecond: number;
  /** responses in the measured window */
  completed: number;
  /** 2xx responses in the warm-up and the measured window (each should have created one record) */
  acknowledged: number;
  /** in the measured window */
  non2xx: number;
  /** failed requests (connection errors, timeouts) in the measured window */
  errors: number;
  /** failed requests during the warm-up */
  warmupErrors: number;
  /** responses in each second of the measured window (a falling series: the cost grows with the data) */
  perSecond: number[];
  /** status code → count in the measured window */
  statusCodes: Record<string, number>;
  /** milliseconds, 2xx responses of the measured window */
  latency: { p50: number; p90: number; p99: number; max: number; mean: number };
}

/** a connection that has not been answered after this long fails the warm-up's condition anyway */
const MAX_RAMP_SECONDS = 60;
/** autocannon's per-request timeout: long, so that a slow first accept is not a reset connection */
const REQUEST_TIMEOUT_SECONDS = 60;

/** nearest-rank percentile of sorted values */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const round = (ms: number) => Math.round(ms * 10) / 10;
export const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** p50/p90/p99/max/mean of latencies (ms), sorted in place */
export function latencySummary(latencies: number[]): Measurement['latency'] {
  latencies.sort((a, b) => a - b);
  return {
    p50: round(percentile(latencies, 50)),
    p90: round(percentile(latencies, 90)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies[latencies.length - 1] ?? 0),
    mean: round(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length)),
  };
}

export function measure(options: LoadOptions): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const answered = new Set<autocannon.Client>();
    let rampMs: number | null = null;
    let windowStart: number | null = null;
    let warmupTimer: NodeJS.Timeout | undefined;
    let stopTimer: NodeJS.Timeout | undefined;
    const latencies: number[] = [];
    const perSecond: number[] = Array.from({ length: Math.ceil(options.durationSeconds) }, () => 0);
    const statusCodes: Record<string, number> = {};
    let acknowledged = 0;
    let completed = 0;
    let errors = 0;
    let warmupErrors = 0;

    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        // an upper bound: the run is stopped once the measured window is over
        duration: options.warmupSeconds + MAX_RAMP_SECONDS + options.durationSeconds + 10,
        timeout: REQUEST_TIMEOUT_SECONDS,
        requests: [
          {
            method: 'POST',
            path: options.path,
            headers: { 'content-type': 'application/json', ...options.headers },
            setupRequest: (request) => ({ ...request, body: options.body() }),
          },
        ],
      },
      (error) => {
        clearTimeout(warmupTimer);
        clearTimeout(stopTimer);
        if (error) return reject(error);
        if (windowStart === null) return reject(new Error(`${options.name}: the run ended before it was measured`));
        const windowMs = Math.min(performance.now(), windowStart + options.durationSeconds * 1000) - windowStart;
        resolve({
          name: options.name,
          connections: options.connections,
          rampSeconds: seconds(rampMs ?? MAX_RAMP_SECONDS * 1000),
          durationSeconds: seconds(windowMs),
          requestsPerSecond: completed / (windowMs / 1000),
          completed,
          acknowledged,
          non2xx: completed - latencies.length,
          errors,
          warmupErrors,
          perSecond,
          statusCodes,
          latency: latencySummary(latencies),
        });
      },
    );

    const startWindow = () => {
      if (windowStart !== null) return;
      windowStart = performance.now();
      stopTimer = setTimeout(() => instance.stop(), options.durationSeconds * 1000);
    };
    const warmedUp = () => performance.now() - started >= options.warmupSeconds * 1000;
    // the warm-up's minimum time is over: measure now if every connection has been answered (or at the ramp's cap)
    warmupTimer = setTimeout(function check() {
      if (rampMs !== null || performance.now() - started >= (options.warmupSeconds + MAX_RAMP_SECONDS) * 1000) {
        startWindow();
      } else {
        warmupTimer = setTimeout(check, 100);
      }
    }, options.warmupSeconds * 1000);

    instance.on('response', (client, statusCode, _bytes, ms) => {
      const ok = statusCode >= 200 && statusCode < 300;
      if (ok) acknowledged++;
      // decided before this response can end the warm-up: the ramp's last response is not measured
      const inWindow = windowStart !== null && performance.now() - windowStart <= options.durationSeconds * 1000;
      if (rampMs === null) {
        answered.add(client);
        if (answered.size >= options.connections) {
          rampMs = performance.now() - started;
          if (warmedUp()) startWindow();
        }
      }
      if (!inWindow) return;
      completed++;
      const second = Math.min(perSecond.length - 1, Math.floor((performance.now() - windowStart!) / 1000));
      perSecond[second]!++;
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
      if (ok) latencies.push(ms);
    });
    instance.on('reqError', () => {
      if (windowStart === null) warmupErrors++;
      else if (performance.now() - windowStart <= options.durationSeconds * 1000) errors++;
    });
  });
}
