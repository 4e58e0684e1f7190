// Routing (派单): which technician is offered a ticket, with every candidate's score and the reasons — explainable.
import { productLineLabel } from '../devices/product-lines';
import { isActive, type StationDoc, type UserDoc } from '../model';
import type { RoutingCandidate, RoutingDecision } from '../ticket/types';
import { toInstant } from '../time';

/** Service plan default: at most 5 open tickets per technician unless their profile says otherwise. */
export const DEFAULT_LOAD_LIMIT = 5;

export interface RoutingInput {
  ticket: {
    region: string;
    productLine: string;
    serial: string;
    customerId: string;
    rejectedBy: string[];
    timedOutBy?: string[];
  };
  technicians: UserDoc[];
  stations: StationDoc[];
  /** open tickets (offered, accepted, on site) held by each technician */
  openLoad: Record<string, number>;
  /** when each technician was last offered a ticket */
  lastAssignedAt: Record<string, string | undefined>;
  /** who last served this device, and this customer */
  previous: { device?: string; customer?: string };
  /** duty now, from the roster: on duty or not, and in words */
  duty: (technicianId: string) => { onDuty: boolean; label: string; role?: 'primary' | 'backup' | null };
  trigger: RoutingDecision['trigger'];
  now: Date;
}

/**
 * How a technician covers the ticket's region: their station's, or one of the regions they cover beyond it (a
 * technician of a neighbouring district); null when neither.
 */
export function regionMatch(
  t: Pick<UserDoc, 'regions'>,
  station: Pick<StationDoc, 'region'> | undefined,
  region: string,
): '同区域' | '覆盖区域' | null {
  if (station?.region === region) return '同区域';
  return t.regions?.includes(region) ? '覆盖区域' : null;
}

function exclusion(t: UserDoc, input: RoutingInput, station: StationDoc | undefined, limit: number): string | null {
  const load = input.openLoad[t.id] ?? 0;
  if (input.ticket.rejectedBy.includes(t.id)) return '已拒绝过该工单';
  if (input.ticket.timedOutBy?.includes(t.id)) return '此前超时未接单';
  if (!regionMatch(t, station, input.ticket.region)) {
    const covered = [station?.region ?? '未分配服务站', ...(t.regions ?? [])].join('、');
    return `区域不符（${covered}）`;
  }
  if (!(t.skills ?? []).includes(input.ticket.productLine))
    return `缺少技能：${productLineLabel(input.ticket.productLine)}`;
  const duty = input.duty(t.id);
  if (!duty.onDuty) return duty.label;
  if (load >= limit) return `负载已满 ${load}/${limit}`;
  return null;
}

function score(
  t: UserDoc,
  input: RoutingInput,
  station: StationDoc | undefined,
  limit: number,
): { score: number; reasons: string[] } {
  const load = input.openLoad[t.id] ?? 0;
  const reasons = [
    regionMatch(t, station, input.ticket.region) === '同区域' ? '同区域' : `覆盖区域：${input.ticket.region}`,
    `技能：${productLineLabel(input.ticket.productLine)}`,
    input.duty(t.id).label,
    `负载 ${load}/${limit}`,
  ];
  let value = 100 - load * 15;
  // the shift's primary before its backup
  if (input.duty(t.id).role === 'primary') value += 10;
  // Fairness: up to +20 for a technician not offered anything for 8 hours or more.
  const last = input.lastAssignedAt[t.id];
  const idleHours = last ? (input.now.getTime() - Date.parse(last)) / 3_600_000 : 8;
  value += Math.round(Math.min(8, Math.max(0, idleHours)) * 2.5);
  reasons.push(last ? `距上次派单 ${formatHours(idleHours)}` : '今日尚未派单');
  // Continuity: whoever knows this device, or this customer, already.
  if (input.previous.device === t.id) {
    value += 25;
    reasons.push('曾维修该设备');
  } else if (input.previous.customer === t.id) {
    value += 15;
    reasons.push('曾服务该客户');
  }
  return { score: value, reasons };
}

function formatHours(h: number): string {
  return h < 1 ? `${Math.max(1, Math.round(h * 60))} 分钟` : `${Math.floor(h)} 小时`;
}

export function routeTicket(input: RoutingInput): RoutingDecision {
  const stations = new Map(input.stations.map((s) => [s.id, s]));
  // people who left or are suspended are not candidates at all
  const candidates: RoutingCandidate[] = input.technicians.filter(isActive).map((t) => {
    const limit = t.loadLimit ?? DEFAULT_LOAD_LIMIT;
    const station = stations.get(t.stationId ?? '');
    const excluded = exclusion(t, input, station, limit);
    if (excluded) return { technicianId: t.id, name: t.name, score: 0, reasons: [], excluded };
    return { technicianId: t.id, name: t.name, ...score(t, input, station, limit) };
  });
  candidates.sort(
    (a, b) =>
      Number(!!a.excluded) - Number(!!b.excluded) || b.score - a.score || a.technicianId.localeCompare(b.technicianId),
  );
  const best = candidates.find((c) => !c.excluded);
  const at = toInstant(input.now);
  if (!best) {
    return {
      candidates,
      chosen: null,
      reasons: ['没有符合条件的工程师，已转调度人工派单'],
      decidedAt: at,
      flagged: true,
      trigger: input.trigger,
    };
  }
  return {
    candidates,
    chosen: best.technicianId,
    reasons: [`${best.name}：${best.reasons.join('，')}`],
    decidedAt: at,
    flagged: false,
    trigger: input.trigger,
  };
}
