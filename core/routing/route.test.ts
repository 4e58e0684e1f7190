import type { StationDoc, UserDoc } from '../model';
import { routeTicket, type RoutingInput } from './route';

const now = new Date('2026-11-25T02:00:00Z');
const station = (id: string, region: string): StationDoc => ({
  id,
  version: 1,
  name: id,
  region,
  address: '',
  phone: '',
});
const tech = (id: string, stationId: string, skills: string[], extra: Partial<UserDoc> = {}): UserDoc => ({
  id,
  version: 1,
  name: id,
  role: 'technician',
  stationId,
  skills,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

function input(overrides: Partial<RoutingInput> = {}): RoutingInput {
  return {
    ticket: { region: '浦东', productLine: 'kiosk', serial: 'SN1', customerId: 'cust-1', rejectedBy: [] },
    technicians: [tech('t-1', 'st-pd', ['kiosk']), tech('t-2', 'st-pd', ['kiosk']), tech('t-3', 'st-bj', ['kiosk'])],
    stations: [station('st-pd', '浦东'), station('st-bj', '朝阳')],
    openLoad: {},
    lastAssignedAt: {},
    previous: {},
    duty: () => ({ onDuty: true, label: '在岗' }),
    trigger: 'report',
    now,
    ...overrides,
  };
}

describe('routing', () => {
  test("only technicians of the site's region are candidates; others are listed with why", () => {
    const d = routeTicket(input());
    expect(d.chosen).toMatch(/^t-[12]$/);
    expect(d.candidates.find((c) => c.technicianId === 't-3')?.excluded).toMatch(/区域不符/);
  });

  test("a technician covering more than their station's region is a candidate there too, and says so", () => {
    const d = routeTicket(
      input({
        ticket: { region: '浦东', productLine: 'kiosk', serial: 'SN1', customerId: 'c', rejectedBy: [] },
        technicians: [tech('t-3', 'st-bj', ['kiosk'], { regions: ['浦东'] }), tech('t-4', 'st-bj', ['kiosk'])],
      }),
    );
    expect(d.chosen).toBe('t-3');
    expect(d.candidates.find((c) => c.technicianId === 't-3')!.reasons).toContain('覆盖区域：浦东');
    expect(d.candidates.find((c) => c.technicianId === 't-4')!.excluded).toBe('区域不符（朝阳）');
  });

  test('the region a technician covers does not make an inactive technician a candidate', () => {
    const d = routeTicket(input({ technicians: [tech('t-1', 'st-pd', ['kiosk'], { active: false })] }));
    expect(d.candidates).toEqual([]);
    expect(d.chosen).toBeNull();
  });

  test('the decision explains itself: same region, skill, on duty, load', () => {
    const d = routeTicket(input({ openLoad: { 't-1': 2, 't-2': 2 } }));
    const chosen = d.candidates.find((c) => c.technicianId === d.chosen)!;
    expect(chosen.reasons).toEqual(expect.arrayContaining(['同区域', '技能：自助服务终端', '在岗', '负载 2/5']));
  });

  test('the lighter load wins', () => {
    expect(routeTicket(input({ openLoad: { 't-1': 3, 't-2': 1 } })).chosen).toBe('t-2');
  });

  test('fairness: the one idle longer wins at equal load', () => {
    const d = routeTicket(
      input({ lastAssignedAt: { 't-1': '2026-11-25T01:50:00.000Z', 't-2': '2026-11-24T20:00:00.000Z' } }),
    );
    expect(d.chosen).toBe('t-2');
  });

  test('continuity: the technician who last served the device is preferred', () => {
    const d = routeTicket(input({ openLoad: { 't-1': 1 }, previous: { device: 't-1' } }));
    expect(d.chosen).toBe('t-1');
    expect(d.candidates[0]!.reasons).toContain('曾维修该设备');
  });

  test('missing skill, off duty and full load exclude', () => {
    const d = routeTicket(
      input({
        technicians: [
          tech('t-1', 'st-pd', ['printer']),
          tech('t-2', 'st-pd', ['kiosk'], { loadLimit: 2 }),
          tech('t-4', 'st-pd', ['kiosk']),
        ],
        openLoad: { 't-2': 2 },
        duty: (id) => (id === 't-4' ? { onDuty: false, label: '不在岗' } : { onDuty: true, label: '在岗' }),
      }),
    );
    expect(d.chosen).toBeNull();
    expect(d.flagged).toBe(true);
    const why = Object.fromEntries(d.candidates.map((c) => [c.technicianId, c.excluded]));
    expect(why).toEqual({ 't-1': '缺少技能：自助服务终端', 't-2': '负载已满 2/2', 't-4': '不在岗' });
  });

  test('a technician who rejected the ticket is never offered it again', () => {
    const d = routeTicket(
      input({
        ticket: { region: '浦东', productLine: 'kiosk', serial: 'SN1', customerId: 'c', rejectedBy: ['t-1', 't-2'] },
      }),
    );
    expect(d.chosen).toBeNull();
    expect(d.reasons[0]).toMatch(/调度/);
  });
});
