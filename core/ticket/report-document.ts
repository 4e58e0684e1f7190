// The fault report (故障处理报告) as a self-contained, printable HTML document: phenomenon and environment, cause,
// handling signed by the handler, times against the promised ones, warranty and billing, and the timeline.
import { productLineLabel } from '../devices/product-lines';
import { documentHead, escapeHtml } from '../html-document';
import { toWire } from '../time';
import { FAULT_CATEGORIES, type TicketDoc } from './types';
import { ticketWarranty, warrantyWords } from '../warranty/ticket';

export interface ReportDocumentInput {
  ticket: TicketDoc;
  customerName: string;
  /** the handler's signature as a data: URL (embedded, so the file stands alone) */
  signatureDataUrl: string | null;
  nameOf: (userId: string) => string;
  eventText: (index: number) => string;
  generatedAt: Date;
}

const time = (at: string | null | undefined) => (at ? toWire(at).slice(0, 16).replace('T', ' ') : '—');

function againstPromise(done: string | null | undefined, due: string | undefined): string {
  if (!due) return '—';
  if (!done) return `应于 ${time(due)} 前`;
  const late = Date.parse(done) - Date.parse(due);
  return late > 0 ? `超时 ${Math.ceil(late / 60_000)} 分钟` : '按时';
}

export function reportFileName(t: Pick<TicketDoc, 'no'>): string {
  return `故障处理报告-${t.no}.html`;
}

/** What the document calls itself (a browser tab, a share card): "GD20261125-0007 故障处理报告". */
export function reportTitle(t: Pick<TicketDoc, 'no'>): string {
  return `${t.no} 故障处理报告`;
}

/** Key–value tables with a label column that fits five characters on a phone. */
const CSS = `.sub{text-align:center;font-size:14px;margin-bottom:20px}
.kv th{width:7em}
.parts{margin:0;padding-left:20px}.parts li{margin-bottom:4px}
.sign img{max-width:100%;max-height:90px;border:1px dashed #ccc}
ol{font-size:15px;padding-left:24px}ol li{margin-bottom:4px}ol span{color:#555}
@media (max-width:480px){.kv th{width:6.5em}}`;

export function renderReportDocument(input: ReportDocumentInput): string {
  const t = input.ticket;
  const r = t.report;
  if (!r) throw new Error('renderReportDocument: the ticket has no report');
  const e = escapeHtml;
  const row = (label: string, value: string) => `<tr><th>${e(label)}</th><td>${value}</td></tr>`;
  const warranty = ticketWarranty(t);
  // One line per part (name × quantity, then price and cost): reads on a phone where a four-column table in a
  // table cell would not.
  const parts = r.partsUsed.length
    ? `<ul class="parts">${r.partsUsed
        .map((p) => {
          const price = p.unitPrice !== undefined ? `单价 ${p.unitPrice.toFixed(2)} 元` : '';
          const cost =
            p.unitPrice === undefined
              ? ''
              : warranty.billable
                ? `费用 ${(p.unitPrice * p.quantity).toFixed(2)} 元`
                : warranty.state === 'not-accepted'
                  ? '按合同'
                  : '保内免费';
          const terms = [price, cost].filter(Boolean).join(' · ');
          return `<li>${e(p.name)} × ${p.quantity}${terms ? `<br><span class="muted nowrap">${terms}</span>` : ''}</li>`;
        })
        .join('')}</ul>`
    : '无';
  const timeline = t.events.map((ev, i) => `<li><span>${time(ev.at)}</span> ${e(input.eventText(i))}</li>`).join('');
  return `${documentHead(reportTitle(t), CSS)}
<h1>故障处理报告</h1>
<div class="sub muted">工单号 ${e(t.no)} · 生成于 ${time(input.generatedAt.toISOString())}</div>
<h2>基本信息</h2><table class="kv">
${row('客户', e(input.customerName))}
${row('设备', `${e(t.deviceName)}（${e(t.serial)}，${e(productLineLabel(t.productLine))}）`)}
${row('现场地址', e(t.address))}
${row('联系电话', e(t.contactPhone))}
${row('故障等级', t.severity === 'major' ? '重大故障' : '一般故障')}
${row('故障类别', e(FAULT_CATEGORIES[t.category]))}
</table>
<h2>故障现象与使用环境</h2><table class="kv">
${row('故障现象', e(t.description))}
${row('使用环境', e(t.environment ?? '—'))}
</table>
<h2>原因分析与处理</h2><table class="kv">
${row('原因分析', e(r.cause))}
${row('处理措施', e(r.actions))}
${row('处理方式', r.mode === 'remote' ? '远程处理' : '现场处理')}
${row('使用配件', parts)}
${r.productFeedback ? row('反馈研发', e(r.productFeedback)) : ''}
${row('处理人', e(r.handlerName))}
${row('处理人签名', input.signatureDataUrl ? `<span class="sign"><img alt="签名" src="${input.signatureDataUrl}"></span>` : '（签名图片缺失）')}
${row('完成时间', time(r.resolvedAt))}
</table>
<h2>服务时效</h2><table class="kv">
${row('报修时间', time(t.slaStartedAt))}
${row('响应（接单）', `${time(t.acceptedAt)} · ${againstPromise(t.acceptedAt, t.sla.respondBy)}`)}
${t.sla.remoteFixBy ? row('远程处理', `${r.mode === 'remote' ? time(r.resolvedAt) : '转上门'} · ${r.mode === 'remote' ? againstPromise(r.resolvedAt, t.sla.remoteFixBy) : '—'}`) : ''}
${t.sla.arriveBy ? row('到场', `${time(t.arrivedAt)} · ${againstPromise(t.arrivedAt, t.sla.arriveBy)}`) : ''}
${t.sla.planBy ? row('专家方案时限', time(t.sla.planBy)) : ''}
</table>
<h2>保修与费用</h2><table class="kv">
${row('保修状态', e(warrantyWords(warranty)))}
${row('费用', e(warranty.terms))}
</table>
<h2>处理过程</h2><ol>${timeline}</ol>
</body></html>
`;
}
