// One warranty end date and one set of words on the device card, the ticket, the fault report and the evidence pack.
import type { UserCaller } from '../identity/caller';
import { renderEvidence } from '../sla/evidence';
import { DEFAULT_POLICY } from '../sla/policy';
import { slaSummary } from '../sla/summary';
import * as life from '../ticket/lifecycle';
import { renderReportDocument } from '../ticket/report-document';
import type { TicketDoc } from '../ticket/types';
import { ticketView } from '../ticket/view';
import { warrantyStatus } from './status';
import { warrantySnapshot } from './ticket';
import { warrantyView } from './view';

const at = (m: number) => new Date(Date.parse('2026-12-01T02:00:00.000Z') + m * 60_000);
const oracle = { dayKind: () => 'workday' as const };
const staff: UserCaller = { kind: 'user', userId: 'd-1', role: 'dispatcher' };

function resolvedTicket(acceptedAt: string | null, stored?: TicketDoc['warranty']): TicketDoc {
  const status = warrantyStatus({ acceptedAt }, null, at(0));
  let t: TicketDoc = {
    ...life.newTicket(
      {
        id: 'tk_1',
        no: 'GD20261201-K7M2-001',
        clientRequestId: 'crid-1',
        severity: 'common',
        category: 'hardware',
        description: '屏幕无显示',
        photos: [],
        contactPhone: '13800000000',
        address: '上海市浦东新区',
        region: '上海市浦东新区',
        device: { serial: 'SN1001-A', name: '自助终端', productLine: 'kiosk', customerId: 'cust-1001' },
        warranty: stored ?? warrantySnapshot(status),
        billable: status.billable,
        slaPolicy: DEFAULT_POLICY,
      },
      { by: 'c-1001', byRole: 'customer', at: at(0) },
    ),
    version: 1,
  };
  t = life.applyRouting(
    t,
    { candidates: [], chosen: 't-1', reasons: [], decidedAt: '', flagged: false, trigger: 'report' },
    { by: 'system', byRole: 'system', at: at(0) },
  );
  t = life.accept(t, { by: 't-1', byRole: 'technician', at: at(5) });
  t = life.resolve(
    t,
    { by: 't-1', byRole: 'technician', at: at(30) },
    {
      cause: '电源松动',
      actions: '紧固电源',
      mode: 'remote',
      partsUsed: [{ name: '电源线', quantity: 1, unitPrice: 40 }],
      handlerSignature: 'sig',
      handlerName: '李强',
    },
  );
  return { ...t, sla: slaSummary(t, oracle, at(30)) };
}

const view = (t: TicketDoc) =>
  ticketView(t, staff, { person: () => undefined, customerName: '客户', fileUrl: (id) => id, oracle, now: at(40) });
const reportOf = (t: TicketDoc) =>
  renderReportDocument({
    ticket: t,
    customerName: '客户',
    signatureDataUrl: null,
    nameOf: (id) => id,
    eventText: () => '',
    generatedAt: at(40),
  });
const packOf = (t: TicketDoc) =>
  renderEvidence({
    ticket: t,
    customerName: '客户',
    nameOf: (id) => id,
    viewer: 'staff',
    eventText: () => '',
    eventBy: () => '',
    rounds: [],
    signatures: [],
    generatedAt: at(40),
    digest: 'x',
  });

describe('the warranty end is one date everywhere', () => {
  test('device card, ticket view, fault report and evidence pack all say 保修至 the last covered day', () => {
    const device = warrantyView(warrantyStatus({ acceptedAt: '2026-09-02' }, null, at(0)));
    expect(device.lastDay).toBe('2027-09-01');
    const t = resolvedTicket('2026-09-02');
    const w = view(t).warranty;
    expect(w).toMatchObject({ state: 'in', lastDay: '2027-09-01', label: '在保', inWarranty: true });
    expect(w.warrantyEndsAt!.slice(0, 10)).toBe('2027-09-01');
    expect(w.warrantyEndsAt).toBe(device.warrantyEndsAt);
    expect(reportOf(t)).toContain('保修至 2027-09-01');
    expect(reportOf(t)).not.toContain('2027-09-02');
    expect(packOf(t)).toContain('保修至 2027-09-01');
  });

  test('a ticket stored before the change (cover ending at 00:00 the next day) shows the same last day', () => {
    const old = resolvedTicket('2026-09-02', {
      inWarranty: true,
      warrantyEndsAt: '2027-09-01T16:00:00.000Z',
      label: '在保',
    });
    const w = view(old).warranty;
    expect(w).toMatchObject({ state: 'in', lastDay: '2027-09-01', warrantyEndsAt: '2027-09-01T23:59:59+08:00' });
    expect(reportOf(old)).toContain('保修至 2027-09-01');
  });
});

describe('a device not yet accepted is not out of warranty and is not billed at cost', () => {
  test('the ticket view: state not-accepted, not billable, the label and terms say the contract applies', () => {
    const t = resolvedTicket(null);
    const v = view(t);
    expect(v.billable).toBe(false);
    expect(v.warranty).toMatchObject({
      state: 'not-accepted',
      inWarranty: false,
      lastDay: null,
      warrantyEndsAt: null,
      label: '未验收（项目交付期，按合同处理）',
      terms: '未验收（项目交付期）：按合同处理，不按成本收费',
    });
  });

  test('the fault report says 按合同处理, neither free under warranty nor at cost', () => {
    const html = reportOf(resolvedTicket(null));
    expect(html).toContain('未验收（项目交付期）：按合同处理，不按成本收费');
    expect(html).not.toContain('已过保：维修与配件按成本收费');
    expect(html).not.toContain('保内免费');
    expect(html).not.toContain('费用 40.00 元');
    expect(html).toMatch(/单价 [0-9.]+ 元 · 按合同/); // the part's line says what applies
  });

  test('a ticket stored billable for a not-accepted device before the change is shown as the contract says', () => {
    const old = {
      ...resolvedTicket(null, { inWarranty: false, warrantyEndsAt: null, label: '未验收' }),
      billable: true,
    };
    expect(view(old).billable).toBe(false);
    expect(view(old).warranty.state).toBe('not-accepted');
    expect(reportOf(old)).toContain('按合同处理');
  });
});
