// The demo data of API.md (customers c-1001/c-1002 with their sites and contacts, technicians, expert, dispatcher,
// admin, devices), loaded idempotently. The documents carry what the master-data saves keep in step (search keys,
// the last covered day, the customer's main address and primary contact), computed by the same core functions.
import { customerSummaryOf } from '../core/masterdata/customer';
import { warrantyLastDayOf } from '../core/masterdata/device';
import { customerSearchKeys, deviceSearchKeys, staffSearchKeys } from '../core/masterdata/search-keys';
import type { ContactDoc, CustomerDoc, DeviceDoc, SiteDoc, StationDoc, UserDoc } from '../core/model';
import { rosterIdOf, weekDates, weekStartOf, type RosterDoc, type RosterEntry } from '../core/roster/roster';
import { calendarDateOf, inBusinessTime, toInstant } from '../core/time';
import { dbOf } from '../platform/collections';
import type { NewDoc, Store } from '../platform/ports';

export interface SeedResult {
  created: number;
  existing: number;
}

/** Inserts what is missing and never touches what exists (a restart keeps everything users changed). */
export async function seedDemoData(store: Store, now: Date): Promise<SeedResult> {
  const db = dbOf(store);
  const at = toInstant(now);
  const monthsAgo = (months: number, days = 0) =>
    calendarDateOf(inBusinessTime(now).subtract(months, 'month').subtract(days, 'day').toDate());
  const siteDocs = sites(at);
  const contactDocs = contacts(at);
  const deviceDocs = devices(at, monthsAgo);
  const customerDocs = customers(at).map((c) => withDerived(c, siteDocs, contactDocs, deviceDocs));
  const results = await Promise.all([
    ...stations().map((s) => db.stations.insertIfAbsent(s)),
    ...customerDocs.map((c) => db.customers.insertIfAbsent(c)),
    ...siteDocs.map((s) => db.sites.insertIfAbsent(s)),
    ...contactDocs.map((c) => db.contacts.insertIfAbsent(c)),
    ...users(at).map((u) =>
      db.users.insertIfAbsent({ ...u, ...(u.role === 'customer' ? {} : { searchKeys: staffSearchKeys(u) }) }),
    ),
    ...deviceDocs.map((d) => {
      const customer = customerDocs.find((c) => c.id === d.customerId) ?? null;
      return db.devices.insertIfAbsent({
        ...d,
        warrantyLastDay: warrantyLastDayOf(d, customer),
        searchKeys: deviceSearchKeys(d),
      });
    }),
    ...rosters(now, at).map((r) => db.rosters.insertIfAbsent(r)),
  ]);
  const created = results.filter((r) => r.created).length;
  return { created, existing: results.length - created };
}

function stations(): NewDoc<StationDoc>[] {
  return [
    {
      id: 'st-sh-pd',
      name: '上海浦东服务站',
      region: '上海市浦东新区',
      address: '上海市浦东新区张江路 88 号',
      leadId: 't-2001',
      phone: '021-50001234',
    },
    {
      id: 'st-bj-cy',
      name: '北京朝阳服务站',
      region: '北京市朝阳区',
      address: '北京市朝阳区酒仙桥路 10 号',
      leadId: 't-2003',
      phone: '010-64001234',
    },
    {
      id: 'st-expert',
      name: '专家团队',
      region: '全国',
      address: '上海市浦东新区张江路 88 号（技术中心）',
      leadId: 'e-2901',
      phone: '021-50009999',
    },
  ];
}

/** Who covers each station around the clock: primary and backup per shift (day 08–20, night 20–08). */
const ROTAS: Record<string, { day: [string, string | null]; night: [string, string | null] }> = {
  'st-sh-pd': { day: ['t-2001', 't-2002'], night: ['t-2002', 't-2001'] },
  'st-bj-cy': { day: ['t-2003', null], night: ['t-2003', null] },
  'st-expert': { day: ['e-2901', null], night: ['e-2901', null] },
};

