// tickets.reportFile: the fault report as a printable HTML file in file storage, with a URL to download it.
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { renderReportDocument, reportFileName } from '../../core/ticket/report-document';
import { action } from '../_lib/action';
import { loadVisible } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

const CONTENT_TYPE = 'text/html; charset=utf-8';

export const reportFile = action(API.tickets.reportFile, async function reportFile({ id }, ctx) {
  const ticket = await loadVisible(ctx, id);
  if (!ticket.report) throw new AppError('CONFLICT', '工单尚未处理完成，暂无处理报告');
  const [view, signature] = await Promise.all([
    viewOf(ctx, ticket, true),
    ctx.files.get(ticket.report.handlerSignature),
  ]);
  const html = renderReportDocument({
    ticket,
    customerName: view.customerName,
    signatureDataUrl: signature ? `data:${signature.contentType};base64,${signature.bytes.toString('base64')}` : null,
    nameOf: (userId) => view.events?.find((e) => e.by === userId)?.byName ?? userId,
    eventText: (i) => view.events?.[i]?.text ?? '',
    generatedAt: ctx.now,
  });
  const fileName = reportFileName(ticket);
  const stored = await ctx.files.put(
    `reports/${ticket.id}/${ticket.version}.html`,
    Buffer.from(html, 'utf8'),
    CONTENT_TYPE,
  );
  return { fileName, url: await ctx.files.url(stored.fileId), contentType: CONTENT_TYPE };
});
