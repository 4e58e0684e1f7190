// devices.get: the page a scan of a device's QR label opens — the device, its warranty now, its open tickets, the
// hotline. A customer sees its own devices only (others are not found).
import { API } from '../../core/api';
import { requireDeviceVisible } from '../../core/devices/access';
import { deviceQrPayload } from '../../core/devices/qr';
import { SERVICE_HOTLINE } from '../../core/hotline';
import { canSeeTicket } from '../../core/ticket/permissions';
import { action } from '../_lib/action';
import { deviceViewOf } from '../_lib/device-views';
import { standingOf } from '../_lib/ticket-store';
import { qrBase } from '../_lib/qr-base';
import { viewsOf } from '../_lib/ticket-views';

export const get = action(API.devices.get, async function get({ serial }, ctx) {
  const device = requireDeviceVisible(ctx.caller, await ctx.db.devices.bySerial(serial));
  const [onDevice, standing] = await Promise.all([ctx.db.tickets.openOn(device.serial), standingOf(ctx)]);
  // only the tickets the caller may open: a device's page never reveals another's job
  const open = onDevice
    .filter((t) => canSeeTicket(ctx.caller, t, standing))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const [view, openTickets] = await Promise.all([deviceViewOf(ctx, device), viewsOf(ctx, open)]);
  return { device: view, openTickets, qr: deviceQrPayload(device.serial, qrBase()), hotline: SERVICE_HOTLINE };
});
