// Session store: who is signed in (auth.me), and signing in, binding and signing out.
import { create } from 'zustand';
import { asApiError, authApi, clearToken, readToken, saveToken, type ApiError, type SessionUser } from '../api';
import { useDevicesStore } from './devices';
import { useNotificationsStore } from './notifications';
import type { LoadStatus } from './resource';
import { useSurveysStore } from './surveys';
import { useTicketListsStore } from './ticket-lists';
import { useTicketsStore } from './tickets';

interface SessionState {
  token: string | null;
  user: SessionUser | null;
  status: LoadStatus;
  error: ApiError | null;
  /** who am I: auth.me (weapp: by OPENID; H5: by the stored token — none stored means nobody, no call) */
  load: () => Promise<SessionUser | null>;
  /** H5 / local host: sign in as a demo user */
  login: (userId: string) => Promise<SessionUser>;
  /** H5 / local host: act as a new, unbound WeChat user */
  loginAsWeChatUser: (openid: string) => Promise<SessionUser>;
  /** an unbound WeChat user redeems an invitation code */
  bind: (code: string) => Promise<SessionUser>;
  /** forget the token and everything loaded for this account */
  logout: () => void;
}

/** Everything loaded for one account: the next account must not see it. */
function forgetAccountData(): void {
  useDevicesStore.getState().reset();
  useTicketsStore.getState().reset();
  useTicketListsStore.getState().reset();
  useSurveysStore.getState().reset();
  useNotificationsStore.getState().reset();
}

let pendingLoad: Promise<SessionUser | null> | null = null;

export const useSessionStore = create<SessionState>()((set, get) => ({
  token: readToken(),
  user: null,
  status: 'idle',
  error: null,

  load: () => {
    // Several pages may ask at once on start-up: one auth.me is enough.
    if (pendingLoad) return pendingLoad;
    const token = readToken();
    if (process.env.TARO_ENV !== 'weapp' && !token) {
      set({ token: null, user: null, status: 'ready', error: null });
      return Promise.resolve(null);
    }
    set({ token, status: 'loading', error: null });
    pendingLoad = authApi
      .me()
      .then(({ user }) => {
        set({ user, status: 'ready' });
        return user;
      })
      .catch((e: unknown) => {
        const error = asApiError(e);
        if (error.code === 'UNAUTHENTICATED') {
          set({ token: null, user: null, status: 'ready', error: null });
          return null;
        }
        set({ status: 'error', error });
        throw error;
      })
      .finally(() => {
        pendingLoad = null;
      });
    return pendingLoad;
  },

  login: async (userId) => {
    const { token, user } = await authApi.devLogin(userId);
    get().logout();
    saveToken(token);
    set({ token, user, status: 'ready', error: null });
    return user;
  },

  loginAsWeChatUser: async (openid) => {
    const { token, user } = await authApi.devLoginAsWeChatUser(openid);
    get().logout();
    saveToken(token);
    set({ token, user, status: 'ready', error: null });
    return user;
  },

  bind: async (code) => {
    const { user } = await authApi.bind(code);
    forgetAccountData();
    set({ user, status: 'ready', error: null });
    return user;
  },

  logout: () => {
    clearToken();
    forgetAccountData();
    set({ token: null, user: null, status: 'idle', error: null });
  },
}));
