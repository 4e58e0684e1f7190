// Page life: run a refresh each time the page is shown (once it is ready), poll while it stays on screen, and the
// service's time now, ticking.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';
import { serviceTime } from '../service-clock';
import { useServiceClockStore } from '../store/service-clock';

/** Whether the page is on screen now (shown and not hidden behind another page or the home screen). */
export function usePageVisible(): boolean {
  const [visible, setVisible] = useState(true);
  useDidShow(() => setVisible(true));
  useDidHide(() => setVisible(false));
  return visible;
}

/** `refresh` on every show of the page, and when `ready` turns true; refresh must be stable (useCallback). */
export function useRefreshOnShow(refresh: () => void, ready: boolean): void {
  const [shows, setShows] = useState(0);
  // The first show comes with the first render (just before or after the effect below): that one is covered.
  const last = useRef(Date.now());
  useDidShow(() => {
    if (Date.now() - last.current > 1000) setShows((n) => n + 1);
  });
  useEffect(() => {
    if (!ready) return;
    last.current = Date.now();
    refresh();
  }, [ready, shows, refresh]);
}

/** `task` every `ms` while the page is on screen and `enabled`. */
export function usePolling(task: () => void, ms: number, enabled = true): void {
  const visible = usePageVisible();
  const latest = useRef(task);
  useEffect(() => {
    latest.current = task;
  }, [task]);
  useEffect(() => {
    if (!visible || !enabled) return;
    const timer = setInterval(() => latest.current(), ms);
    return () => clearInterval(timer);
  }, [visible, enabled, ms]);
}

/**
 * The service's time now, ticking every `ms` while the page is on screen: what every countdown, elapsed time and
 * "昨天 14:05" on screen counts against (durations count down live). Never the phone's own clock: a phone set wrong —
 * or the local host's test clock — would make a list and a ticket page disagree about the same deadline.
 */
export function useNow(ms = 30_000): Date {
  const [deviceNow, setDeviceNow] = useState(() => Date.now());
  usePolling(() => setDeviceNow(Date.now()), ms);
  const offsetMs = useServiceClockStore((s) => s.offsetMs);
  return useMemo(() => serviceTime(deviceNow, offsetMs), [deviceNow, offsetMs]);
}
