// Runs each function's timer triggers (config.json) on the service clock, as CloudBase would on its own timers.
import { randomUUID } from 'node:crypto';
import { dispatch } from '../cloudfunctions/_lib/dispatch';
import type { FunctionDef } from '../cloudfunctions/_lib/function-config';
import type { Platform } from '../platform/ports';
import { parseCloudbaseCron, type CronSchedule } from './cron';

interface ScheduledTrigger {
  fn: FunctionDef;
  name: string;
  expression: string;
  schedule: CronSchedule;
  nextAt: Date | null;
  running: boolean;
}

export interface TriggerRun {
  function: string;
  trigger: string;
  ok: boolean;
  data?: unknown;
  error?: unknown;
  ms: number;
}

export interface TimerRunner {
  start(): void;
  stop(): void;
  /** runs every timer trigger of one function once, now (the dev facility /api/_dev/trigger) */
  runFunction(name: string): Promise<TriggerRun[]>;
  /** runs what is due on the service clock; the interval calls it every second */
  tick(): Promise<void>;
  triggers(): { function: string; trigger: string; cron: string; nextAt: string | null }[];
}

export function createTimerRunner(platform: Platform, functions: FunctionDef[], tickMs = 1000): TimerRunner {
  const now = () => platform.clock.now();
  const scheduled: ScheduledTrigger[] = functions.flatMap((fn) =>
    fn.config.triggers
      .filter((t) => t.type === 'timer')
      .map((t) => {
        const schedule = parseCloudbaseCron(t.config);
        return { fn, name: t.name, expression: t.config, schedule, nextAt: schedule.nextAfter(now()), running: false };
      }),
  );
  let interval: NodeJS.Timeout | null = null;

  async function run(t: ScheduledTrigger): Promise<TriggerRun> {
    const started = Date.now();
    t.running = true;
    try {
      const result = await dispatch(platform, {
        functionName: t.fn.name,
        actions: t.fn.actions,
        event: { action: t.name, data: {} },
        request: {},
        requestId: randomUUID(),
        viaTimer: true,
      });
      const ms = Date.now() - started;
      const { envelope } = result;
      platform.logger.info({ msg: 'timer', fn: t.fn.name, action: t.name, status: result.status, ms });
      return envelope.ok
        ? { function: t.fn.name, trigger: t.name, ok: true, data: envelope.data, ms }
        : { function: t.fn.name, trigger: t.name, ok: false, error: envelope.error, ms };
    } finally {
      t.running = false;
    }
  }

  async function tick(): Promise<void> {
    const at = now();
    const due = scheduled.filter((t) => !t.running && t.nextAt && t.nextAt.getTime() <= at.getTime());
    // A clock moved forward by hours runs a trigger once, then schedules from the new time (no backlog storm).
    for (const t of due) t.nextAt = t.schedule.nextAfter(at);
    await Promise.all(due.map(run));
  }

  return {
    start() {
      if (interval) return;
      interval = setInterval(() => void tick(), tickMs);
      interval.unref();
    },
    stop() {
      if (interval) clearInterval(interval);
      interval = null;
    },
    tick,
    async runFunction(name) {
      const mine = scheduled.filter((t) => t.fn.name === name);
      const results: TriggerRun[] = [];
      for (const t of mine) results.push(await run(t));
      return results;
    },
    triggers() {
      return scheduled.map((t) => ({
        function: t.fn.name,
        trigger: t.name,
        cron: t.expression,
        nextAt: t.nextAt?.toISOString() ?? null,
      }));
    },
  };
}
