// The SLA summary kept on a ticket (the promised times of API.md, the board state and `nextDueAt`, which the `sla`
// timer's index reads), recomputed from the event log on every write — never edited by hand.
import type { TicketDoc, TicketSla } from '../ticket/types';
import type { HolidayOracle } from './calendar';
import { planSla, type SlaPlan } from './ladder';

export type BoardState = 'on-track' | 'warned' | 'breached' | 'escalated' | 'paused' | 'done';

export const BOARD_LABELS: Record<BoardState, string> = {
  'on-track': '正常',
  warned: '预警',
  breached: '已超时',
  escalated: '已升级',
  paused: '已暂停',
  done: '已完成',
};

const FINISHED = ['resolved', 'confirmed', 'closed', 'cancelled'];

export type SlaInput = Pick<TicketDoc, 'severity' | 'status' | 'assigneeId' | 'offeredAt' | 'events' | 'slaPolicy'>;

export function planFor(t: SlaInput, oracle: HolidayOracle, now: Date): SlaPlan {
  return planSla(t, t.slaPolicy, oracle, now);
}

export function boardStateOf(t: Pick<TicketDoc, 'status'>, plan: SlaPlan): BoardState {
  if (FINISHED.includes(t.status)) return 'done';
  if (plan.snapshot.paused) return 'paused';
  const open = plan.snapshot.clocks.filter((c) => c.metAt === null && c.stoppedAt === null);
  const unmetNames = new Set(open.map((c) => c.name));
  if (plan.escalations.some((e) => unmetNames.has(e.milestone))) return 'escalated';
  if (open.some((c) => c.state === 'breached')) return 'breached';
  if (open.some((c) => c.state === 'running' && c.warned)) return 'warned';
  return 'on-track';
}

/** The summary to store: due times of the current round's clocks, what is breached, when to look again. */
export function slaSummary(t: SlaInput, oracle: HolidayOracle, now: Date): TicketSla {
  const plan = planFor(t, oracle, now);
  const clock = (name: string) => plan.snapshot.clocks.find((c) => c.name === name);
  const due = (name: string) => {
    const c = clock(name);
    return c && c.state !== 'pending' && c.state !== 'stopped' && c.dueAt ? c.dueAt : undefined;
  };
  const respond = clock('respond');
  const finished = FINISHED.includes(t.status);
  const remoteFixBy = due('remoteFix');
  const arriveBy = due('onsite');
  const planBy = due('plan');
  return {
    policyId: t.slaPolicy.id,
    respondBy: respond?.dueAt ?? now.toISOString(),
    ...(remoteFixBy ? { remoteFixBy } : {}),
    ...(arriveBy ? { arriveBy } : {}),
    ...(planBy ? { planBy } : {}),
    breached: plan.snapshot.clocks.filter((c) => c.state === 'breached').map((c) => c.name),
    state: boardStateOf(t, plan),
    escalationLevel: Math.max(0, ...plan.escalations.map((e) => e.level)),
    // time left on the most urgent running clock, for sorting the board
    urgentDueAt:
      plan.snapshot.clocks
        .filter((c) => c.state === 'running' || c.state === 'breached')
        .filter((c) => c.metAt === null && c.stoppedAt === null && c.dueAt)
        .map((c) => c.dueAt!)
        .sort()[0] ?? null,
    nextDueAt: finished && plan.actions.length === 0 ? null : plan.nextDueAt,
  };
}
