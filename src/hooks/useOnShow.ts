// Page life: run a refresh each time the page is shown (once it is ready), and poll while it stays on screen.
import { useEffect, useRef, useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';

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

/** The current time, ticking every `ms` while the page is on screen (durations count down live). */
export function useNow(ms = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  usePolling(() => setNow(new Date()), ms);
  return now;
}
