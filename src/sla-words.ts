// The service promises of a ticket in plain words: which clock runs now ("响应剩余 42 分钟") and every promised time.
import type { Ticket } from './api';
import { clockWords, durationWords, msUntil } from './time-words';

export type Tone = 'ok' | 'progress' | 'warn' | 'bad' | 'muted';

/** Under this much time left a clock turns amber (即将超时). */
const WARN_MS = 15 * 60_000;

/** The SLA names used in `sla.breached`, as people say them. */
const CLOCK_NAMES: Record<string, string> = {
  respond: '响应',
  remoteFix: '远程处理',
  arrive: '到场',
  onsite: '到场',
  plan: '解决方案',
};

export interface RunningClock {
  key: 'respond' | 'remoteFix' | 'arrive';
  name: string;
  due: string;
}

/** The deadline the holder of the ticket is working against now, if any. */
export function runningClock(t: Ticket): RunningClock | null {
  if (['reported', 'assigned', 'reopened'].includes(t.status) && !t.acceptedAt) {
    return { key: 'respond', name: '响应', due: t.sla.respondBy };
  }
  if (t.status === 'accepted' && t.mode === 'onsite' && t.sla.arriveBy) {
    return { key: 'arrive', name: '到场', due: t.sla.arriveBy };
  }
  if ((t.status === 'accepted' || t.status === 'reopened') && t.sla.remoteFixBy) {
    return { key: 'remoteFix', name: '远程处理', due: t.sla.remoteFixBy };
  }
  return null;
}

export interface ClockLine {
  text: string;
  tone: Tone;
}

/** "响应剩余 42 分钟" (amber under 15 minutes) · "响应已超时 5 分钟" (red). */
export function clockLine(clock: RunningClock, now: Date = new Date()): ClockLine {
  const left = msUntil(clock.due, now);
  if (left < 0) return { text: `${clock.name}已超时 ${durationWords(left)}`, tone: 'bad' };
  return { text: `${clock.name}剩余 ${durationWords(left)}`, tone: left <= WARN_MS ? 'warn' : 'ok' };
}

export interface SlaPromise {
  key: string;
  label: string;
  text: string;
  tone: Tone;
}

function pendingLine(due: string, what: string, now: Date): { text: string; tone: Tone } {
  const left = msUntil(due, now);
  if (left < 0) return { text: `应于 ${clockWords(due, now)} 前${what}，已超时 ${durationWords(left)}`, tone: 'bad' };
  return {
    text: `${clockWords(due, now)} 前${what}（还剩 ${durationWords(left)}）`,
    tone: left <= WARN_MS ? 'warn' : 'progress',
  };
}

function metLine(at: string, what: string, late: boolean, now: Date): { text: string; tone: Tone } {
  return { text: `已于 ${clockWords(at, now)} ${what}${late ? '（超时）' : ''}`, tone: late ? 'bad' : 'ok' };
}

/** The promised times (respondBy, remoteFixBy, arriveBy, planBy), each met, running or missed. */
export function slaPromises(t: Ticket, now: Date = new Date()): SlaPromise[] {
  const breached = new Set(t.sla.breached);
  const stopped = t.status === 'cancelled';
  const lines: SlaPromise[] = [];
  const add = (key: string, label: string, line: { text: string; tone: Tone } | null) => {
    if (line) lines.push({ key, label, ...line });
  };
  add(
    'respond',
    '响应',
    t.acceptedAt
      ? metLine(t.acceptedAt, '接单响应', breached.has('respond'), now)
      : stopped
        ? null
        : pendingLine(t.sla.respondBy, '响应', now),
  );
  if (t.sla.remoteFixBy) {
    add(
      'remoteFix',
      '远程处理',
      t.resolvedAt && t.mode === 'remote'
        ? metLine(t.resolvedAt, '远程处理完成', breached.has('remoteFix'), now)
        : t.mode === 'onsite' || t.resolvedAt || stopped
          ? null
          : pendingLine(t.sla.remoteFixBy, '远程处理完成', now),
    );
  }
  if (t.sla.arriveBy) {
    add(
      'arrive',
      '到场',
      t.arrivedAt
        ? metLine(t.arrivedAt, '到达现场', breached.has('arrive') || breached.has('onsite'), now)
        : t.resolvedAt || stopped
          ? null
          : pendingLine(t.sla.arriveBy, '到达现场', now),
    );
  }
  if (t.sla.planBy) {
    add(
      'plan',
      '解决方案',
      t.resolvedAt || stopped
        ? null
        : breached.has('plan')
          ? { text: `应于 ${clockWords(t.sla.planBy, now)} 前给出解决方案，已超时`, tone: 'bad' }
          : { text: `重大故障：专家团队 ${clockWords(t.sla.planBy, now)} 前给出解决方案`, tone: 'progress' },
    );
  }
  return lines;
}

/** Every breached promise in words ("响应、到场"). */
export function breachedWords(t: Ticket): string {
  return t.sla.breached.map((k) => CLOCK_NAMES[k] ?? k).join('、');
}

/** What a ticket status looks like (UX.md): blue in progress, green done, amber waiting, grey stopped. */
export const STATUS_TONES: Record<Ticket['status'], Tone> = {
  reported: 'warn',
  assigned: 'progress',
  accepted: 'progress',
  onsite: 'progress',
  resolved: 'ok',
  confirmed: 'ok',
  closed: 'ok',
  cancelled: 'muted',
  reopened: 'warn',
};
