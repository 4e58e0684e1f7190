// SLA policies: an ordered chain of milestones per severity, the calendar they count in, and the escalation settings.
// The service plan's defaults, overridable per contract. A ticket keeps the policy it was reported under.
import { ALWAYS, type SlaCalendar } from './calendar';

export type MilestoneName = 'respond' | 'plan' | 'remoteFix' | 'onsite';

/** What in a ticket's event log starts, meets or stops a milestone. */
export type Trigger =
  | 'round-start' // the report, or a reopening (a new round of service)
  | 'accepted'
  | 'remote-resolved'
  | 'resolved'
  | 'onsite-started' // the technician declares the remote fix failed / chooses to go on site
  | 'arrived'
  | 'plan-attached';

export interface MilestoneDef {
  name: MilestoneName;
  label: string;
  withinMinutes: number;
  startsWhen: Trigger[];
  metWhen: Trigger[];
  /** the milestone no longer applies (a remote fix given up for on-site work) */
  stopsWhen?: Trigger[];
  /** 'round': the time is counted from the round's start even though the clock starts later (on site within 2 h of the report) */
  measuredFrom?: 'start' | 'round';
  /** the ladder rung a breach escalates to first: 1 on-site team, 2 expert team, 3 special task force */
  breachLevel: 1 | 2 | 3;
}

export interface SlaPolicy {
  id: string;
  name: string;
  calendar: SlaCalendar;
  /** warn at this share of a milestone's time (0.8) */
  warnAtRatio: number;
  /** an unacknowledged escalation climbs one rung after this many minutes */
  climbAfterMinutes: number;
  /** an offer not accepted in time is withdrawn: this share of the respond time left when offered, at least `minMinutes` */
  offerTimeout: { shareOfRespondLeft: number; minMinutes: number };
  chains: { common: MilestoneDef[]; major: MilestoneDef[] };
}

/** Contract overrides (minutes, calendar, escalation timing). */
export interface SlaOverrides {
  calendar?: SlaCalendar;
  respondCommonMinutes?: number;
  respondMajorMinutes?: number;
  remoteFixMinutes?: number;
  onsiteMinutes?: number;
  planMinutes?: number;
  climbAfterMinutes?: number;
}

export const MILESTONE_LABELS: Record<MilestoneName, string> = {
  respond: '响应',
  plan: '专家方案',
  remoteFix: '远程解决',
  onsite: '到场',
};

function chain(o: SlaOverrides, severity: 'common' | 'major'): MilestoneDef[] {
  const respond: MilestoneDef = {
    name: 'respond',
    label: MILESTONE_LABELS.respond,
    withinMinutes: severity === 'major' ? (o.respondMajorMinutes ?? 30) : (o.respondCommonMinutes ?? 60),
    startsWhen: ['round-start'],
    metWhen: ['accepted'],
    breachLevel: severity === 'major' ? 2 : 1,
  };
  const plan: MilestoneDef = {
    name: 'plan',
    label: MILESTONE_LABELS.plan,
    withinMinutes: o.planMinutes ?? 120,
    startsWhen: ['round-start'],
    metWhen: ['plan-attached'],
    breachLevel: 2,
  };
  const remoteFix: MilestoneDef = {
    name: 'remoteFix',
    label: MILESTONE_LABELS.remoteFix,
    withinMinutes: o.remoteFixMinutes ?? 60,
    startsWhen: ['accepted'],
    metWhen: ['remote-resolved'],
    stopsWhen: ['onsite-started', 'arrived'],
    breachLevel: 1,
  };
  const onsite: MilestoneDef = {
    name: 'onsite',
    label: MILESTONE_LABELS.onsite,
    withinMinutes: o.onsiteMinutes ?? 120,
    startsWhen: ['onsite-started', 'arrived'],
    metWhen: ['arrived'],
    measuredFrom: 'round',
    breachLevel: 1,
  };
  return severity === 'major' ? [respond, plan, remoteFix, onsite] : [respond, remoteFix, onsite];
}

/** The service plan's policy, with a contract's overrides applied. */
export function slaPolicy(overrides: SlaOverrides = {}, id = 'default'): SlaPolicy {
  return {
    id,
    name: id === 'default' ? '标准服务方案' : `合同服务方案 ${id}`,
    calendar: overrides.calendar ?? ALWAYS,
    warnAtRatio: 0.8,
    climbAfterMinutes: overrides.climbAfterMinutes ?? 90,
    offerTimeout: { shareOfRespondLeft: 0.5, minMinutes: 5 },
    chains: { common: chain(overrides, 'common'), major: chain(overrides, 'major') },
  };
}

export const DEFAULT_POLICY = slaPolicy();
