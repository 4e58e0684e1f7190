import { DEFAULT_POLICY } from '../sla/policy';
import { AppError } from '../errors';
import { slaSummary } from '../sla/summary';
import * as life from './lifecycle';
import type { RoutingDecision, TicketDoc } from './types';

const T0 = new Date('2026-11-25T02:00:00.000Z'); // 10:00 Beijing
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const customer = (m = 0) => ({ by: 'c-1001', byRole: 'customer', at: at(m) });
const tech = (m: number, by = 't-2001') => ({ by, byRole: 'technician', at: at(m) });
const system = (m: number) => ({ by: 'system', byRole: 'system', at: at(m) });

function fresh(severity: 'common' | 'major' = 'common'): TicketDoc {
  return {
    ...life.newTicket(
      {
        id: 'tk_1',
        no: 'GD20261125-0001',
        clientRequestId: 'crid-0001',
        severity,
        category: 'hardware',
        description: '打印头不出墨',
        photos: [],
        contactPhone: '13800000000',
        address: '上海',
        region: '上海市浦东新区',
        device: { serial: 'SN1001-A', name: '打印机', productLine: 'printer', customerId: 'cust-1001' },
        warranty: { inWarranty: true, warrantyEndsAt: null, label: '在保' },
        billable: false,
        slaPolicy: DEFAULT_POLICY,
      },
      customer(0),
    ),
    version: 1,
  };
}

const decision = (chosen: string | null): RoutingDecision => ({
  candidates: [],
  chosen,
  reasons: [],
  decidedAt: T0.toISOString(),
  flagged: chosen === null,
  trigger: 'report',
});

const oracle = { dayKind: () => 'workday' as const };
/** the stored SLA summary as the service layer computes it on every write */
const sla = (t: TicketDoc, m: number) => slaSummary(t, oracle, at(m));

const offered = (severity: 'common' | 'major' = 'common') =>
  life.applyRouting(fresh(severity), decision('t-2001'), system(0));

function expectConflict(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('CONFLICT');
    return;
  }
  throw new Error('expected CONFLICT');
}

