// action(): binds an input schema, an access rule and a handler into one action of a cloud function.
import type { z } from 'zod';
import { AppError } from '../../core/errors';
import type { Caller, UserCaller } from '../../core/identity/caller';
import type { Role } from '../../core/model';
import type { ActionContext } from './context';

/** Who may call an action at all (finer ownership rules live in the action, from core). */
export type Access =
  /** anyone, even without a token (auth.devLogin) */
  | { kind: 'public' }
  /** a WeChat user the service has not bound yet, or any known user (auth.me, auth.bind) */
  | { kind: 'identified' }
  /** a bound user with one of these roles ('any' = every role) */
  | { kind: 'roles'; roles: readonly Role[] | 'any' }
  /** the platform's timer trigger only */
  | { kind: 'timer' };

export interface ActionDef<I extends z.ZodTypeAny = z.ZodTypeAny, O = unknown> {
  input: I;
  access: Access;
  handler: (input: z.infer<I>, ctx: ActionContext) => Promise<O>;
}

export type ActionMap = Record<string, ActionDef>;

export function action<I extends z.ZodTypeAny, O>(
  input: I,
  access: Access,
  handler: (input: z.infer<I>, ctx: ActionContext & { caller: CallerFor<typeof access> }) => Promise<O>,
): ActionDef<I, O> {
  return { input, access, handler: handler as ActionDef<I, O>['handler'] };
}

type CallerFor<A extends Access> = A extends { kind: 'roles' } ? UserCaller : Caller;

/** Throws unless the caller passes the action's access rule. */
export function checkAccess(access: Access, caller: Caller, viaTimer: boolean): void {
  if (access.kind === 'timer') {
    if (!viaTimer) throw new AppError('FORBIDDEN', '该操作仅由定时任务触发');
    return;
  }
  if (access.kind === 'public') return;
  if (caller.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', '请先登录');
  if (access.kind === 'identified') return;
  if (caller.kind === 'unbound') throw new AppError('FORBIDDEN', '请先使用邀请码绑定账号');
  if (access.roles !== 'any' && !access.roles.includes(caller.role)) {
    throw new AppError('FORBIDDEN', '当前角色无权执行该操作');
  }
}
