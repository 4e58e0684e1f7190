// The SLA evidence pack (服务时效证据): one ticket's immutable timeline — report, offers, acceptances, check-ins with
// time and place, pauses with reasons, escalations and who acknowledged them, signatures — and each milestone's clock
// per round as computed from that timeline. What a customer or contract manager needs in a dispute about penalties.
import { documentHead, escapeHtml as e, scrollable } from '../html-document';
import { NOTES_SHOWN_TO_CUSTOMERS, type Viewer } from '../ticket/event-text';
import { STATUS_LABELS } from '../ticket/transitions';
import { toWire } from '../time';
import type { TicketDoc } from '../ticket/types';
import { describeCalendar } from './calendar';
import type { Clock } from './clocks';
import { LEVEL_LABELS, type Level } from './ladder';
import { ticketWarranty, warrantyWords } from '../warranty/ticket';

export interface EvidenceInput {
  ticket: TicketDoc;
  customerName: string;
  nameOf: (userId: string) => string;
  /** who reads it: a customer's pack leaves out internal blame (who rejected, who was called) */
  viewer: Viewer;
  /** the timeline's words and who each event is shown as done by, per event index (the reader's ticket view) */
  eventText: (index: number) => string;
  eventBy: (index: number) => string;
  /** the clocks of every round, as computed now */
  rounds: { index: number; startedAt: string; clocks: Clock[] }[];
  /** signature images as data: URLs (embedded: the file stands alone) */
  signatures: { label: string; dataUrl: string }[];
  generatedAt: Date;
  /** a digest of the event log, so a copy can be checked against the service's record */
  digest: string;
}

const time = (at: string | null | undefined) => (at ? toWire(at).replace('T', ' ').slice(0, 19) : '—');

const STATE_WORDS: Record<Clock['state'], string> = {
  pending: '未开始',
  running: '计时中',
  paused: '已暂停',
  met: '按时达成',
  breached: '超时',
  stopped: '不适用（已转其他方式）',
};

function details(ev: TicketDoc['events'][number], nameOf: (id: string) => string, viewer: Viewer): string {
  const d = ev.data ?? {};
  const parts: string[] = [];
  const staff = viewer === 'staff';
  const location = d.location as { latitude?: number; longitude?: number; accuracy?: number } | null | undefined;
  if (ev.type === 'arrived') {
    parts.push(
      location && typeof location.latitude === 'number'
        ? `位置 ${location.latitude.toFixed(6)}, ${location.longitude?.toFixed(6)}${location.accuracy ? `（精度 ${Math.round(location.accuracy)} 米）` : ''}`
        : '未提供定位',
    );
  }
  if (ev.type === 'paused') parts.push(`原因：${ev.note ?? ''}（${d.kind === 'parts' ? '等待配件' : '等待客户'}）`);
  if (ev.type === 'escalated' && staff) {
    const notified = Array.isArray(d.notified) ? (d.notified as string[]).map(nameOf).join('、') : '';
    parts.push(`升级至${LEVEL_LABELS[(d.level as Level) ?? 1]}${notified ? `，通知：${notified}` : ''}`);
  }
  if (ev.type === 'escalation-acknowledged' && staff) parts.push(`认领人：${nameOf(ev.by)}`);
  if (ev.type === 'video-started' || ev.type === 'video-ended') {
    // a remote video session: who was on the call, and for how long
    const who = Array.isArray(d.participants) ? (d.participants as string[]).map(nameOf).join('、') : '';
    if (who) parts.push(`视频参与：${who}`);
    if (typeof d.minutes === 'number') parts.push(`通话 ${d.minutes} 分钟`);
  }
  if (ev.from && ev.to) parts.push(`${STATUS_LABELS[ev.from]} → ${STATUS_LABELS[ev.to]}`);
  if (ev.note && ev.type !== 'paused' && (staff || NOTES_SHOWN_TO_CUSTOMERS.has(ev.type)))
    parts.push(`备注：${ev.note}`);
  return parts.map(e).join('；');
}

