import { fieldChanges } from './changes';

describe('edit history', () => {
  test('an edit records each tracked field that changed, nested ones by their path, with its words', () => {
    const before = {
      name: '甲公司',
      region: '上海',
      contract: { no: 'HT-1', sla: { onsiteMinutes: 120 } },
      searchKeys: ['a'],
    };
    const after = { name: '甲公司', region: '北京', contract: { no: 'HT-1', warrantyMonths: 24 }, searchKeys: ['b'] };
    expect(fieldChanges('customer', before, after)).toEqual([
      { field: 'region', label: '区域', before: '上海', after: '北京' },
      { field: 'contract.warrantyMonths', label: '保修月数', before: null, after: 24 },
      { field: 'contract.sla.onsiteMinutes', label: '到场时限（分钟）', before: 120, after: null },
    ]);
  });

  test('a creation records the fields it set; arrays compare by value', () => {
    expect(
      fieldChanges('user', null, { name: '李强', role: 'technician', skills: ['kiosk'] }).map((c) => c.field),
    ).toEqual(['name', 'role', 'skills']);
    expect(fieldChanges('user', { skills: ['kiosk'] }, { skills: ['kiosk'] })).toEqual([]);
  });
});
