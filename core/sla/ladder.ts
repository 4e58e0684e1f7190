// What the `sla` timer must do for one ticket now: warn at 80 %, record a breach at 100 % and escalate, climb an
// unacknowledged escalation one rung after a delay, withdraw an offer nobody accepted in time — and when to look
// again. All decided from the event log, so a second run at the same instant finds everything already done.
import type { TicketEvent, TicketStatus } from '../ticket/types';
import type { HolidayOracle } from './calendar';
import { computeClocks, roundsOf, type Clock, type SlaSnapshot } from './clocks';
import type { MilestoneName, SlaPolicy } from './policy';

const MINUTE = 60_000;

export type Level = 1 | 2 | 3;

export const LEVEL_LABELS: Record<Level, string> = {
  1: '现场服务团队',
  2: '专家团队',
  3: '专项小组',
};

export type SlaAction =
  | { kind: 'warn'; milestone: MilestoneName; clock: Clock }
  /** the time ran out: record it; escalate unless the milestone was met (late) meanwhile */
  | { kind: 'breach'; milestone: MilestoneName; clock: Clock; level: Level | null }
  | { kind: 'climb'; milestone: MilestoneName; clock: Clock; level: Level }
  | { kind: 'offer-timeout'; technicianId: string };

export interface LadderInput {
  severity: 'common' | 'major';
  status: TicketStatus;
  assigneeId: string | null;
  offeredAt: string | null;
  events: readonly TicketEvent[];
}

export interface EscalationState {
  milestone: MilestoneName;
  level: Level;
  at: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
}

export interface SlaPlan {
  snapshot: SlaSnapshot;
  actions: SlaAction[];
  escalations: EscalationState[];
  /** the next instant at which something may be due (null: nothing will be, until the ticket changes) */
  nextDueAt: string | null;
}

const OPEN_FOR_OFFER: TicketStatus[] = ['assigned'];

type Marks = { warned: Set<string>; breached: Set<string>; escalations: Map<string, EscalationState> };

function marksOf(events: readonly TicketEvent[], round: number): Marks {
  const marks: Marks = { warned: new Set(), breached: new Set(), escalations: new Map() };
  for (const e of events) {
    if (e.data?.round !== round) continue;
    const m = e.data?.milestone as MilestoneName | undefined;
    if (!m) continue;
    if (e.type === 'sla-warned') marks.warned.add(m);
    else if (e.type === 'sla-breached') marks.breached.add(m);
    else if (e.type === 'escalated') {
      marks.escalations.set(m, {
        milestone: m,
        level: e.data.level as Level,
        at: e.at,
        acknowledgedBy: null,
        acknowledgedAt: null,
      });
    } else if (e.type === 'escalation-acknowledged') {
      const current = marks.escalations.get(m);
      if (current) marks.escalations.set(m, { ...current, acknowledgedBy: e.by, acknowledgedAt: e.at });
    }
  }
  return marks;
}

const unmet = (c: Clock) => c.metAt === null && c.stoppedAt === null;

/** How long an offer may wait: a share of the respond time left when it was made, never less than the minimum. */
export function offerDeadline(policy: SlaPolicy, respond: Clock | undefined, offeredAt: string): number {
  const offered = Date.parse(offeredAt);
  const dueAt = respond?.dueAt ? Date.parse(respond.dueAt) : offered;
  const left = Math.max(0, dueAt - offered);
  const window = Math.max(policy.offerTimeout.minMinutes * MINUTE, left * policy.offerTimeout.shareOfRespondLeft);
  return offered + window;
}

export function planSla(input: LadderInput, policy: SlaPolicy, oracle: HolidayOracle, now: Date): SlaPlan {
  const snapshot = computeClocks(policy, input.severity, input.events, now, oracle);
  const marks = marksOf(input.events, snapshot.round);
  const nowMs = now.getTime();
  const actions: SlaAction[] = [];
  const wakeups: number[] = [];
  // breaches nobody has taken ownership of (acknowledged): a further breach then goes a rung higher
  const unowned = new Set([...marks.breached].filter((m) => !marks.escalations.get(m)?.acknowledgedBy));

  for (const clock of snapshot.clocks) {
    const def = policy.chains[input.severity].find((d) => d.name === clock.name)!;
    const timeRanOut = clock.breachedAt !== null && Date.parse(clock.breachedAt) <= nowMs;
    if (timeRanOut && !marks.breached.has(clock.name)) {
      // repeated breaches in one round, none of them owned, go straight to a higher rung
      const repeated = unowned.size > 0;
      const level = unmet(clock) ? (Math.min(3, def.breachLevel + (repeated ? 1 : 0)) as Level) : null;
      actions.push({ kind: 'breach', milestone: clock.name, clock, level });
      unowned.add(clock.name);
    } else if (clock.state === 'running' && clock.warned && !marks.warned.has(clock.name) && !timeRanOut) {
      actions.push({ kind: 'warn', milestone: clock.name, clock });
    }
    if (clock.state === 'running') {
      if (!clock.warned && !marks.warned.has(clock.name) && clock.warnAt) wakeups.push(Date.parse(clock.warnAt));
      if (clock.dueAt) wakeups.push(Date.parse(clock.dueAt));
    }
  }

  for (const esc of marks.escalations.values()) {
    // a pause (waiting for the customer or for parts) holds the ladder too
    if (snapshot.paused) continue;
    const clock = snapshot.clocks.find((c) => c.name === esc.milestone);
    if (!clock || !unmet(clock) || esc.acknowledgedBy || esc.level >= 3) continue;
    const climbAt = Date.parse(esc.at) + policy.climbAfterMinutes * MINUTE;
    if (climbAt <= nowMs) {
      actions.push({ kind: 'climb', milestone: esc.milestone, clock, level: (esc.level + 1) as Level });
    } else wakeups.push(climbAt);
  }

  if (OPEN_FOR_OFFER.includes(input.status) && input.assigneeId && input.offeredAt) {
    const respond = snapshot.clocks.find((c) => c.name === 'respond');
    const deadline = offerDeadline(policy, respond, input.offeredAt);
    if (deadline <= nowMs) actions.push({ kind: 'offer-timeout', technicianId: input.assigneeId });
    else wakeups.push(deadline);
  }

  // something to do now: look again at once (the write that recorded it recomputes the rest)
  if (actions.length) wakeups.push(nowMs);
  const future = wakeups.filter((w) => Number.isFinite(w));
  const escalations = [...marks.escalations.values()];
  for (const a of actions) {
    if ((a.kind === 'breach' && a.level) || a.kind === 'climb') {
      escalations.push({
        milestone: a.milestone,
        level: a.level!,
        at: now.toISOString(),
        acknowledgedBy: null,
        acknowledgedAt: null,
      });
    }
  }
  return {
    snapshot,
    actions,
    escalations: dedupeLatest(escalations),
    nextDueAt: future.length ? new Date(Math.min(...future)).toISOString() : null,
  };
}

function dedupeLatest(list: EscalationState[]): EscalationState[] {
  const byMilestone = new Map<string, EscalationState>();
  for (const e of list) byMilestone.set(e.milestone, e);
  return [...byMilestone.values()];
}

/** The rounds a ticket went through (for the evidence pack): index and start. */
export function roundStarts(events: readonly TicketEvent[]): { index: number; startedAt: string }[] {
  return roundsOf(events).map((r) => ({ index: r.index, startedAt: r.startedAt }));
}
