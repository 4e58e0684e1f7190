// Who may call an action at all: the rule each entry of the action map (core/api.ts) carries, checked before the
// input is parsed. Finer ownership rules (a customer's own ticket) need the record and live with each decision.
import { AppError } from './errors';
import type { Caller } from './identity/caller';
import type { Role } from './model';

export type Access =
  /** anyone, even without a token (auth.devLogin) */
  | { kind: 'public' }
  /** a WeChat user the service has not bound yet, or any known user (auth.me, auth.bind) */
  | { kind: 'identified' }
  /** a bound user with one of these roles ('any' = every role) */
  | { kind: 'roles'; roles: readonly Role[] | 'any' }
  /** the platform's timer trigger only */
  | { kind: 'timer' };

export type RolesAccess = Extract<Access, { kind: 'roles' }>;

export const PUBLIC = { kind: 'public' } as const satisfies Access;
export const IDENTIFIED = { kind: 'identified' } as const satisfies Access;
export const TIMER = { kind: 'timer' } as const satisfies Access;
export const ANY_USER = { kind: 'roles', roles: 'any' } as const satisfies Access;
export const roles = <const R extends readonly Role[]>(...allowed: R) => ({ kind: 'roles', roles: allowed }) as const;

/** Throws unless the caller passes the action's access rule. */
export function checkAccess(access: Access, caller: Caller, viaTimer: boolean): void {
  if (access.kind === 'timer') {
    // The contract: a timer action called by a client without a token is 401, with one 403 (API.md error codes).
    if (viaTimer) return;
    if (caller.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', '请先登录');
    throw new AppError('FORBIDDEN', '该操作仅由定时任务触发');
  }
  if (access.kind === 'public') return;
  if (caller.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', '请先登录');
  // someone who left or is suspended keeps their history, and can do nothing more (UserDoc.active)
  if (caller.kind === 'user' && caller.inactive) throw new AppError('FORBIDDEN', '账号已停用，请联系管理员');
  if (access.kind === 'identified') return;
  if (caller.kind === 'unbound') throw new AppError('FORBIDDEN', '请先使用邀请码绑定账号');
  if (access.roles !== 'any' && !access.roles.includes(caller.role)) {
    throw new AppError('FORBIDDEN', '当前角色无权执行该操作');
  }
}

/** Who an access rule admits, in words (the generated API reference). */
export function describeAccess(access: Access): string {
  switch (access.kind) {
    case 'public':
      return 'anyone (no token)';
    case 'identified':
      return 'any signed-in caller, bound or not';
    case 'timer':
      return 'the timer trigger only';
    default:
      return access.roles === 'any' ? 'any bound user' : access.roles.join(', ');
  }
}
