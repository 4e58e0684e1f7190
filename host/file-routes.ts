// The local host's file endpoints: POST /api/_upload (raw bytes of a photo, video or signature, bearer token), which
// is files.upload through the same dispatch as every action, and GET /api/_files/<fileId>. On CloudBase the app
// uploads to cloud storage and calls files.register instead.
import type { FastifyInstance } from 'fastify';
import { dispatch } from '../cloudfunctions/_lib/dispatch';
import type { FunctionDef } from '../cloudfunctions/_lib/function-config';
import { UPLOAD_RULES } from '../core/schemas/files';
import type { Platform } from '../platform/ports';
import { sendError } from './reply';
import type { Durability } from './server';

const MAX_UPLOAD = Math.max(...Object.values(UPLOAD_RULES).map((r) => r.maxBytes));

export function registerFileRoutes(
  app: FastifyInstance,
  platform: Platform,
  files: FunctionDef,
  durability: Durability,
): void {
  app.register(async (scope) => {
    // Only this scope takes raw bodies (every other route stays JSON-only); the type is judged by the upload rules,
    // so an unsupported one gets the rule's own message.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_UPLOAD }, (_req, body, done) =>
      done(null, body),
    );
    scope.post<{ Querystring: { purpose?: string } }>('/api/_upload', async (request, reply) => {
      const since = durability.mark();
      const result = await dispatch(platform, {
        functionName: files.name,
        actions: files.actions,
        event: {
          action: 'upload',
          data: {
            purpose: request.query.purpose,
            contentType: String(request.headers['content-type'] ?? ''),
            bytes: Buffer.isBuffer(request.body) ? request.body : undefined,
          },
        },
        request: { authorization: request.headers.authorization },
        requestId: request.id,
      });
      request.meta = { fn: '_upload', action: request.query.purpose ?? null, role: result.role };
      await durability.durable(since);
      return reply.code(result.status).send(result.envelope);
    });
  });

  app.get<{ Params: { id: string }; Querystring: { download?: string; name?: string } }>(
    '/api/_files/:id',
    async (request, reply) => {
      const file = await platform.files.get(request.params.id).catch(() => null);
      if (!file) return sendError(reply, 'NOT_FOUND', '文件不存在');
      // Content-addressed: a file id never changes content.
      reply.header('cache-control', 'private, max-age=31536000, immutable');
      reply.header('x-content-type-options', 'nosniff');
      if (request.query.download) {
        const name = (request.query.name ?? request.params.id).replace(/[^\p{L}\p{N}._-]/gu, '_').slice(0, 100);
        reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
      }
      return reply.type(file.contentType).send(file.bytes);
    },
  );
}
