// Words for the UI: one device's warranty as a customer would say it.
import type { Warranty } from './api';

/** "保修至 2027-02-24 · 剩余 92 天" · "保修至 2026-09-30 · 已过保 63 天" · "未验收，保修尚未开始" */
export function warrantyLine(w: Pick<Warranty, 'status' | 'lastDay' | 'daysLeft' | 'daysSinceExpiry'>): string {
  switch (w.status) {
    case 'in':
    case 'expiring':
      return `保修至 ${w.lastDay ?? '—'} · 剩余 ${w.daysLeft} 天`;
    case 'out':
      return `${w.lastDay ? `保修至 ${w.lastDay} · ` : ''}已过保 ${w.daysSinceExpiry} 天`;
    case 'not-accepted':
      return '未验收，保修尚未开始';
  }
}
