// Who is calling: built by the platform (token or WeChat OPENID), never from the request body.
import type { Role } from '../model';

export type Caller =
  | {
      kind: 'user';
      userId: string;
      role: Role;
      customerId?: string;
      stationId?: string;
      openid?: string;
      /** the account was retired (active: false): it may call nothing but public actions */
      inactive?: true;
    }
  /** a WeChat user the service has not bound yet: may call auth.me and auth.bind only */
  | { kind: 'unbound'; openid: string }
  | { kind: 'anonymous' };

export type UserCaller = Extract<Caller, { kind: 'user' }>;

export function isStaff(caller: Caller): boolean {
  return caller.kind === 'user' && caller.role !== 'customer';
}
