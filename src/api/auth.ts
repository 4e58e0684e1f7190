// The `auth` function: sign-in on the local host, who am I, binding a WeChat user with an invitation code.
import { call } from './client';

export const authApi = {
  /** local host only: sign in as a demo user */
  devLogin: (userId: string) => call('auth', 'devLogin', { userId }),
  /** local host only: act as a WeChat user the service has not seen (to try binding) */
  devLoginAsWeChatUser: (openid: string) => call('auth', 'devLogin', { openid }),
  me: () => call('auth', 'me', {}),
  bind: (code: string) => call('auth', 'bind', { code }),
  /** local host only, public: the demo users the login page lists */
  demoUsers: () => call('auth', 'demoUsers', {}),
};
