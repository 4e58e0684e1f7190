// SLA clocks as a pure function of (policy, events, now): every milestone's state is recomputed from the ticket's event
// log, never patched in place, so pauses, reopenings and late timer runs cannot make the clocks drift.
import type { TicketEvent } from '../ticket/types';
import { addCounted, countedMs, type HolidayOracle, type Span } from './calendar';
import type { MilestoneDef, MilestoneName, SlaPolicy, Trigger } from './policy';

const MINUTE = 60_000;

export type ClockState = 'pending' | 'running' | 'paused' | 'met' | 'breached' | 'stopped';

export interface Clock {
  name: MilestoneName;
  label: string;
  withinMinutes: number;
  state: ClockState;
  /** running (or paused) past the warning share */
  warned: boolean;
  startedAt: string | null;
  /** when the time runs out (projected as if an open pause ended now) */
  dueAt: string | null;
  warnAt: string | null;
  metAt: string | null;
  /** who met it (the acceptance's, arrival's, plan's or resolution's author) */
  metBy: string | null;
  /** when the time ran out, if it did (also for a milestone met late) */
  breachedAt: string | null;
  stoppedAt: string | null;
  /** counted minutes so far (service time, pauses excluded) */
  elapsedMinutes: number;
  /** counted minutes left (negative when overdue); null unless running or paused */
  remainingMinutes: number | null;
}

export interface Round {
  index: number;
  startedAt: string;
  /** event seqs of the round: from its start up to the next round */
  events: TicketEvent[];
}

export interface SlaSnapshot {
  round: number;
  clocks: Clock[];
  paused: { since: string; kind: string; reason: string } | null;
}

/** The triggers one event fires. */
export function triggersOf(e: TicketEvent): Trigger[] {
  switch (e.type) {
    case 'reported':
    case 'reopened':
      return ['round-start'];
    // 'taken': someone stepped in and took the ticket (tickets.take), accepted at once
    case 'accepted':
    case 'taken':
      return ['accepted'];
    case 'resolved':
      return e.data?.mode === 'remote' ? ['resolved', 'remote-resolved'] : ['resolved'];
    case 'onsite-started':
      return ['onsite-started'];
    // a remote video session's outcome (bookings.finish): fixed by video meets the remote fix; on-site work starts
    // the on-site clock, as the handler's own "go on site" would
    case 'video-ended':
      if (e.data?.outcome === 'fixed-remotely') return ['remote-resolved'];
      return e.data?.outcome === 'needs-onsite' ? ['onsite-started'] : [];
    case 'arrived':
      return ['arrived'];
    case 'plan-attached':
      return ['plan-attached'];
    default:
      return [];
  }
}

/** Events that end a round's clocks: what is not met by then no longer runs. */
const ENDS_ROUND = new Set(['resolved', 'cancelled']);

/** Splits the log into rounds of service: the report starts the first, each reopening the next. */
export function roundsOf(events: readonly TicketEvent[]): Round[] {
  const rounds: Round[] = [];
  for (const e of events) {
    if (e.type === 'reported' || e.type === 'reopened') {
      rounds.push({ index: rounds.length, startedAt: e.at, events: [] });
    }
    rounds.at(-1)?.events.push(e);
  }
  return rounds;
}

