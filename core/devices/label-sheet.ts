// Printable QR labels (设备二维码标签) for devices: one self-contained HTML file, A4 pages of 3 × 7 labels (63.5 × 38.1 mm,
// the common L7160 sheet), each with the device's QR code (inline SVG), serial, name, model, customer and the hotline.
// The QR images are drawn by the service (the `qrcode` package) and passed in: core does no I/O.
import { toWire } from '../time';

export interface DeviceLabel {
  serial: string;
  name: string;
  model: string;
  customerName: string;
  siteName: string | null;
  /** the QR code of deviceQrPayload(serial), as an <svg> element */
  qrSvg: string;
}

export const LABELS_PER_PAGE = 21;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function labelSheetFileName(count: number, at: Date): string {
  return `设备二维码标签-${toWire(at).slice(0, 10).replace(/-/g, '')}-${count}张.html`;
}

function label(l: DeviceLabel, hotline: string): string {
  const e = escapeHtml;
  return `<div class="label">
<div class="qr">${l.qrSvg}</div>
<div class="text">
<div class="serial">${e(l.serial)}</div>
<div class="name">${e(l.name)}</div>
<div class="line">型号 ${e(l.model)}</div>
<div class="line">${e(l.customerName)}${l.siteName ? ` · ${e(l.siteName)}` : ''}</div>
<div class="hotline">报修热线 ${e(hotline)}</div>
</div>
</div>`;
}

export function renderLabelSheet(input: {
  labels: readonly DeviceLabel[];
  hotline: string;
  generatedAt: Date;
}): string {
  const pages: string[] = [];
  for (let i = 0; i < input.labels.length; i += LABELS_PER_PAGE) {
    const page = input.labels.slice(i, i + LABELS_PER_PAGE).map((l) => label(l, input.hotline));
    pages.push(`<section class="page">${page.join('\n')}</section>`);
  }
  const name = labelSheetFileName(input.labels.length, input.generatedAt);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(name)}</title>
<style>
@page{size:A4;margin:15.1mm 7.2mm}
*{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#111}
.page{display:grid;grid-template-columns:repeat(3,63.5mm);grid-auto-rows:38.1mm;column-gap:2.5mm;width:195.5mm;page-break-after:always;break-after:page}
.page:last-child{page-break-after:auto;break-after:auto}
.label{display:flex;align-items:center;gap:2mm;padding:2mm 2.5mm;overflow:hidden;border:0.2mm dashed #ccc}
.qr{flex:0 0 26mm;height:26mm}
.qr svg{width:26mm;height:26mm;display:block}
.text{min-width:0;font-size:7.5pt;line-height:1.35}
.serial{font-size:10pt;font-weight:700;letter-spacing:.02em;word-break:break-all}
.name{font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.line{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;color:#333}
.hotline{margin-top:.6mm;font-weight:600}
@media screen{body{background:#f2f2f2;padding:16px}.page{background:#fff;margin:0 auto 16px;padding:4mm}}
@media print{.label{border-color:transparent}}
</style></head>
<body>
${pages.join('\n')}
</body></html>
`;
}
