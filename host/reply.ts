// Error replies of the local host outside any function (bad route, bad body): the same envelope as dispatch().
import type { FastifyReply } from 'fastify';
import type { Envelope } from '../cloudfunctions/_lib/dispatch';
import { HTTP_STATUS, type ErrorCode } from '../core/errors';

export function sendError(reply: FastifyReply, code: ErrorCode, message: string): FastifyReply {
  const envelope: Envelope = { ok: false, error: { code, message, details: [] } };
  return reply.code(HTTP_STATUS[code]).send(envelope);
}
