// The local host's file endpoints: POST /api/_upload (raw bytes of a photo, video or signature, bearer token), which
// is files.upload through the same dispatch as every action, and GET /api/_files/<fileId>?exp=…&sig=…, which serves a
// file only through a live signed link (platform/local/file-links.ts) — the links the service puts in the views a
// caller may see. On CloudBase the app uploads to cloud storage and calls files.register instead.
import type { FastifyInstance } from 'fastify';
import { dispatch } from '../cloudfunctions/_lib/dispatch';
import type { FunctionDef } from '../cloudfunctions/_lib/function-config';
import { UPLOAD_RULES } from '../core/schemas/files';
import type { FileLinks } from '../platform/local/file-links';
import type { Platform } from '../platform/ports';
import { sendError } from './reply';
import { FILE_CSP } from './security-headers';
import type { Durability } from './server';

const MAX_UPLOAD = Math.max(...Object.values(UPLOAD_RULES).map((r) => r.maxBytes));

export interface FileRoutesOptions {
  platform: Platform;
  files: FunctionDef;
  durability: Durability;
  links: Pick<FileLinks, 'check' | 'secondsLeft'>;
  rateLimitFactor?: number;
}

export function registerFileRoutes(app: FastifyInstance, options: FileRoutesOptions): void {
  const { platform, files, durability, links } = options;
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
        request: { authorization: request.headers.authorization, address: request.ip },
        requestId: request.id,
        ...(options.rateLimitFactor ? { rateLimitFactor: options.rateLimitFactor } : {}),
      });
      request.meta = { fn: '_upload', action: request.query.purpose ?? null, role: result.role };
      await durability.durable(since);
      return reply.code(result.status).send(result.envelope);
    });
  });

  app.get<{ Params: { id: string }; Querystring: { exp?: unknown; sig?: unknown; download?: string; name?: string } }>(
    '/api/_files/:id',
    async (request, reply) => {
      const { id } = request.params;
      // the signature first: without a live link nobody learns whether a file exists
      const link = links.check(id, request.query.exp, request.query.sig);
      if (link === 'missing') return sendError(reply, 'UNAUTHENTICATED', '需要有效的文件链接：请在应用中打开');
      if (link === 'invalid') return sendError(reply, 'FORBIDDEN', '文件链接无效');
      if (link === 'expired') return sendError(reply, 'FORBIDDEN', '文件链接已过期，请刷新页面后重试');
      const file = await platform.files.get(id).catch(() => null);
      if (!file) return sendError(reply, 'NOT_FOUND', '文件不存在');
      // a browser keeps it no longer than the link lives
      reply.header('cache-control', `private, max-age=${links.secondsLeft(String(request.query.exp))}`);
      reply.header('content-security-policy', FILE_CSP);
      if (request.query.download) {
        const name = (request.query.name ?? id).replace(/[^\p{L}\p{N}._-]/gu, '_').slice(0, 100);
        reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
      }
      return reply.type(file.contentType).send(file.bytes);
    },
  );
}
