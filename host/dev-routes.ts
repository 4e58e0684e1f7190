// Local-host test facilities (AFTERCARE_DEV_CLOCK=1 only): move the service clock, run a timer function now.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { toWire } from '../core/time';
import { sendError } from './reply';
import type { TimerRunner } from './timers';

export interface DevClockControl {
  now(): Date;
  advance(minutes: number): Date | Promise<Date>;
}

const ClockBody = z
  .object({
    advanceMinutes: z
      .number()
      .finite()
      .min(0)
      .max(60 * 24 * 800)
      .optional(),
  })
  .strict();
const TriggerBody = z.object({ function: z.string().min(1).max(64) }).strict();

export function registerDevRoutes(app: FastifyInstance, clock: DevClockControl, timers: TimerRunner): void {
  app.post('/api/_dev/clock', async (request, reply) => {
    const body = ClockBody.safeParse(request.body ?? {});
    if (!body.success) return sendError(reply, 'VALIDATION_FAILED', 'advanceMinutes 应为 0 到 1152000 之间的数字');
    if (body.data.advanceMinutes) await clock.advance(body.data.advanceMinutes);
    const now = clock.now();
    return { ok: true, data: { now: toWire(now), nowUtc: now.toISOString() } };
  });

  app.post('/api/_dev/trigger', async (request, reply) => {
    const body = TriggerBody.safeParse(request.body ?? {});
    if (!body.success) return sendError(reply, 'VALIDATION_FAILED', '需要 { "function": "<name>" }');
    const known = timers.triggers().some((t) => t.function === body.data.function);
    if (!known) return sendError(reply, 'NOT_FOUND', `${body.data.function} 没有定时触发器`);
    const runs = await timers.runFunction(body.data.function);
    return { ok: true, data: { now: toWire(clock.now()), runs } };
  });

  app.get('/api/_dev/timers', async () => ({ ok: true, data: { triggers: timers.triggers() } }));
}
