// The `auth` function: sign-in on the local host, who am I, binding a WeChat user with an invitation code.
import { call } from './client';
import type { DemoUser, DevLoginResult, SessionUser } from './types';

export const authApi = {
  /** local host only: sign in as a demo user */
  devLogin: (userId: string) => call<DevLoginResult>('auth', 'devLogin', { userId }),
  /** local host only: act as a WeChat user the service has not seen (to try binding) */
  devLoginAsWeChatUser: (openid: string) => call<DevLoginResult>('auth', 'devLogin', { openid }),
  me: () => call<{ user: SessionUser }>('auth', 'me', {}),
  bind: (code: string) => call<{ user: SessionUser }>('auth', 'bind', { code }),
  /** local host only, public: the demo users the login page lists */
  demoUsers: () => call<{ items: DemoUser[] }>('auth', 'demoUsers', {}),
};
