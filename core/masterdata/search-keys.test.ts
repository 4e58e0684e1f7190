import {
  customerSearchKeys,
  deviceSearchKeys,
  normalizeForSearch,
  searchTokenOf,
  staffSearchKeys,
} from './search-keys';

const has = (keys: string[], q: string) => keys.includes(searchTokenOf(q)!);

describe('search keys', () => {
  const customer = customerSearchKeys({
    name: '上海申程智能科技有限公司',
    contacts: [{ name: '陈立', phone: '138-0000-1001' }],
    serials: ['SN1001-A'],
  });

  test('a customer is found by any piece of its name', () => {
    expect(has(customer, '申程')).toBe(true);
    expect(has(customer, '智能科技')).toBe(true);
    expect(has(customer, '上海申程智能科技有限公司')).toBe(true);
    expect(has(customer, '北京')).toBe(false);
  });

  test("by its contact's name, phone start and tail, and a whole device serial", () => {
    expect(has(customer, '陈立')).toBe(true);
    expect(has(customer, '13800001001')).toBe(true);
    expect(has(customer, '138 0000')).toBe(true);
    expect(has(customer, '1001')).toBe(true);
    expect(has(customer, 'sn1001-a')).toBe(true);
    expect(has(customer, '0000100')).toBe(false);
  });

  test('a device is found by a piece of its serial or model, whatever the case and punctuation', () => {
    const device = deviceSearchKeys({ serial: 'SN1001-A', name: '大厅自助服务终端', model: 'K8 Pro' });
    expect(has(device, '1001a')).toBe(true);
    expect(has(device, 'SN10')).toBe(true);
    expect(has(device, 'k8pro')).toBe(true);
    expect(has(device, '自助')).toBe(true);
    expect(has(device, 'SN1002')).toBe(false);
  });

  test('staff by name or phone tail; a query of punctuation only finds nothing', () => {
    const staff = staffSearchKeys({ name: '李强', phone: '13700002001' });
    expect(has(staff, '李')).toBe(true);
    expect(has(staff, '2001')).toBe(true);
    expect(searchTokenOf(' - ')).toBeNull();
  });

  test('full-width letters and digits fold to their plain forms', () => {
    expect(normalizeForSearch('ＳＮ１００１－Ａ')).toBe('sn1001a');
  });

  test('keys are unique and sorted (a stable document)', () => {
    expect([...new Set(customer)].sort()).toEqual(customer);
  });
});
