// The local host's file endpoints: POST /api/_upload (raw bytes of a photo, video or signature, bearer token) and
// GET /api/_files/<fileId>. On CloudBase the app uploads to cloud storage and calls files.register instead.
import type { FastifyInstance } from 'fastify';
import { AppError, isAppError } from '../core/errors';
import { UPLOAD_RULES, UploadPurposeSchema } from '../core/schemas/files';
import { storeUpload } from '../cloudfunctions/files/store-upload';
import { dbOf } from '../platform/collections';
import type { Platform } from '../platform/ports';
import { sendError } from './reply';
import type { Durability } from './server';

const MAX_UPLOAD = Math.max(...Object.values(UPLOAD_RULES).map((r) => r.maxBytes));

export function registerFileRoutes(app: FastifyInstance, platform: Platform, durability: Durability): void {
  app.register(async (scope) => {
    // Only this scope takes raw bodies (every other route stays JSON-only); the type is judged by the upload rules,
    // so an unsupported one gets the rule's own message.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_UPLOAD }, (_req, body, done) =>
      done(null, body),
    );
    scope.post<{ Querystring: { purpose?: string } }>('/api/_upload', async (request, reply) => {
      request.meta = { fn: '_upload', action: request.query.purpose ?? null, role: 'unknown' };
      const since = durability.mark();
      try {
        const caller = await platform.identity.resolve({ authorization: request.headers.authorization });
        if (caller.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', '请先登录');
        if (caller.kind !== 'user') throw new AppError('FORBIDDEN', '请先使用邀请码绑定账号');
        request.meta.role = caller.role;
        const purpose = UploadPurposeSchema.safeParse(request.query.purpose);
        if (!purpose.success) throw new AppError('VALIDATION_FAILED', 'purpose 须为 photo、video 或 signature');
        if (!Buffer.isBuffer(request.body)) throw new AppError('VALIDATION_FAILED', '请上传图片或视频文件');
        const upload = await storeUpload(
          { db: dbOf(platform.store), files: platform.files, now: platform.clock.now() },
          caller,
          purpose.data,
          String(request.headers['content-type'] ?? ''),
          request.body,
        );
        await durability.durable(since);
        return reply.send({ ok: true, data: { upload } });
      } catch (e) {
        if (isAppError(e)) return sendError(reply, e.code, e.message);
        throw e;
      }
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
