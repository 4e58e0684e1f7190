import type { AppError } from '../errors';
import type { CustomerDoc, DeviceDoc } from '../model';
import { AcceptInput, decideAcceptance, type AcceptanceDoc } from './acceptance';

const now = new Date('2026-12-01T02:00:00Z');
const device: DeviceDoc = {
  id: 'SN-1',
  version: 1,
  serial: 'SN-1',
  customerId: 'cust-1',
  name: '终端',
  model: 'K8',
  productLine: 'kiosk',
  siteAddress: '',
  acceptedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
};
const customer = { id: 'cust-1', name: '甲公司', contract: { no: 'HT', warrantyMonths: 24 } } as CustomerDoc;
const request = (extra: object = {}) =>
  AcceptInput.parse({
    serial: 'SN-1',
    acceptedAt: '2026-03-15',
    checklist: [{ item: '外观', ok: true }],
    customerSignature: 'sig',
    clientRequestId: 'acc-00000001',
    ...extra,
  });
const decide = (extra: object = {}, current: AcceptanceDoc | null = null, role = 'technician') =>
  decideAcceptance({
    id: 'acc-1',
    request: request(extra),
    device,
    customer,
    current,
    by: { id: 'u', name: '李强', role },
    now,
  });

describe('acceptance', () => {
  test("a passed acceptance starts the warranty from its date for the contract's months", () => {
    const d = decide();
    expect(d.acceptance).toMatchObject({ result: 'passed', warranty: { months: 24, lastDay: '2028-03-14' } });
    expect(d.effects.warranty).toEqual({ startsOn: '2026-03-15', months: 24, lastDay: '2028-03-14' });
  });

  test("the device's own months win over the contract's", () => {
    const d = decideAcceptance({
      id: 'acc-1',
      request: request(),
      device: { ...device, warrantyMonths: 36 },
      customer,
      current: null,
      by: { id: 'u', name: '李强', role: 'technician' },
      now,
    });
    expect(d.effects.warranty?.lastDay).toBe('2029-03-14');
  });

  test('a failed item starts nothing; it needs a note', () => {
    expect(decide({ checklist: [{ item: '联网', ok: false, note: '无信号' }] }).effects.warranty).toBeNull();
    expect(AcceptInput.safeParse({ ...request(), checklist: [{ item: '联网', ok: false }] }).success).toBe(false);
    expect(AcceptInput.safeParse({ ...request(), checklist: [{ item: '联网' }] }).success).toBe(false);
  });

  test('not after today; once only unless an admin corrects it with passed items', () => {
    expect(() => decide({ acceptedAt: '2026-12-02' })).toThrow(/不能晚于今天/);
    const accepted = { ...decide().acceptance, version: 1 } as AcceptanceDoc;
    expect(() => decide({}, accepted)).toThrow(/已于 2026-03-15 验收/);
    expect(() => decide({ correction: { reason: '日期录错' } }, accepted)).toThrow(/仅管理员/);
    const corrected = decide({ acceptedAt: '2026-03-20', correction: { reason: '日期录错' } }, accepted, 'admin');
    expect(corrected.acceptance).toMatchObject({ supersedes: 'acc-1', correctionReason: '日期录错' });
    try {
      decide(
        { checklist: [{ item: '外观', ok: false, note: '划伤' }], correction: { reason: '补录' } },
        accepted,
        'admin',
      );
      throw new Error('not refused');
    } catch (e) {
      expect((e as AppError).code).toBe('VALIDATION_FAILED');
    }
  });

  test('a retired device or an ended contract is not accepted', () => {
    expect(() =>
      decideAcceptance({
        id: 'a',
        request: request(),
        device: { ...device, active: false },
        customer,
        current: null,
        by: { id: 'u', name: 'x', role: 'technician' },
        now,
      }),
    ).toThrow(/已停用/);
  });
});
