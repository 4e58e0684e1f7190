// action(): binds an input schema, an output schema, an access rule and a handler into one action of a cloud function.
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

type RolesAccess = Extract<Access, { kind: 'roles' }>;
export const ANY_USER: RolesAccess = { kind: 'roles', roles: 'any' };
export const roles = (...allowed: Role[]): RolesAccess => ({ kind: 'roles', roles: allowed });

export interface ActionSpec<I extends z.ZodTypeAny, O extends z.ZodTypeAny> {
  input: I;
  output: O;
  access: Access;
  /** one line for the generated API reference */
  summary: string;
}

export interface ActionDef<
  I extends z.ZodTypeAny = z.ZodTypeAny,
  O extends z.ZodTypeAny = z.ZodTypeAny,
> extends ActionSpec<z.ZodTypeAny, z.ZodTypeAny> {
  input: I;
  output: O;
  /** input already parsed by `input`; the caller already passed `access` (dispatch does both) */
  handler: (input: never, ctx: ActionContext) => Promise<unknown>;
}

export type ActionMap = Record<string, ActionDef>;

type CallerFor<A extends Access> = A extends { kind: 'roles' } ? UserCaller : Caller;

export function action<I extends z.ZodTypeAny, O extends z.ZodTypeAny, A extends Access>(
  spec: ActionSpec<I, O> & { access: A },
  handler: (input: z.output<I>, ctx: ActionContext & { caller: CallerFor<A> }) => Promise<z.input<O>>,
): ActionDef<I, O> {
  return { ...spec, handler: handler as unknown as ActionDef<I, O>['handler'] };
}

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
