// The unread count where each role lands: refreshed on show and every 30 s; customers also see it on the 我的 tab.
import { useCallback, useEffect } from 'react';
import Taro from '@tarojs/taro';
import { useNotificationsStore } from '../store/notifications';
import { usePolling, useRefreshOnShow } from './useOnShow';

const POLL_MS = 30_000;
/** 我的 in the customer tab bar (app.config.ts) */
const ME_TAB = 2;

export function useUnread(ready: boolean, { tabBadge = false }: { tabBadge?: boolean } = {}): number {
  const unread = useNotificationsStore((s) => s.unread);
  const refreshUnread = useNotificationsStore((s) => s.refreshUnread);
  const refresh = useCallback(() => void refreshUnread(), [refreshUnread]);
  useRefreshOnShow(refresh, ready);
  usePolling(refresh, POLL_MS, ready);
  useEffect(() => {
    if (!tabBadge || unread === null) return;
    const done = () => undefined; // not on a tab page (yet): nothing to badge
    if (unread > 0) {
      Taro.setTabBarBadge({ index: ME_TAB, text: unread > 99 ? '99+' : String(unread) }).catch(done);
    } else Taro.removeTabBarBadge({ index: ME_TAB }).catch(done);
  }, [tabBadge, unread]);
  return unread ?? 0;
}
