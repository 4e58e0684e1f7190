// Page guards: load the session if needed, and send away anyone who does not belong on this page.
import { useEffect } from 'react';
import type { Role } from '../../core/model';
import type { SessionUser } from '../api';
import { destinationFor, PAGES, restartAt } from '../navigation';
import { useSessionStore } from '../store/session';

export interface SessionGateState {
  /** the signed-in user when they may see this page, else null (loading, failed, or on their way elsewhere) */
  user: SessionUser | null;
  loading: boolean;
  errorMessage: string | null;
  retry: () => void;
}

/** The session, loaded once per app start (auth.me); nobody signed in → login (H5) or the launcher (weapp). */
function useLoadedSession(belongsHere: (user: SessionUser) => boolean): SessionGateState {
  const user = useSessionStore((s) => s.user);
  const status = useSessionStore((s) => s.status);
  const error = useSessionStore((s) => s.error);
  const load = useSessionStore((s) => s.load);

  useEffect(() => {
    if (!user && status === 'idle') load().catch(() => undefined); // failures show through `status`
  }, [user, status, load]);

  const allowed = !!user && belongsHere(user);
  useEffect(() => {
    if (status === 'ready' && !user) restartAt(process.env.TARO_ENV === 'weapp' ? PAGES.launcher : PAGES.login);
    else if (user && !allowed) restartAt(destinationFor(user).url);
  }, [user, status, allowed]);

  return {
    user: allowed ? user : null,
    loading: !allowed && status !== 'error',
    errorMessage: status === 'error' ? (error?.message ?? '加载失败，请稍后重试') : null,
    retry: () => void load().catch(() => undefined),
  };
}

/** A bound user with one of these roles. */
export function useRequireUser(roles: readonly Role[]): SessionGateState {
  return useLoadedSession((u) => u.bound && !!u.role && roles.includes(u.role));
}

/** A WeChat user not yet bound (the bind page). */
export function useUnboundUser(): SessionGateState {
  return useLoadedSession((u) => !u.bound);
}
