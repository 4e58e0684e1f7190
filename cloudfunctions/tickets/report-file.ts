// tickets.reportFile: the fault report as a printable HTML file in file storage, with a URL to download it.
import { AppError } from '../../core/errors';
import { ReportFileOutput, TicketIdInput } from '../../core/schemas/tickets';
import { renderReportDocument, reportFileName } from '../../core/ticket/report-document';
import { action, ANY_USER } from '../_lib/action';
import { loadVisible, viewOf } from './shared';

const CONTENT_TYPE = 'text/html; charset=utf-8';

export const reportFile = action(
  {
    input: TicketIdInput,
    output: ReportFileOutput,
    access: ANY_USER,
    summary: '下载故障处理报告（可打印的 HTML 文件）：能查看该工单的人可下载',
  },
  async ({ id }, ctx) => {
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
  },
);
