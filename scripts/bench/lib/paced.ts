// Open-loop HTTP load at a fixed offered rate, for latency below saturation.
//
// Requests are scheduled evenly (one every 1/rate s) whatever the server does, and go out over a pool of keep-alive
// connections (all of them opened first, then used in turn: FIFO). A request that finds every connection busy waits
// for one, and that wait counts: latency runs from the request's scheduled time to the end of its response, so a
// server that falls behind shows it in the figures instead of slowing the load down (no coordinated omission).
// autocannon's own rate limit is not used for this: it sends each connection's whole second of requests back to back
// at the start of every second, so the 50 connections arrive as one burst per second.
import { Agent, request } from 'node:http';
import { latencySummary, seconds, type LoadOptions, type Measurement } from './load';

export interface PacedOptions extends LoadOptions {
  /** requests per second */
  rate: number;
}

/** a request still unanswered after this long fails */
const REQUEST_TIMEOUT_MS = 60_000;

interface Outcome {
  status: number | null;
  /** ms from the scheduled time to the end of the response */
  latency: number;
}

function send(agent: Agent, options: PacedOptions, scheduledAt: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const url = new URL(options.path, options.url);
    const body = options.body();
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        timeout: REQUEST_TIMEOUT_MS,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...options.headers,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, latency: performance.now() - scheduledAt }));
        res.on('error', () => resolve({ status: null, latency: performance.now() - scheduledAt }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: null, latency: performance.now() - scheduledAt }));
    req.end(body);
  });
}

export async function measurePaced(options: PacedOptions): Promise<Measurement> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections, scheduling: 'fifo' });
  try {
    // open every connection: one request on each at once (a warm-up request, not measured)
    const started = performance.now();
    const opening = await Promise.all(
      Array.from({ length: options.connections }, () => send(agent, options, performance.now())),
    );
    const rampMs = performance.now() - started;
    let acknowledged = opening.filter((o) => o.status !== null && o.status >= 200 && o.status < 300).length;
    let warmupErrors = opening.filter((o) => o.status === null).length;

    const interval = 1000 / options.rate;
    const warmupCount = Math.round(options.warmupSeconds * options.rate);
    const measuredCount = Math.round(options.durationSeconds * options.rate);
    const t0 = performance.now();
    const pending: Promise<void>[] = [];
    const latencies: number[] = [];
    const perSecond: number[] = Array.from({ length: Math.ceil(options.durationSeconds) }, () => 0);
    const statusCodes: Record<string, number> = {};
    let completed = 0;
    let errors = 0;
    const windowStart = t0 + warmupCount * interval;

    // the schedule: request i is due at t0 + i·interval; a late timer sends every request already due
    let next = 0;
    await new Promise<void>((done) => {
      const tick = () => {
        const now = performance.now();
        while (next < warmupCount + measuredCount && t0 + next * interval <= now) {
          const i = next++;
          const scheduledAt = t0 + i * interval;
          const measured = i >= warmupCount;
          pending.push(
            send(agent, options, scheduledAt).then((o) => {
              const ok = o.status !== null && o.status >= 200 && o.status < 300;
              if (ok) acknowledged++;
              if (!measured) {
                if (o.status === null) warmupErrors++;
                return;
              }
              completed++;
              const at = Math.floor((performance.now() - windowStart) / 1000);
              perSecond[Math.min(perSecond.length - 1, Math.max(0, at))]!++;
              if (o.status === null) {
                errors++;
                return;
              }
              statusCodes[o.status] = (statusCodes[o.status] ?? 0) + 1;
              if (ok) latencies.push(o.latency);
            }),
          );
        }
        if (next >= warmupCount + measuredCount) return done();
        setTimeout(tick, Math.max(0, t0 + next * interval - performance.now()));
      };
      tick();
    });
    await Promise.all(pending);
    const windowMs = options.durationSeconds * 1000;
    return {
      name: options.name,
      connections: options.connections,
      offeredRate: options.rate,
      rampSeconds: seconds(rampMs),
      durationSeconds: seconds(windowMs),
      // the requests scheduled in the window, answered (in time or late: their latency tells)
      requestsPerSecond: completed / (windowMs / 1000),
      completed,
      acknowledged,
      non2xx: completed - errors - latencies.length,
      errors,
      warmupErrors,
      perSecond,
      statusCodes,
      latency: latencySummary(latencies),
    };
  } finally {
    agent.destroy();
  }
}