/** The demo rosters: last week to eight weeks ahead, so the demo (and a test clock moved by days) is always covered. */
function rosters(now: Date, at: string): NewDoc<RosterDoc>[] {
  const first = weekStartOf(calendarDateOf(inBusinessTime(now).subtract(7, 'day').toDate()));
  const docs: NewDoc<RosterDoc>[] = [];
  for (let w = 0; w < 10; w++) {
    const weekStart = calendarDateOf(
      inBusinessTime(`${first}T00:00:00+08:00`)
        .add(w * 7, 'day')
        .toDate(),
    );
    for (const [stationId, rota] of Object.entries(ROTAS)) {
      const entries: RosterEntry[] = weekDates(weekStart).flatMap((date) =>
        (['day', 'night'] as const).flatMap((shift) => {
          const [primary, backup] = rota[shift];
          return [
            { date, shift, userId: primary, role: 'primary' as const },
            ...(backup ? [{ date, shift, userId: backup, role: 'backup' as const }] : []),
          ];
        }),
      );
      docs.push({
        id: rosterIdOf(stationId, weekStart),
        stationId,
        weekStart,
        entries,
        swaps: [],
        updatedBy: 'system',
        updatedAt: at,
      });
    }
  }
  return docs;
}

function customers(createdAt: string): NewDoc<CustomerDoc>[] {
  return [
    {
      id: 'cust-1001',
      name: '上海申程智能科技有限公司',
      region: '上海市浦东新区',
      address: '',
      contactName: '',
      contactPhone: '',
      contract: { no: 'HT-2025-0311' },
      createdAt,
    },
    {
      id: 'cust-1002',
      name: '北京华北物流有限公司',
      region: '北京市朝阳区',
      address: '',
      contactName: '',
      contactPhone: '',
      contract: { no: 'HT-2025-0528' },
      createdAt,
    },
  ];
}

/** The customer's main address, primary contact and search keys, from its sites, contacts and devices. */
function withDerived(
  c: NewDoc<CustomerDoc>,
  siteDocs: NewDoc<SiteDoc>[],
  contactDocs: NewDoc<ContactDoc>[],
  deviceDocs: NewDoc<DeviceDoc>[],
): NewDoc<CustomerDoc> {
  const own = <T extends { customerId: string }>(docs: T[]) =>
    docs.filter((d) => d.customerId === c.id).map((d) => ({ ...d, version: 1 }));
  const ownContacts = own(contactDocs);
  return {
    ...c,
    ...customerSummaryOf(own(siteDocs), ownContacts),
    searchKeys: customerSearchKeys({
      name: c.name,
      contacts: ownContacts,
      serials: own(deviceDocs).map((d) => d.serial),
    }),
  };
}

const SH_HALL = '上海市浦东新区科苑路 399 号 5 号楼 1 层大厅';
const SH_ROOM = '上海市浦东新区科苑路 399 号 5 号楼 B1 机房';
const BJ_SORTING = '北京市朝阳区东三环北路 27 号 B1 分拣中心';

function sites(createdAt: string): NewDoc<SiteDoc>[] {
  return [
    {
      id: 'site-1001-hall',
      customerId: 'cust-1001',
      name: '5 号楼大厅',
      region: '上海市浦东新区',
      address: SH_HALL,
      createdAt,
    },
    {
      id: 'site-1001-room',
      customerId: 'cust-1001',
      name: '5 号楼机房',
      region: '上海市浦东新区',
      address: SH_ROOM,
      createdAt,
    },
    {
      id: 'site-1002-sort',
      customerId: 'cust-1002',
      name: '分拣中心',
      region: '北京市朝阳区',
      address: BJ_SORTING,
      createdAt,
    },
  ];
}

/** The demo customers' users act as their primary contacts. */
function contacts(createdAt: string): NewDoc<ContactDoc>[] {
  return [
    {
      id: 'ct-1001',
      customerId: 'cust-1001',
      name: '陈立',
      phone: '13800001001',
      siteId: 'site-1001-hall',
      primary: true,
      jobTitle: '设备主管',
      userId: 'c-1001',
      active: true,
      createdAt,
    },
    {
      id: 'ct-1002',
      customerId: 'cust-1002',
      name: '王敏',
      phone: '13900001002',
      siteId: 'site-1002-sort',
      primary: true,
      jobTitle: '运营经理',
      userId: 'c-1002',
      active: true,
      createdAt,
    },
  ];
}

