// The service's time now, ticking every `ms` while the page is on screen: what countdowns count against.
import { useNow } from './useOnShow';
import { useServiceClockStore } from '../store/service-clock';

export function useServiceNow(ms = 30_000): Date {
  const now = useNow(ms);
  const offset = useServiceClockStore((s) => s.offsetMs);
  return offset ? new Date(now.getTime() + offset) : now;
}
