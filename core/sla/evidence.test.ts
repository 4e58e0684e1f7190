// The SLA evidence pack reads on a phone: it says what it is in its title, fits the device's width, and its wide
// tables of times scroll sideways inside the page instead of squeezing or widening the whole document.
import { reported } from '../testing/tickets';
import { evidenceFileName, evidenceTitle, renderEvidence } from './evidence';

const render = () =>
  renderEvidence({
    ticket: reported('major'),
    customerName: '浦东示范客户',
    nameOf: (id) => id,
    viewer: 'staff',
    eventText: (i) => `事件 ${i + 1}`,
    eventBy: () => '系统',
    rounds: [{ index: 0, startedAt: '2026-11-25T02:00:00.000Z', clocks: [] }],
    signatures: [],
    generatedAt: new Date('2026-11-25T04:00:00.000Z'),
    digest: 'ab'.repeat(32),
  });

test('the evidence pack is titled with the ticket number and what it is, not a file name', () => {
  const html = render();
  expect(evidenceTitle({ no: 'GD20261125-0001' })).toBe('GD20261125-0001 服务时效证据包');
  expect(html).toContain('<title>GD20261125-0001 服务时效证据包</title>');
  expect(html).not.toContain(`<title>${evidenceFileName({ no: 'GD20261125-0001' })}`);
});

test('the evidence pack fits a phone: the viewport, 16 px body text, tables that scroll sideways', () => {
  const html = render();
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  expect(html).toMatch(/body\{[^}]*font-size:16px/);
  const tables = html.match(/<table[^>]*>/g) ?? [];
  expect(tables.length).toBe(2);
  expect(html.match(/<div class="table-scroll"><table/g)?.length).toBe(tables.length);
  expect(html).toMatch(/\.table-scroll\{[^}]*overflow-x:auto/);
});