function users(createdAt: string): NewDoc<UserDoc>[] {
  return [
    { id: 'c-1001', name: '陈立', role: 'customer', customerId: 'cust-1001', phone: '13800001001', createdAt },
    { id: 'c-1002', name: '王敏', role: 'customer', customerId: 'cust-1002', phone: '13900001002', createdAt },
    {
      id: 't-2001',
      name: '李强',
      role: 'technician',
      stationId: 'st-sh-pd',
      skills: ['kiosk', 'printer'],
      phone: '13700002001',
      createdAt,
    },
    {
      id: 't-2002',
      name: '赵磊',
      role: 'technician',
      stationId: 'st-sh-pd',
      skills: ['kiosk', 'network'],
      phone: '13700002002',
      createdAt,
    },
    {
      id: 't-2003',
      name: '孙浩',
      role: 'technician',
      stationId: 'st-bj-cy',
      skills: ['kiosk', 'printer', 'network'],
      phone: '13700002003',
      createdAt,
    },
    // a technician who has left: kept for the history, never routed, assigned or called (active: false)
    {
      id: 't-2099',
      name: '钱峰',
      role: 'technician',
      stationId: 'st-sh-pd',
      skills: ['kiosk', 'printer'],
      phone: '13700002099',
      active: false,
      createdAt,
    },
    {
      id: 'e-2901',
      name: '周博',
      role: 'expert',
      stationId: 'st-expert',
      skills: ['kiosk', 'printer', 'network', 'software'],
      phone: '13600002901',
      createdAt,
    },
    { id: 'd-3001', name: '吴静', role: 'dispatcher', phone: '13500003001', createdAt },
    { id: 'a-4001', name: '郑凯', role: 'admin', phone: '13400004001', createdAt },
  ];
}

function devices(createdAt: string, monthsAgo: (months: number, days?: number) => string): NewDoc<DeviceDoc>[] {
  const shSite = SH_HALL;
  const bjSite = BJ_SORTING;
  const hall = { siteId: 'site-1001-hall', region: '上海市浦东新区' };
  const sorting = { siteId: 'site-1002-sort', region: '北京市朝阳区' };
  return [
    {
      id: 'SN1001-A',
      serial: 'SN1001-A',
      customerId: 'cust-1001',
      name: '大厅自助服务终端',
      model: 'K8 Pro',
      productLine: 'kiosk',
      ...hall,
      siteAddress: shSite,
      acceptedAt: monthsAgo(3),
      createdAt,
    },
    {
      id: 'SN1001-B',
      serial: 'SN1001-B',
      customerId: 'cust-1001',
      name: '标签打印机',
      model: 'P300',
      productLine: 'printer',
      ...hall,
      siteAddress: shSite,
      acceptedAt: monthsAgo(14),
      createdAt,
    },
    {
      id: 'SN1001-C',
      serial: 'SN1001-C',
      customerId: 'cust-1001',
      name: '机房核心交换机',
      model: 'NX-48',
      productLine: 'network',
      siteId: 'site-1001-room',
      region: '上海市浦东新区',
      siteAddress: SH_ROOM,
      acceptedAt: null,
      createdAt,
    },
    {
      id: 'SN1002-A',
      serial: 'SN1002-A',
      customerId: 'cust-1002',
      name: '分拣线自助终端',
      model: 'K8',
      productLine: 'kiosk',
      ...sorting,
      siteAddress: bjSite,
      acceptedAt: monthsAgo(2),
      createdAt,
    },
    {
      id: 'SN1002-B',
      serial: 'SN1002-B',
      customerId: 'cust-1002',
      name: '面单打印机',
      model: 'P300',
      productLine: 'printer',
      ...sorting,
      siteAddress: bjSite,
      acceptedAt: monthsAgo(11, 20),
      createdAt,
    },
  ];
}
