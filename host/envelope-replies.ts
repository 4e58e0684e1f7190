// Every reply of the host is the API envelope, also those Fastify would write itself: a malformed URL, an unknown
// route, a body it refused, a request cut off by the flood guard. A reply sent before the client finished sending its
// body (too large, refused early) waits for the rest of the body first, so the client reads the answer instead of a
// connection reset.
import type { IncomingMessage } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from '../platform/ports';
import { sendError } from './reply';

/** the most a refused body is read on for (beyond it the connection is closed: no client needs more) */
const DRAIN_MAX_BYTES = 256 * 1024 * 1024;
const DRAIN_MAX_MS = 60_000;

/** Reads and discards the rest of a request's body; true once it ended, false when it went on too long. */
export function drainRequest(raw: IncomingMessage, maxBytes = DRAIN_MAX_BYTES, maxMs = DRAIN_MAX_MS): Promise<boolean> {
  if (raw.complete || raw.readableEnded || raw.destroyed) return Promise.resolve(true);
  return new Promise((resolve) => {
    let seen = 0;
    const finish = (ended: boolean) => {
      clearTimeout(timer);
      raw.off('data', onData);
      raw.off('end', onEnd);
      raw.off('error', onError);
      raw.off('close', onError);
      resolve(ended);
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > maxBytes) finish(false);
    };
    const onEnd = () => finish(true);
    const onError = () => finish(false);
    const timer = setTimeout(() => finish(false), maxMs);
    raw.on('data', onData);
    raw.once('end', onEnd);
    raw.once('error', onError);
    raw.once('close', onError);
    raw.resume();
  });
}

type HostErrorCode = 'VALIDATION_FAILED' | 'FORBIDDEN' | 'NOT_FOUND' | 'RATE_LIMITED';

/** Fastify's own errors (bad body, bad URL, the flood guard, static files) as the envelope's code and a Chinese message. */
function describe(error: FastifyError): { code: HostErrorCode; message: string } {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'VALIDATION_FAILED', message: '请求体过大' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { code: 'VALIDATION_FAILED', message: '请求体须为 JSON（content-type: application/json）' };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { code: 'VALIDATION_FAILED', message: '请求体不是有效的 JSON' };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { code: 'VALIDATION_FAILED', message: '请求体长度与 content-length 不符' };
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return { code: 'VALIDATION_FAILED', message: '请求地址无效' };
  }
  switch (error.statusCode) {
    case 429:
      return { code: 'RATE_LIMITED', message: error.message };
    case 403:
      return { code: 'FORBIDDEN', message: '无权访问' };
    case 404:
      return { code: 'NOT_FOUND', message: '没有这个接口' };
    default:
      // the JSON parser's syntax errors carry no code
      return { code: 'VALIDATION_FAILED', message: error.code ? '请求无效' : '请求体不是有效的 JSON' };
  }
}

/** For Fastify's `frameworkErrors` option: errors raised before a route is found (a URL that does not decode). */
export function frameworkErrorReply(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const { code, message } = describe(error);
  void sendError(reply, code, message);
}

export function registerEnvelopeReplies(app: FastifyInstance, logger: Logger): void {
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error.statusCode && error.statusCode < 500) {
      const { code, message } = describe(error);
      return sendError(reply, code, message);
    }
    logger.error({ msg: 'server error', error: error.stack ?? error.message });
    return sendError(reply, 'INTERNAL', '服务内部错误，请稍后重试');
  });

  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 'NOT_FOUND', request.url.startsWith('/api/') ? '没有这个接口' : '页面不存在'),
  );

  // A reply ready before its request's body arrived (refused for its size, its Host, the flood guard…): read the
  // rest first. Closing with unread input makes the peer's TCP reset the connection, and the answer is lost with it.
  // (A callback hook: every reply passes here, and nearly all have read their body already.)
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.raw.complete) return done(null, payload);
    void drainRequest(request.raw).then((ended) => {
      if (!ended) reply.header('connection', 'close');
      done(null, payload);
    });
  });
}
