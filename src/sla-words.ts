// The service promises of a ticket in plain words, from the service's own SLA clocks (sla.clocks): which clock runs
// now ("响应剩余 42 分钟") and every promised time — met, running, paused or missed.
import type { SlaBoardItem, Ticket } from './api';
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

/** Still counting: running, paused, or breached but not yet met (the service keeps counting the overdue time). */
export function isLive(c: SlaClock): boolean {
  return (c.state === 'running' || c.state === 'paused' || (c.state === 'breached' && !c.metAt)) && !!c.dueAt;
}

/** The clock the ticket's holder works against now: the live one due first. */
export function runningClock(t: Ticket): SlaClock | null {
  const live = t.sla.clocks.filter(isLive);
  live.sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!));
  return live[0] ?? null;
}

export interface ClockLine {
  text: string;
  tone: Tone;
}

/** "响应剩余 42 分钟" (amber when warned or close) · "响应已超时 5 分钟" (red) · "响应已暂停" (grey). */
export function clockLine(clock: SlaClock, now: Date): ClockLine {
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
export function slaPromises(t: Ticket, now: Date): SlaPromise[] {
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

/** "08:05" · "1:08:05" (hours, minutes, seconds of a countdown) · "2 天 3 小时" past a day. */
export function countdownWords(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  if (total >= 86_400) return durationWords(ms);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(sec)}` : `${two(m)}:${two(sec)}`;
}

export type CountdownState = 'running' | 'warned' | 'overdue' | 'paused' | 'met' | 'met-late' | 'pending';

export interface Countdown {
  state: CountdownState;
  tone: Tone;
  /** the big figure: "还剩 12:05" · "超时 03:10" · "已暂停" · "✓ 已达成" */
  badge: string;
  /** the line under the label: "截止 14:42" · "已于 14:10 接单响应" · "等待客户：请提供日志" */
  detail: string;
}

const PAUSE_WORDS = { customer: '等待客户', parts: '等待配件' } as const;

/**
 * One milestone as a live countdown (UX.md: durations count down live): blue while running, amber once warned, red
 * when overdue (by how much), grey while paused (with the reason), green ✓ when met; null for a stopped clock.
 */
export function countdownOf(c: SlaClock, t: Pick<Ticket, 'sla'>, now: Date): Countdown | null {
  const due = c.dueAt ? `截止 ${clockWords(c.dueAt, now)}` : '';
  switch (c.state) {
    case 'stopped':
      return null;
    case 'pending':
      return { state: 'pending', tone: 'muted', badge: '未开始', detail: `${c.withinMinutes} 分钟内${DOING[c.name]}` };
    case 'met':
      return {
        state: 'met',
        tone: 'ok',
        badge: '✓ 已达成',
        detail: c.metAt ? `已于 ${clockWords(c.metAt, now)} ${DONE[c.name]}` : DONE[c.name],
      };
    case 'paused': {
      const p = t.sla.paused;
      const left = c.remainingMinutes !== null ? ` · 剩余 ${durationWords(c.remainingMinutes * 60_000)}` : '';
      return {
        state: 'paused',
        tone: 'muted',
        badge: '已暂停',
        detail: p ? `${PAUSE_WORDS[p.kind]}：${p.reason}${left}` : `计时已暂停${left}`,
      };
    }
    case 'breached':
      if (c.metAt) {
        const late = c.dueAt ? Date.parse(c.metAt) - Date.parse(c.dueAt) : 0;
        return {
          state: 'met-late',
          tone: 'bad',
          badge: '✓ 超时达成',
          detail: `已于 ${clockWords(c.metAt, now)} ${DONE[c.name]}${late > 0 ? `，超时 ${durationWords(late)}` : ''}`,
        };
      }
      break;
    case 'running':
      break;
  }
  if (!c.dueAt) return null;
  const left = msUntil(c.dueAt, now);
  if (left < 0 || c.state === 'breached') {
    return {
      state: 'overdue',
      tone: 'bad',
      badge: `超时 ${countdownWords(Math.min(left, 0))}`,
      detail: `${due} · 已超时`,
    };
  }
  const warned = c.warned || left <= WARN_MS;
  return {
    state: warned ? 'warned' : 'running',
    tone: warned ? 'warn' : 'progress',
    badge: `还剩 ${countdownWords(left)}`,
    detail: warned ? `${due} · 即将超时` : due,
  };
}

/** The board's groups as status colours: broken promises red, warned amber, paused grey, on track blue. */
export const BOARD_TONES: Record<SlaBoardItem['state'], Tone> = {
  escalated: 'bad',
  breached: 'bad',
  warned: 'warn',
  paused: 'muted',
  'on-track': 'progress',
};

/** A board item's most urgent milestone, live: "响应 还剩 12:05" · "响应 超时 03:10" · "远程解决 已暂停". */
export function urgentLine(item: SlaBoardItem, now: Date): ClockLine | null {
  const u = item.urgent;
  if (!u) return null;
  if (item.state === 'paused') {
    const left = u.remainingMinutes !== null ? `（剩余 ${durationWords(u.remainingMinutes * 60_000)}）` : '';
    return { text: `${u.label} 已暂停${left}`, tone: 'muted' };
  }
  if (!u.dueAt) return null;
  const left = msUntil(u.dueAt, now);
  if (left < 0) return { text: `${u.label} 超时 ${countdownWords(left)}`, tone: 'bad' };
  return { text: `${u.label} 还剩 ${countdownWords(left)}`, tone: item.state === 'warned' ? 'warn' : 'progress' };
}