/** Paused spans of a round ("waiting for the customer / for parts"); an open pause runs to `openEnd`. */
export function pausesOf(round: Round, openEnd: number): { spans: Span[]; open: TicketEvent | null } {
  const spans: Span[] = [];
  let open: TicketEvent | null = null;
  for (const e of round.events) {
    if (e.type === 'paused' && !open) open = e;
    else if ((e.type === 'resumed' || ENDS_ROUND.has(e.type)) && open) {
      spans.push([Date.parse(open.at), Date.parse(e.at)]);
      open = null;
    }
  }
  if (open) spans.push([Date.parse(open.at), Math.max(Date.parse(open.at), openEnd)]);
  return { spans, open };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function firstEvent(
  events: readonly TicketEvent[],
  triggers: readonly Trigger[],
  notBefore: number,
): TicketEvent | null {
  for (const e of events) {
    if (Date.parse(e.at) < notBefore) continue;
    if (triggersOf(e).some((t) => triggers.includes(t))) return e;
  }
  return null;
}

function firstAt(events: readonly TicketEvent[], triggers: readonly Trigger[], notBefore: number): number | null {
  const e = firstEvent(events, triggers, notBefore);
  return e ? Date.parse(e.at) : null;
}

function firstEnd(events: readonly TicketEvent[], def: MilestoneDef, notBefore: number): number | null {
  for (const e of events) {
    const at = Date.parse(e.at);
    if (at < notBefore) continue;
    if (ENDS_ROUND.has(e.type)) return at;
    if (def.stopsWhen && triggersOf(e).some((t) => def.stopsWhen!.includes(t))) return at;
  }
  return null;
}

/** The pauses as far as they fall before `end`: what the clock had counted when it ended. */
function pausesBefore(pauses: readonly Span[], end: number): Span[] {
  return pauses.filter(([s]) => s < end).map(([s, e]): Span => [s, Math.min(e, end)]);
}

function clockOf(
  def: MilestoneDef,
  round: Round,
  policy: SlaPolicy,
  oracle: HolidayOracle,
  now: number,
  pauses: Span[],
  pausedNow: boolean,
): Clock {
  const withinMs = def.withinMinutes * MINUTE;
  const base: Clock = {
    name: def.name,
    label: def.label,
    withinMinutes: def.withinMinutes,
    state: 'pending',
    warned: false,
    startedAt: null,
    dueAt: null,
    warnAt: null,
    metAt: null,
    metBy: null,
    breachedAt: null,
    stoppedAt: null,
    elapsedMinutes: 0,
    remainingMinutes: null,
  };
  const startedAt = firstAt(round.events, def.startsWhen, 0);
  if (startedAt === null || startedAt > now) return base;
  const anchor = def.measuredFrom === 'round' ? Date.parse(round.startedAt) : startedAt;
  const met = firstEvent(round.events, def.metWhen, startedAt);
  const metAt = met ? Date.parse(met.at) : null;
  const endAt = firstEnd(round.events, def, startedAt);
  // met and stopped by the same event (arrival starts and meets "on site"): met
  const stoppedAt = endAt !== null && (metAt === null || endAt < metAt) ? endAt : null;
  // A clock that has ended (met or stopped) is settled: a pause after its end moves none of its times.
  const endedAt = [metAt, stoppedAt].find((x): x is number => x !== null && x <= now) ?? null;
  const counting = endedAt === null ? pauses : pausesBefore(pauses, endedAt);
  const dueAt = addCounted(policy.calendar, oracle, anchor, withinMs, counting);
  const warnAt = addCounted(policy.calendar, oracle, anchor, withinMs * policy.warnAtRatio, counting);
  const until = endedAt ?? now;
  const counted = countedMs(policy.calendar, oracle, anchor, Math.min(until, now), counting);
  const clock: Clock = {
    ...base,
    startedAt: iso(startedAt),
    dueAt: iso(dueAt),
    warnAt: iso(warnAt),
    elapsedMinutes: Math.floor(counted / MINUTE),
  };
  const ranOut = counted >= withinMs;
  if (metAt !== null && metAt <= now) {
    // met in time stays met whatever happens later; met late is a breach that was then met
    return {
      ...clock,
      metAt: iso(metAt),
      metBy: met!.by,
      state: ranOut ? 'breached' : 'met',
      breachedAt: ranOut ? iso(dueAt) : null,
    };
  }
  if (stoppedAt !== null && stoppedAt <= now) {
    return {
      ...clock,
      stoppedAt: iso(stoppedAt),
      state: ranOut ? 'breached' : 'stopped',
      breachedAt: ranOut ? iso(dueAt) : null,
    };
  }
  const remainingMinutes = Math.ceil((withinMs - counted) / MINUTE);
  if (ranOut) return { ...clock, state: 'breached', breachedAt: iso(dueAt), warned: true, remainingMinutes };
  return {
    ...clock,
    state: pausedNow ? 'paused' : 'running',
    warned: counted >= withinMs * policy.warnAtRatio,
    remainingMinutes,
  };
}

/** Every milestone of the current round (or of a given round), at `now`. */
export function computeClocks(
  policy: SlaPolicy,
  severity: 'common' | 'major',
  events: readonly TicketEvent[],
  now: Date,
  oracle: HolidayOracle,
  roundIndex?: number,
): SlaSnapshot {
  const rounds = roundsOf(events);
  const round = roundIndex === undefined ? rounds.at(-1) : rounds[roundIndex];
  if (!round) return { round: 0, clocks: [], paused: null };
  const nowMs = now.getTime();
  const { spans, open } = pausesOf(round, nowMs);
  const clocks = policy.chains[severity].map((def) => clockOf(def, round, policy, oracle, nowMs, spans, open !== null));
  return {
    round: round.index,
    clocks,
    paused: open
      ? {
          since: open.at,
          kind: String(open.data?.kind ?? 'customer'),
          reason: open.note ?? '',
        }
      : null,
  };
}
