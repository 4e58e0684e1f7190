// A coarse flood guard on /api/* (@fastify/rate-limit, per network address, in memory): far above what the app sends,
// it only stops a script hammering the host. The limits that matter per caller (reports, uploads, invitation codes,
// sign-in) live in the service itself (core/rate-limit.ts), so they hold on CloudBase too.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

/** API requests per address and minute */
export const FLOOD_LIMIT_PER_MINUTE = 600;

export async function registerFloodGuard(app: FastifyInstance, factor = 1): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    max: Math.round(FLOOD_LIMIT_PER_MINUTE * factor),
    timeWindow: 60_000,
    allowList: (request) => !request.url.startsWith('/api/'),
    // the counts go out only with a 429 (Retry-After and the limit), not on every reply
    addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
    // thrown, so the error handler answers it in the envelope (RATE_LIMITED)
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`请求过于频繁，请 ${Math.max(1, Math.ceil(context.ttl / 1000))} 秒后再试`), {
        statusCode: 429,
      }),
  });
}
