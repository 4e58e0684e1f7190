// The local host's HTTP server: every cloud function at POST /api/<name>, /healthz, the H5 build at /, dev facilities.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { dispatch } from '../cloudfunctions/_lib/dispatch';
import type { FunctionDef } from '../cloudfunctions/_lib/function-config';
import type { FileLinks } from '../platform/local/file-links';
import type { Platform } from '../platform/ports';
import { registerDevRoutes, type DevClockControl } from './dev-routes';
import { frameworkErrorReply, registerEnvelopeReplies } from './envelope-replies';
import { registerFileRoutes } from './file-routes';
import { registerFloodGuard } from './flood-guard';
import { registerHostGuard, type AllowedName } from './host-guard';
import { sendError } from './reply';
import { registerSecurityHeaders } from './security-headers';
import { registerSignalRoutes, type SignalOptions } from './signal-routes';
import type { TimerRunner } from './timers';

export interface ServerOptions {
  platform: Platform;
  functions: Record<string, FunctionDef>;
  timers: TimerRunner;
  /** the H5 build to serve at / (skipped when missing) */
  h5Dir?: string;
  /** the dev clock, when AFTERCARE_DEV_CLOCK=1: enables /api/_dev/* */
  devClock?: DevClockControl;
  /** when a request's writes are on disk (the local store's group commit); default: at once */
  durability?: Durability;
  /** the signed links GET /api/_files/<id> asks for (platform/local/file-links.ts) */
  fileLinks: Pick<FileLinks, 'check' | 'secondsLeft'>;
  /** names besides the loopback ones this host answers to (AFTERCARE_ALLOWED_HOSTS) */
  allowedHosts?: readonly AllowedName[];
  /** raises every rate limit, the flood guard's and the actions' (AFTERCARE_RATE_LIMIT_FACTOR); default 1 */
  rateLimitFactor?: number;
  /** behind a reverse proxy: take the caller's address from X-Forwarded-For (AFTERCARE_TRUST_PROXY=1) */
  trustProxy?: boolean;
  /** video calls' signalling (GET /api/_signal): whom a join token admits (platform/local/calls.ts) */
  signal?: Pick<SignalOptions, 'admit'>;
}

/** A request takes a mark before it starts and waits on durable(mark) before it answers. */
export interface Durability {
  mark(): number;
  /** resolves once every write so far is committed and on disk; rejects if one made since `since` was lost */
  durable(since: number): Promise<void>;
}

const IMMEDIATE: Durability = { mark: () => 0, durable: () => Promise.resolve() };

declare module 'fastify' {
  interface FastifyRequest {
    meta?: { fn: string; action: string | null; role: string };
  }
}

export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const { platform, functions } = options;
  const durability = options.durability ?? IMMEDIATE;
  const app = Fastify({
    logger: false,
    bodyLimit: 1024 * 1024,
    genReqId: () => randomUUID(),
    // a request without Host reaches the guard (and gets the envelope) instead of Node's bare 400
    http: { requireHostHeader: false },
    frameworkErrors: frameworkErrorReply,
    trustProxy: options.trustProxy === true,
  });
  registerHostGuard(app, options.allowedHosts ?? []);
  registerEnvelopeReplies(app, platform.logger);
  await registerSecurityHeaders(app, options.h5Dir);
  await registerFloodGuard(app, options.rateLimitFactor);
  // the WebSocket plugin sees every upgrade only when registered before the routes
  if (options.signal) await registerSignalRoutes(app, { admit: options.signal.admit, logger: platform.logger });

  app.addHook('onResponse', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    platform.logger.info({
      msg: 'request',
      reqId: request.id,
      fn: request.meta?.fn ?? request.url.slice(5),
      action: request.meta?.action ?? null,
      role: request.meta?.role ?? 'unknown',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    });
  });

  app.get('/healthz', async () => ({ ok: true }));

  if (options.devClock) registerDevRoutes(app, options.devClock, options.timers);
  registerFileRoutes(app, {
    platform,
    files: functions.files!,
    durability,
    links: options.fileLinks,
    ...rates(options),
  });

  app.post<{ Params: { fn: string } }>('/api/:fn', async (request, reply) => {
    const fn = Object.prototype.hasOwnProperty.call(functions, request.params.fn)
      ? functions[request.params.fn]
      : undefined;
    if (!fn) return sendError(reply, 'NOT_FOUND', `没有名为 ${request.params.fn} 的服务`);
    const since = durability.mark();
    const result = await dispatch(platform, {
      functionName: fn.name,
      actions: fn.actions,
      event: request.body,
      request: { authorization: request.headers.authorization, address: request.ip },
      requestId: request.id,
      ...rates(options),
    });
    request.meta = { fn: fn.name, action: result.action, role: result.role };
    // nothing is acknowledged before it is on disk
    await durability.durable(since);
    return reply.code(result.status).send(result.envelope);
  });

  app.all('/api/*', async (request, reply) => {
    if (request.method !== 'POST') return sendError(reply, 'VALIDATION_FAILED', '接口只接受 POST 请求');
    return sendError(reply, 'NOT_FOUND', '没有这个接口');
  });

  if (options.h5Dir && existsSync(options.h5Dir)) {
    await app.register(fastifyStatic, { root: options.h5Dir, prefix: '/', index: ['index.html'] });
  }
  return app;
}

const rates = (options: ServerOptions) => (options.rateLimitFactor ? { rateLimitFactor: options.rateLimitFactor } : {});
