// The holiday page opens on the year asked for, keeps an imported notice's number as its source, and marks the rows
// the service found wrong.
import { noticeSource, problemsByRow, yearFrom } from './holiday-form';

const now = new Date('2026-12-02T02:00:00Z'); // 10:00 in Shanghai

test('the year from the link, else this year in service time', () => {
  expect(yearFrom('2027', now)).toBe(2027);
  expect(yearFrom(undefined, now)).toBe(2026);
  for (const bad of ['', 'abc', '1999', '2101', '2027.5']) expect(yearFrom(bad, now)).toBe(2026);
  // 23:30 UTC on 31 December is already the new year in Shanghai
  expect(yearFrom(undefined, new Date('2026-12-31T16:30:00Z'))).toBe(2027);
});

test('an imported notice is kept under its own number when it has one', () => {
  expect(noticeSource('国务院办公厅关于2027年部分节假日安排的通知\n国办发明电〔2026〕7号\n一、元旦')).toBe(
    '国办发明电〔2026〕7号',
  );
  expect(noticeSource('一、元旦：1月1日放假')).toBe('国务院办公厅通知');
});

test('a problem naming a row’s date marks that row; others mark none', () => {
  const rows = [
    { key: 'a', date: '2027-01-05' },
    { key: 'b', date: '2027-01-01' },
    { key: 'c', date: '' },
  ];
  expect(
    problemsByRow(rows, ['2027-01-05 是工作日，调休上班日应为周六或周日', '缺少法定节假日 2027-01-01（元旦）']),
  ).toEqual({ a: '2027-01-05 是工作日，调休上班日应为周六或周日' });
});
