// Test support for core's unit tests: a ticket, its people and routing context, built without any store.
import type { StationDoc, UserDoc } from '../model';
import type { RoutingContext } from '../routing/context';
import type { SlaStaff } from '../sla/recipients';
import { DEFAULT_POLICY } from '../sla/policy';
import { slaSummary } from '../sla/summary';
import { newTicket } from '../ticket/lifecycle';
import type { Staff } from '../ticket/staff';
import type { Actor } from '../ticket/transitions';
import type { TicketDoc } from '../ticket/types';

export const T0 = new Date('2026-11-25T02:00:00.000Z'); // 10:00 in Shanghai, a Wednesday
export const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
export const oracle = { dayKind: () => 'workday' as const };

export const actor = (by: string, byRole: string, minutes = 0): Actor => ({ by, byRole, at: at(minutes) });
export const system = (minutes: number) => actor('system', 'system', minutes);

const user = (id: string, name: string, role: UserDoc['role'], extra: Partial<UserDoc> = {}): UserDoc => ({
  id,
  version: 1,
  name,
  role,
  createdAt: T0.toISOString(),
  ...extra,
});

export const technicians: UserDoc[] = [
  user('t-1', '李强', 'technician', { stationId: 'st-1', skills: ['printer'] }),
  user('t-2', '张伟', 'technician', { stationId: 'st-1', skills: ['printer'] }),
  user('t-3', '刘洋', 'technician', { stationId: 'st-2', skills: ['printer'] }),
];
export const stations: StationDoc[] = [
  { id: 'st-1', version: 1, name: '浦东站', region: '上海市浦东新区', address: '', phone: '', leadId: 't-lead' },
  { id: 'st-2', version: 1, name: '朝阳站', region: '北京市朝阳区', address: '', phone: '' },
];

export const staff: Staff = {
  desk: [
    { id: 'd-1', role: 'dispatcher' },
    { id: 'a-1', role: 'admin' },
  ],
  experts: [{ id: 'e-1', role: 'expert' }],
};

export const slaStaff: SlaStaff = {
  dispatchers: [{ id: 'd-1' }],
  admins: [{ id: 'a-1' }],
  experts: [{ id: 'e-1' }],
  stations,
  rosters: [],
  holidayName: () => null,
};

export const routing = (openLoad: Record<string, number> = {}): RoutingContext => ({
  technicians,
  stations,
  rosters: [],
  openLoad,
  device: null,
  customer: null,
  holidayName: () => null,
});

/** A ticket as reported at T0 by c-1 (not yet routed), with its stored SLA summary. */
export function reported(severity: 'common' | 'major' = 'common'): TicketDoc {
  const t: TicketDoc = {
    ...newTicket(
      {
        id: 'tk_1',
        no: 'GD20261125-0001',
        clientRequestId: 'crid-0001',
        severity,
        category: 'hardware',
        description: '打印头不出墨，整机停止工作',
        photos: [],
        contactPhone: '13800000000',
        address: '上海市浦东新区',
        region: '上海市浦东新区',
        device: { serial: 'SN-1', name: '工业打印机', productLine: 'printer', customerId: 'cust-1' },
        warranty: { inWarranty: true, warrantyEndsAt: null, label: '在保' },
        billable: false,
        slaPolicy: DEFAULT_POLICY,
      },
      actor('c-1', 'customer'),
    ),
    version: 1,
  };
  return derive(t, 0);
}

/** The stored SLA summary, as every save recomputes it. */
export const derive = (t: TicketDoc, minutes: number): TicketDoc => ({ ...t, sla: slaSummary(t, oracle, at(minutes)) });