describe('ticket lifecycle', () => {
  test('a new ticket is reported, with its event and a 60-minute response clock (30 for a major fault)', () => {
    const t = fresh();
    expect(t.status).toBe('reported');
    expect(t.events).toEqual([expect.objectContaining({ seq: 1, type: 'reported', by: 'c-1001' })]);
    expect(sla(t, 0).respondBy).toBe(at(60).toISOString());
    // the next look: the 80 % warning
    expect(sla(t, 0).nextDueAt).toBe(at(48).toISOString());
    const major = fresh('major');
    expect(sla(major, 0).respondBy).toBe(at(30).toISOString());
    expect(sla(major, 0).planBy).toBe(at(120).toISOString());
  });

  test('routing offers (reported → assigned) or queues, flagged, without a status change', () => {
    const t = offered();
    expect(t).toMatchObject({ status: 'assigned', assigneeId: 't-2001' });
    expect(t.events.at(-1)).toMatchObject({ type: 'offered', from: 'reported', to: 'assigned', by: 'system' });
    const queued = life.applyRouting(fresh(), decision(null), system(0));
    expect(queued).toMatchObject({ status: 'reported', assigneeId: null });
    expect(queued.routing.flagged).toBe(true);
    expect(queued.events.at(-1)).toMatchObject({ type: 'queued' });
    expect(queued.events.at(-1)!.from).toBeUndefined();
  });

  test('only the offered technician accepts; a second accept is CONFLICT', () => {
    expectConflict(() => life.accept(offered(), tech(5, 't-2002')));
    const accepted = life.accept(offered(), tech(5));
    expect(accepted).toMatchObject({ status: 'accepted', acceptedAt: at(5).toISOString() });
    expect(sla(accepted, 5).remoteFixBy).toBe(at(65).toISOString());
    expect(sla(accepted, 5).nextDueAt).toBe(at(53).toISOString());
    expectConflict(() => life.accept(accepted, tech(6)));
  });

  test('reject records who (never offered again) and needs an offered ticket', () => {
    const rejected = life.reject(offered(), tech(3), '距离太远');
    expect(rejected.rejectedBy).toEqual(['t-2001']);
    expect(rejected.events.at(-1)).toMatchObject({ type: 'rejected', note: '距离太远' });
    expectConflict(() => life.reject(life.accept(offered(), tech(5)), tech(6), '不去了'));
  });

  test('going on site starts the 120-minute on-site clock from the report; arrival meets it', () => {
    const accepted = life.accept(offered(), tech(10));
    const going = life.goOnsite(accepted, tech(20));
    expect(sla(going, 20).arriveBy).toBe(at(120).toISOString());
    expect(sla(going, 20).remoteFixBy).toBeUndefined();
    expectConflict(() => life.goOnsite(going, tech(21)));
    const arrived = life.arrive(going, tech(90), { latitude: 31.2, longitude: 121.5 });
    expect(arrived).toMatchObject({ status: 'onsite', mode: 'onsite', arrivedAt: at(90).toISOString() });
    expect(sla(arrived, 90).nextDueAt).toBeNull();
    expectConflict(() => life.arrive(arrived, tech(91)));
  });

  test('resolve: remote from accepted, on-site only after check-in; produces the report', () => {
    const accepted = life.accept(offered(), tech(10));
    const input = {
      cause: '墨路堵塞',
      actions: '清洗',
      partsUsed: [],
      handlerSignature: 'sig',
      handlerName: '张工',
    };
    expectConflict(() => life.resolve(accepted, tech(30), { ...input, mode: 'onsite' }));
    expectConflict(() => life.resolve(accepted, tech(30, 't-2002'), { ...input, mode: 'remote' }));
    const resolved = life.resolve(accepted, tech(30), { ...input, mode: 'remote' });
    expect(resolved.status).toBe('resolved');
    expect(resolved.report).toMatchObject({ no: 'GD20261125-0001', handlerId: 't-2001', mode: 'remote' });
    expect(sla(resolved, 30).nextDueAt).toBeNull();
    const onsite = life.arrive(life.goOnsite(accepted, tech(20)), tech(60));
    expectConflict(() => life.resolve(onsite, tech(70), { ...input, mode: 'remote' }));
    expect(life.resolve(onsite, tech(70), { ...input, mode: 'onsite' }).status).toBe('resolved');
  });

  test('confirm, rate and close; reopen starts a new round of clocks and keeps the earlier report', () => {
    const input = {
      cause: '松动',
      actions: '紧固',
      partsUsed: [],
      handlerSignature: 's',
      handlerName: '张工',
      mode: 'remote' as const,
    };
    const resolved = life.resolve(life.accept(offered(), tech(10)), tech(30), input);
    const reopened = life.reopen(resolved, customer(600), '又坏了');
    expect(reopened).toMatchObject({
      status: 'reopened',
      report: null,
      acceptedAt: null,
      slaStartedAt: at(600).toISOString(),
    });
    expect(reopened.previousReports).toHaveLength(1);
    expect(sla(reopened, 600).respondBy).toBe(at(660).toISOString());
    const confirmed = life.confirm(resolved, customer(40));
    // reopening after confirmation is allowed until the ticket closes
    expect(life.reopen(confirmed, customer(41), '又坏了').status).toBe('reopened');
    const closed = life.close(confirmed, customer(50), 'rated', 'sv_tk_1');
    expect(closed).toMatchObject({ status: 'closed', surveyId: 'sv_tk_1' });
    expect(closed.events.slice(-2).map((e) => e.type)).toEqual(['rated', 'closed']);
    expectConflict(() => life.close(closed, system(60), 'expired'));
    expectConflict(() => life.reopen(closed, customer(61), '又坏了'));
  });

  test('cancel only before acceptance; assign moves the ticket and restarts the response with the new technician', () => {
    expect(life.cancel(offered(), customer(5)).status).toBe('cancelled');
    const accepted = life.accept(offered(), tech(5));
    expectConflict(() => life.cancel(accepted, customer(6)));
    const moved = life.assign(accepted, { by: 'd-3001', byRole: 'dispatcher', at: at(7) }, 't-2003', ['调度指派']);
    expect(moved).toMatchObject({ status: 'assigned', assigneeId: 't-2003', acceptedAt: null });
    expect(moved.events.at(-1)).toMatchObject({
      type: 'assigned',
      from: 'accepted',
      to: 'assigned',
      data: { technicianId: 't-2003', previousAssigneeId: 't-2001' },
    });
    expectConflict(() => life.assign(moved, { by: 'd-3001', byRole: 'dispatcher', at: at(8) }, 't-2003', []));
  });

  test('events are numbered in order and every status change records before → after', () => {
    const input = {
      cause: '松动',
      actions: '紧固',
      partsUsed: [],
      handlerSignature: 's',
      handlerName: '张工',
      mode: 'onsite' as const,
    };
    let t = offered();
    t = life.accept(t, tech(5));
    t = life.goOnsite(t, tech(6));
    t = life.arrive(t, tech(50));
    t = life.resolve(t, tech(80), input);
    t = life.confirm(t, customer(90));
    t = life.close(t, customer(91), 'rated', 'sv');
    expect(t.events.map((e) => e.seq)).toEqual(t.events.map((_, i) => i + 1));
    let status = 'reported';
    for (const e of t.events.filter((x) => x.to)) {
      expect(e.from).toBe(status);
      status = e.to!;
    }
    expect(status).toBe('closed');
  });
});
