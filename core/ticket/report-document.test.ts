import { DEFAULT_POLICY } from '../sla/policy';
import { slaSummary } from '../sla/summary';
import * as life from './lifecycle';
import { renderReportDocument, reportFileName, reportTitle } from './report-document';

const at = (m: number) => new Date(Date.parse('2026-11-25T02:00:00.000Z') + m * 60_000);

function resolvedTicket(billable: boolean) {
  let t = {
    ...life.newTicket(
      {
        id: 'tk_1',
        no: 'GD20261125-0007',
        clientRequestId: 'crid-0001',
        severity: 'common',
        category: 'hardware',
        description: '屏幕闪烁 <script>alert(1)</script>',
        environment: '户外，雨天',
        photos: [],
        contactPhone: '13800000000',
        address: '上海市浦东新区',
        region: '上海市浦东新区',
        device: { serial: 'SN1001-A', name: '自助终端', productLine: 'kiosk', customerId: 'cust-1001' },
        warranty: { inWarranty: !billable, warrantyEndsAt: null, label: billable ? '已过保' : '在保' },
        billable,
        slaPolicy: DEFAULT_POLICY,
      },
      { by: 'c-1001', byRole: 'customer', at: at(0) },
    ),
    version: 1,
  };
  t = life.applyRouting(
    t,
    { candidates: [], chosen: 't-2001', reasons: [], decidedAt: '', flagged: false, trigger: 'report' },
    { by: 'system', byRole: 'system', at: at(0) },
  );
  t = life.accept(t, { by: 't-2001', byRole: 'technician', at: at(70) });
  const resolved = life.resolve(
    t,
    { by: 't-2001', byRole: 'technician', at: at(100) },
    {
      cause: '背光板老化',
      actions: '更换背光板',
      mode: 'remote',
      partsUsed: [{ name: '背光板', quantity: 2, unitPrice: 150 }],
      handlerSignature: 'sig',
      handlerName: '张工',
    },
  );
  // as the service layer stores it after every write
  return { ...resolved, sla: slaSummary(resolved, { dayKind: () => 'workday' }, at(100)) };
}

const render = (billable: boolean) =>
  renderReportDocument({
    ticket: resolvedTicket(billable),
    customerName: '浦东示范客户',
    signatureDataUrl: 'data:image/png;base64,AAAA',
    nameOf: (id) => id,
    eventText: (i) => `事件 ${i + 1}`,
    generatedAt: at(200),
  });

describe('the fault report document', () => {
  test('holds phenomenon, environment, cause, handling, signature and times against the promise', () => {
    const html = render(false);
    expect(reportFileName({ no: 'GD20261125-0007' })).toBe('故障处理报告-GD20261125-0007.html');
    for (const text of [
      '故障处理报告',
      'GD20261125-0007',
      '户外，雨天',
      '背光板老化',
      '更换背光板',
      '张工',
      '远程处理',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('<img alt="签名" src="data:image/png;base64,AAAA">');
    // accepted 70 minutes after a 60-minute promise
    expect(html).toContain('超时 10 分钟');
    expect(html).toContain('在保：维修与配件免费');
    expect(html).toContain('保内免费');
    expect(html).toContain('事件 4');
  });

  test('out of warranty the parts are billed at cost', () => {
    const html = render(true);
    expect(html).toContain('已过保：维修与配件按成本收费');
    expect(html).toContain('300.00');
  });

  test('what customers typed is escaped, never markup', () => {
    const html = render(false);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test('is titled with the ticket number and what it is, and fits a phone', () => {
    const html = render(false);
    expect(reportTitle({ no: 'GD20261125-0007' })).toBe('GD20261125-0007 故障处理报告');
    expect(html).toContain('<title>GD20261125-0007 故障处理报告</title>');
    expect(html).not.toMatch(/<title>[^<]*\.html/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/body\{[^}]*font-size:16px/);
    // parts as lines, not a four-column table squeezed into a table cell
    expect(html).toContain('<ul class="parts"><li>背光板 × 2<br>');
    expect(html).not.toMatch(/<table[^>]*class="parts"/);
  });
});
