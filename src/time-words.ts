// Times as people say them (UX.md): "14:05", "昨天 14:05", "还剩 38 分钟", "已超时 5 分钟" — in business time.
// `now` is always passed in: the service's time (useNow), never the phone's own clock.
import { inBusinessTime } from '../core/time';

const MINUTE = 60_000;

/** "1 小时 20 分钟" · "42 分钟" · "2 天 3 小时" · "不到 1 分钟" */
export function durationWords(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  if (minutes < 1) return '不到 1 分钟';
  if (minutes < 60) return `${minutes} 分钟`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} 小时 ${minutes % 60} 分钟` : `${hours} 小时`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} 天 ${hours % 24} 小时` : `${days} 天`;
}

/** "14:05" today · "昨天 14:05" · "明天 09:00" · "11月24日 14:05" · "2025年11月24日 14:05" */
export function clockWords(at: string, now: Date): string {
  const t = inBusinessTime(at);
  const today = inBusinessTime(now).startOf('day');
  const dayDiff = t.startOf('day').diff(today, 'day');
  const hm = t.format('HH:mm');
  if (dayDiff === 0) return hm;
  if (dayDiff === -1) return `昨天 ${hm}`;
  if (dayDiff === 1) return `明天 ${hm}`;
  if (t.year() === today.year()) return `${t.month() + 1}月${t.date()}日 ${hm}`;
  return `${t.year()}年${t.month() + 1}月${t.date()}日 ${hm}`;
}

/** The full time, for a tap or a report: "2026-11-25 14:05". */
export function fullTime(at: string): string {
  return inBusinessTime(at).format('YYYY-MM-DD HH:mm');
}

/** "YYYY-MM-DD" of an instant in business time. */
export function businessDate(at: string | Date): string {
  return inBusinessTime(at).format('YYYY-MM-DD');
}

/** Milliseconds from now until `at` (negative once past). */
export function msUntil(at: string, now: Date): number {
  return Date.parse(at) - now.getTime();
}
