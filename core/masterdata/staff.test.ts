import type { StationDoc, UserDoc } from '../model';
import { StaffFields, staffRecord, stationRecord } from './staff';

const now = new Date('2026-12-01T02:00:00Z');
const admin: UserDoc = {
  id: 'a-1',
  version: 1,
  name: '管理员',
  role: 'admin',
  phone: '13400000000',
  createdAt: '2026-01-01T00:00:00.000Z',
};
const station: StationDoc = {
  id: 'st-1',
  version: 1,
  name: '一站',
  region: '广州市天河区',
  address: '天河路 1 号',
  phone: '020-1',
};

describe('staff records', () => {
  test('the last active admin cannot be retired or demoted', () => {
    const input = StaffFields.parse({ id: 'a-1', name: '管理员', role: 'admin', phone: '13400000000', active: false });
    expect(() => staffRecord({ current: admin, id: 'a-1', input, station: null, otherActiveAdmins: 0, now })).toThrow(
      /至少须保留一位在职的管理员/,
    );
    expect(staffRecord({ current: admin, id: 'a-1', input, station: null, otherActiveAdmins: 1, now }).active).toBe(
      false,
    );
  });

  test('a technician record: search keys, regions and skills kept once each; its routing timestamps kept', () => {
    const input = StaffFields.parse({
      name: '黄磊',
      role: 'technician',
      phone: '13700002101',
      stationId: 'st-1',
      skills: ['kiosk', 'kiosk'],
      regions: ['广州市 越秀区'],
    });
    const current = { ...admin, id: 't-9', role: 'technician' as const, lastAssignedAt: '2026-11-30T00:00:00.000Z' };
    const saved = staffRecord({ current, id: 't-9', input, station, otherActiveAdmins: 1, now });
    expect(saved).toMatchObject({
      skills: ['kiosk'],
      regions: ['广州市越秀区'],
      lastAssignedAt: '2026-11-30T00:00:00.000Z',
    });
    expect(saved.searchKeys).toEqual(expect.arrayContaining(['黄磊', '2101']));
  });

  test("a station's lead works there and is active", () => {
    const lead: UserDoc = { ...admin, id: 't-1', role: 'technician', stationId: 'st-1' };
    const input = {
      name: '一站',
      region: '广州市天河区',
      address: '天河路 1 号',
      phone: '020-38001234',
      leadId: 't-1',
    };
    expect(stationRecord({ current: null, id: 'st-1', input, lead, now }).leadId).toBe('t-1');
    expect(() => stationRecord({ current: null, id: 'st-2', input, lead, now })).toThrow(/本站在职/);
    expect(() => stationRecord({ current: null, id: 'st-1', input, lead: { ...lead, active: false }, now })).toThrow();
  });
});
