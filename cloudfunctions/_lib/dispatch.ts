// dispatch(): one request to one cloud function → the API.md envelope. Shared by the local host and the CloudBase entry.
import { z } from 'zod';
import { checkAccess, type Access } from '../../core/access';
import { AppError, HTTP_STATUS, isAppError, type ErrorCode, type ErrorDetail } from '../../core/errors';
import type { Caller } from '../../core/identity/caller';
import { describeIssues, zhErrorMap } from '../../core/schemas/zh-errors';
import { dbOf } from '../../platform/collections';
import type { Platform, PlatformRequest } from '../../platform/ports';
import type { ActionMap } from './action';
import type { ActionContext } from './context';
import { rateSubjectOf, takeRateSlot } from './rate-limit';

z.setErrorMap(zhErrorMap);

export type Envelope =
  { ok: true; data: unknown } | { ok: false; error: { code: ErrorCode; message: string; details: ErrorDetail[] } };

export interface Invocation {
  functionName: string;
  actions: ActionMap;
  /** the body: `{ action, data }` */
  event: unknown;
  request: PlatformRequest;
  requestId: string;
  /** true when the platform's timer trigger calls (never from a client) */
  viaTimer?: boolean;
  /** raises every action's rate limit by this factor (a local host's load-test setting); default 1 */
  rateLimitFactor?: number;
}

export interface DispatchResult {
  envelope: Envelope;
  status: number;
  action: string | null;
  role: string;
}

const Body = z.object({ action: z.string().min(1).max(64), data: z.unknown().optional() });

function roleOf(caller: Caller | null): string {
  if (!caller) return 'unknown';
  return caller.kind === 'user' ? caller.role : caller.kind;
}

export async function dispatch(platform: Platform, inv: Invocation): Promise<DispatchResult> {
  let caller: Caller | null = null;
  let actionName: string | null = null;
  try {
    const body = Body.safeParse(inv.event);
    if (!body.success) throw new AppError('VALIDATION_FAILED', '请求格式不正确：需要 { action, data }');
    actionName = body.data.action;
    const def = Object.prototype.hasOwnProperty.call(inv.actions, actionName) ? inv.actions[actionName] : undefined;
    if (!def) throw new AppError('VALIDATION_FAILED', `未知操作：${inv.functionName}.${actionName}`);
    caller = await callerFor(platform, inv.request, def.spec.access);
    checkAccess(def.spec.access, caller, inv.viaTimer === true);
    const parsed = def.spec.input.safeParse(body.data.data ?? {});
    if (!parsed.success) {
      const { message, details } = describeIssues(parsed.error);
      throw new AppError('VALIDATION_FAILED', message, details);
    }
    const now = platform.clock.now();
    const db = dbOf(platform.store);
    const limit = def.spec.rateLimit;
    const slot = limit
      ? await takeRateSlot(
          db,
          limit,
          `${inv.functionName}.${actionName}`,
          rateSubjectOf(limit, caller, inv.request.address),
          now,
          inv.rateLimitFactor,
        )
      : null;
    const ctx: ActionContext = {
      caller,
      now,
      db,
      send: async (messages) => {
        for (const m of messages) await platform.notifier.send(m);
      },
      files: platform.files,
      calls: platform.calls,
      identity: platform.identity,
      log: platform.logger,
      requestId: inv.requestId,
    };
    const data = await def.handler(parsed.data as never, ctx);
    if (slot && limit?.counts === 'failures') await slot.release();
    return { envelope: { ok: true, data }, status: 200, action: actionName, role: roleOf(caller) };
  } catch (e) {
    const error = toPublicError(e, inv, platform);
    return {
      envelope: { ok: false, error },
      status: HTTP_STATUS[error.code],
      action: actionName,
      role: roleOf(caller),
    };
  }
}

/**
 * Who calls. A public action (the demo sign-in) answers anyone on its input alone: a stale or forged token stored in
 * the app is no reason to refuse signing in again, so it counts as no token there (and as UNAUTHENTICATED elsewhere).
 */
async function callerFor(platform: Platform, request: PlatformRequest, access: Access): Promise<Caller> {
  if (access.kind !== 'public') return platform.identity.resolve(request);
  try {
    return await platform.identity.resolve(request);
  } catch (e) {
    if (isAppError(e) && e.code === 'UNAUTHENTICATED') return { kind: 'anonymous' };
    throw e;
  }
}

/** AppErrors pass through; anything else is a bug: INTERNAL with the request id, the stack only in the log. */
function toPublicError(e: unknown, inv: Invocation, platform: Platform) {
  if (e instanceof AppError) return { code: e.code, message: e.message, details: e.details };
  platform.logger.error({
    msg: 'unhandled error',
    fn: inv.functionName,
    requestId: inv.requestId,
    error: e instanceof Error ? (e.stack ?? e.message) : String(e),
  });
  return {
    code: 'INTERNAL' as const,
    message: `服务内部错误，请稍后重试（请求号 ${inv.requestId}）`,
    details: [],
  };
}
