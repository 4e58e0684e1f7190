// The service promises of a ticket in plain words, from the service's own SLA clocks (sla.clocks): which clock runs
// now ("响应剩余 42 分钟") and every promised time — met, running, paused or missed.
import type { Ticket } from './api';
import { clockWords, durationWords, msUntil } from './time-words';

export type Tone = 'ok' | 'progress' | 'warn' | 'bad' | 'muted';
export type SlaClock = Ticket['sla']['clocks'][number];

/** Under this much time left a clock turns amber (即将超时), if the service has not warned already. */
const WARN_MS = 15 * 60_000;

/** What each milestone asks for, as a verb phrase: "14:42 前响应", "已于 13:58 到达现场". */
const DOING: Record<SlaClock['name'], string> = {
  respond: '响应',
  plan: '给出专家方案',
  remoteFix: '远程解决',
  onsite: '到达现场',
};
const DONE: Record<SlaClock['name'], string> = {
  respond: '接单响应',
  plan: '给出专家方案',
  remoteFix: '远程解决',
  onsite: '到达现场',
};

/** The clock the ticket's holder works against now: the running (or paused) one due first. */
export function runningClock(t: Ticket): SlaClock | null {
  const live = t.sla.clocks.filter((c) => (c.state === 'running' || c.state === 'paused') && c.dueAt);
  live.sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!));
  return live[0] ?? null;
}

export interface ClockLine {
  text: string;
  tone: Tone;
}

/** "响应剩余 42 分钟" (amber when warned or close) · "响应已超时 5 分钟" (red) · "响应已暂停" (grey). */
export function clockLine(clock: SlaClock, now: Date = new Date()): ClockLine {
  if (clock.state === 'paused') return { text: `${clock.label}已暂停`, tone: 'muted' };
  const left = msUntil(clock.dueAt!, now);
  if (left < 0) return { text: `${clock.label}已超时 ${durationWords(left)}`, tone: 'bad' };
  return { text: `${clock.label}剩余 ${durationWords(left)}`, tone: clock.warned || left <= WARN_MS ? 'warn' : 'ok' };
}

export interface SlaPromise {
  key: string;
  label: string;
  text: string;
  tone: Tone;
}

function promiseOf(c: SlaClock, t: Ticket, now: Date): Omit<SlaPromise, 'key' | 'label'> | null {
  switch (c.state) {
    case 'met':
      return c.metAt
        ? {
            text: `已于 ${clockWords(c.metAt, now)} ${DONE[c.name]}${c.breachedAt ? '（超时）' : ''}`,
            tone: c.breachedAt ? 'bad' : 'ok',
          }
        : null;
    case 'running': {
      const left = msUntil(c.dueAt!, now);
      if (left < 0) {
        return {
          text: `应于 ${clockWords(c.dueAt!, now)} 前${DOING[c.name]}，已超时 ${durationWords(left)}`,
          tone: 'bad',
        };
      }
      return {
        text: `${clockWords(c.dueAt!, now)} 前${DOING[c.name]}（还剩 ${durationWords(left)}）`,
        tone: c.warned || left <= WARN_MS ? 'warn' : 'progress',
      };
    }
    case 'paused':
      return { text: `已暂停计时${t.sla.paused ? `：${t.sla.paused.reason}` : ''}`, tone: 'muted' };
    case 'breached':
      return {
        text: c.dueAt ? `应于 ${clockWords(c.dueAt, now)} 前${DOING[c.name]}，已超时` : `${DOING[c.name]}已超时`,
        tone: 'bad',
      };
    case 'pending':
      return { text: `${c.withinMinutes} 分钟内${DOING[c.name]}（尚未开始计时）`, tone: 'muted' };
    case 'stopped':
      return null;
  }
}

/** The promised times (响应, 专家方案, 远程解决, 到场) of the current round, each in words. */
export function slaPromises(t: Ticket, now: Date = new Date()): SlaPromise[] {
  if (t.status === 'cancelled') return [];
  return t.sla.clocks.flatMap((c) => {
    const line = promiseOf(c, t, now);
    return line ? [{ key: c.name, label: c.label, ...line }] : [];
  });
}

/** Every breached promise in words ("响应、到场"). */
export function breachedWords(t: Ticket): string {
  return t.sla.clocks
    .filter((c) => c.breachedAt || c.state === 'breached')
    .map((c) => c.label)
    .join('、');
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
