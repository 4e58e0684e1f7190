// devices.labels: printable QR labels for up to 100 devices — one HTML file (A4 sheets of 21 labels), each label with
// the device's QR code (drawn here with the `qrcode` package, inline SVG), serial, name, model, customer, hotline.
import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import { API } from '../../core/api';
import { labelSheetFileName, renderLabelSheet } from '../../core/devices/label-sheet';
import { deviceQrPayload } from '../../core/devices/qr';
import { AppError } from '../../core/errors';
import { SERVICE_HOTLINE } from '../../core/hotline';
import { action } from '../_lib/action';
import { qrBase } from '../_lib/qr-base';

const CONTENT_TYPE = 'text/html; charset=utf-8';

export const labels = action(API.devices.labels, async function labels({ serials }, ctx) {
  const wanted = [...new Set(serials)];
  const devices = await ctx.db.devices.bySerials(wanted);
  const bySerial = new Map(devices.map((d) => [d.serial, d]));
  const missing = wanted.filter((s) => !bySerial.has(s));
  if (missing.length) {
    throw new AppError(
      'NOT_FOUND',
      `未找到序列号：${missing.join('、')}`,
      missing.map((s) => ({ path: `serials.${serials.indexOf(s)}`, message: '未登记的序列号' })),
    );
  }
  const siteIds = devices.map((d) => d.siteId).filter((id): id is string => Boolean(id));
  const [customers, sites] = await Promise.all([
    ctx.db.customers.byIds(devices.map((d) => d.customerId)),
    siteIds.length ? ctx.db.sites.byIds(siteIds) : [],
  ]);
  const customerName = new Map(customers.map((c) => [c.id, c.name]));
  const siteName = new Map(sites.map((s) => [s.id, s.name]));
  const base = qrBase();
  const sheet = await Promise.all(
    wanted.map(async (serial) => {
      const d = bySerial.get(serial)!;
      const qrSvg = await QRCode.toString(deviceQrPayload(serial, base), {
        type: 'svg',
        margin: 1,
        errorCorrectionLevel: 'M',
      });
      return {
        serial,
        name: d.name,
        model: d.model,
        customerName: customerName.get(d.customerId) ?? '',
        siteName: d.siteId ? (siteName.get(d.siteId) ?? null) : null,
        qrSvg,
      };
    }),
  );
  const html = renderLabelSheet({ labels: sheet, hotline: SERVICE_HOTLINE, generatedAt: ctx.now });
  const key = createHash('sha256').update(html).digest('hex').slice(0, 24);
  const stored = await ctx.files.put(`labels/${key}.html`, Buffer.from(html, 'utf8'), CONTENT_TYPE);
  return {
    fileName: labelSheetFileName(sheet.length, ctx.now),
    url: await ctx.files.url(stored.fileId),
    contentType: CONTENT_TYPE,
    count: sheet.length,
  };
});
