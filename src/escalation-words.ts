// What the customer reads once their ticket has escalated: who handles it now, by the ladder's rung (现场服务团队 /
// 专家团队 / 专项小组, from the ticket view's sla.escalations) — calm words, never a missed deadline or a name.
import type { Ticket } from './api';

/** Before the view names a rung (the flag set, the rung not yet read) the customer's message says 专家团队. */
const DEFAULT_RUNG = '专家团队';
const OPEN = new Set<Ticket['status']>(['reported', 'assigned', 'accepted', 'onsite', 'reopened']);

/** The highest rung this round reached, in words; null when the ticket has not escalated. */
export function escalatedTo(t: Pick<Ticket, 'escalated' | 'sla'>): string | null {
  if (!t.escalated) return null;
  const top = t.sla.escalations.reduce<Ticket['sla']['escalations'][number] | null>(
    (best, e) => (!best || e.level > best.level ? e : best),
    null,
  );
  return top?.levelLabel || DEFAULT_RUNG;
}

/** "已升级至专家团队处理" while the ticket is open and escalated; null otherwise (a finished ticket needs no banner). */
export function escalationBanner(t: Pick<Ticket, 'escalated' | 'sla' | 'status'>): string | null {
  const rung = escalatedTo(t);
  return rung && OPEN.has(t.status) ? `已升级至${rung}处理` : null;
}
