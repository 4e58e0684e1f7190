// The shell of the documents the service hands out as standalone HTML files (故障处理报告, 服务时效证据包): read on a
// phone first — the device's width, body text at 16 px, tables that wrap their cells or scroll sideways inside the
// page at 375 px — and printable. Text colours are ≥ 4.5:1 on white (WCAG AA).

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const BASE_CSS = `*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;font-size:16px;line-height:1.6;max-width:960px;margin:0 auto;padding:16px;color:#111;background:#fff;overflow-wrap:anywhere}
h1{font-size:22px;line-height:1.4;text-align:center;margin:8px 0 4px}
h2{font-size:18px;border-left:4px solid #07c160;padding-left:8px;margin:28px 0 12px}
h3{font-size:16px;margin:20px 0 8px}
.muted{color:#555}
.table-scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
.scroll-hint{display:none;margin:0 0 6px;font-size:14px}
@media (max-width:760px){.scroll-hint{display:block}}
table{width:100%;border-collapse:collapse;font-size:15px}
th,td{border:1px solid #ccc;padding:8px;text-align:left;vertical-align:top}
th{background:#f5f5f5;font-weight:500}
.nowrap{white-space:nowrap}
@media print{body{max-width:none;padding:0}.table-scroll{overflow:visible}.scroll-hint{display:none}}`;

/** `<!doctype html>` to `<body>`: language, charset, the phone's viewport, the title, the shared and own styles. */
export function documentHead(title: string, css: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${BASE_CSS}
${css}
</style></head><body>`;
}

/** A table that scrolls sideways inside the page when it is wider than the screen (never the whole page), and says so. */
export const scrollable = (table: string) =>
  `<p class="scroll-hint muted">表格较宽，可左右滑动查看</p><div class="table-scroll">${table}</div>`;
