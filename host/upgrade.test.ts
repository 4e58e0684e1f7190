import { dbOf } from '../platform/collections';
import { openSqliteStore } from '../platform/local/sqlite-store';
import { upgradeMasterData } from './upgrade';

test('documents stored before master data get their search keys and last covered day, once', async () => {
  const store = openSqliteStore(':memory:');
  const db = dbOf(store);
  const createdAt = '2026-01-01T00:00:00.000Z';
  await db.customers.insert({
    id: 'cust-1',
    name: '上海申程智能科技有限公司',
    region: '上海市浦东新区',
    address: '科苑路',
    contactName: '陈立',
    contactPhone: '13800001001',
    contract: { no: 'HT-1', warrantyMonths: 24 },
    createdAt,
  });
  await db.devices.insert({
    id: 'SN-1',
    serial: 'SN-1',
    customerId: 'cust-1',
    name: '终端',
    model: 'K8',
    productLine: 'kiosk',
    siteAddress: '科苑路',
    acceptedAt: '2026-03-15',
    createdAt,
  });
  await db.users.insert({ id: 't-1', name: '李强', role: 'technician', phone: '13700002001', createdAt });
  expect(await upgradeMasterData(store)).toBe(3);
  expect((await db.customers.search({ token: '13800001001' }, { limit: 5 })).items.map((c) => c.id)).toEqual([
    'cust-1',
  ]);
  expect((await db.devices.get('SN-1'))?.warrantyLastDay).toBe('2028-03-14');
  expect((await db.users.get('t-1'))?.searchKeys).toContain('李强');
  expect(await upgradeMasterData(store)).toBe(0);
  store.close();
});