export function evidenceFileName(t: Pick<TicketDoc, 'no'>): string {
  return `服务时效证据-${t.no}.html`;
}

/** What the document calls itself (a browser tab, a share card): "GD20261125-0007 服务时效证据包". */
export function evidenceTitle(t: Pick<TicketDoc, 'no'>): string {
  return `${t.no} 服务时效证据包`;
}

/** Wide tables (seven columns of times) keep their shape and scroll sideways on a phone; times never break. */
const CSS = `.wide{min-width:720px}.wide th{white-space:nowrap}.clocks td{white-space:nowrap}
.events td:nth-child(4){min-width:10em}.events td:nth-child(5){min-width:14em}
tr.breached td{color:#c52b2b}tr.met td:last-child{color:#067a43}
figure{display:inline-block;margin:8px}figure img{max-width:100%;max-height:90px;border:1px dashed #ccc}
.meta{font-size:14px}`;

export function renderEvidence(input: EvidenceInput): string {
  const t = input.ticket;
  const warranty = ticketWarranty(t);
  const rounds = input.rounds
    .map(
      (r) => `<h3>第 ${r.index + 1} 轮服务（${r.index === 0 ? '报修' : '重新打开'}于 ${time(r.startedAt)}）</h3>
${scrollable(`<table class="wide clocks"><tr><th>时限</th><th>承诺</th><th>开始</th><th>截止</th><th>达成</th><th>计入时长</th><th>结论</th></tr>
${r.clocks
  .map(
    (c) =>
      `<tr class="${c.state}"><td>${e(c.label)}</td><td>${c.withinMinutes} 分钟</td><td class="nowrap">${time(c.startedAt)}</td><td class="nowrap">${time(c.dueAt)}</td><td class="nowrap">${time(c.metAt ?? c.stoppedAt)}</td><td>${c.elapsedMinutes} 分钟</td><td>${STATE_WORDS[c.state]}${c.state === 'breached' && c.metAt ? '（逾期后达成）' : ''}</td></tr>`,
  )
  .join('\n')}
</table>`)}`,
    )
    .join('\n');
  const timeline = t.events
    .map(
      (ev, i) =>
        `<tr><td>${ev.seq}</td><td class="nowrap">${time(ev.at)}</td><td class="nowrap">${e(input.eventBy(i))}</td><td>${e(input.eventText(i))}</td><td>${details(ev, input.nameOf, input.viewer)}</td></tr>`,
    )
    .join('\n');
  const signatures = input.signatures.length
    ? input.signatures
        .map((s) => `<figure><img alt="签名" src="${s.dataUrl}"><figcaption>${e(s.label)}</figcaption></figure>`)
        .join('')
    : '<p>（无签名）</p>';
  return `${documentHead(evidenceTitle(t), CSS)}
<h1>服务时效证据包</h1>
<p class="meta muted">工单号 ${e(t.no)} · 客户 ${e(input.customerName)} · 设备 ${e(t.deviceName)}（${e(t.serial)}）· ${t.severity === 'major' ? '重大故障' : '一般故障'}<br>
保修：${e(warrantyWords(warranty))} · ${e(warranty.terms)}<br>
服务方案：${e(t.slaPolicy.name)}；计时日历：${e(describeCalendar(t.slaPolicy.calendar))}；预警比例 ${Math.round(t.slaPolicy.warnAtRatio * 100)}%；未认领升级 ${t.slaPolicy.climbAfterMinutes} 分钟后逐级上升<br>
生成于 ${time(input.generatedAt.toISOString())} · 事件 ${t.events.length} 条 · 记录摘要 SHA-256 ${e(input.digest)}</p>
<h2>各时限计算结果</h2>
${rounds}
<h2>完整时间线（不可更改的事件记录）</h2>
${scrollable(`<table class="wide events"><tr><th>#</th><th>时间</th><th>操作人</th><th>事件</th><th>详情</th></tr>
${timeline}
</table>`)}
<h2>签名</h2>
${signatures}
</body></html>
`;
}
